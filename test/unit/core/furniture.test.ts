/**
 * Lists of tags, breadcrumb trails, links to other articles and reference lists are furniture: the
 * reader reads them as empty, nothing else.
 */
import { describe, expect, it } from 'vitest';
import { readPage } from '../../../src/bundled-reader';
import { furnitureReader, isFurniture } from '../../../src/text/furniture';

describe('site furniture', () => {
  const headline = 'China moves to block 124 offshore crypto exchanges';
  const lead =
    'The internet finance risk rectification office will block access to 124 offshore exchanges, the Shanghai Securities News reported.';

  it("is a list of tags, a breadcrumb trail or a line of links, in the reader's languages", () => {
    for (const line of [
      'Tags: China, Regulation, Exchanges, Shanghai Securities News',
      'Tags : Chine, WeChat, Tencent',
      'Schlagwörter: China, Börsen',
      'Теги: Китай, биржи',
      '标签：微信　公众号　监管',
      '相關字詞：互金整治辦　微信　比特幣',
      '关键词 >> 虚拟货币 ICO 互金整治办 比特币',
      '文章关键词：虚拟货币 ICO 比特币 互金整治办',
      'Keywords: China, WeChat, crypto media',
      'タグ：#中国　#WeChat　#テンセント',
      '#중국 #거래소 #규제 #상하이증권보',
      '#Chine #Régulation #Pékin',
      '#区块链# #公众号被封#',
      '#公众号被封#',
      'Home > Markets > Asia',
      'heise online > News > 08/2018 > WeChat sperrt Kanäle chinesischer Krypto-Medien',
      'Accueil › Monde › Asie',
      'Inicio » Noticias » Análisis',
      '当前位置：华商网 > 财经频道 > 金融理财',
      'ITmedia NEWS > 企業・業界動向 > 中国WeChat、仮想通貨メディアの公式アカウントを相次ぎ凍結',
      'Related: Shenzhen backs blockchain start-ups with a new fund',
      '関連記事：深圳のブロックチェーン産業支援策まとめ',
      '관련 기사: 블록체인 산업 육성 정책 비교',
      '相关阅读：北京朝阳区禁止虚拟货币推介活动',
      'Czytaj także: Giełdy kryptowalut w Polsce pod lupą',
      'Baca juga: Harga Bitcoin Anjlok',
      'Relacionados: China quer bloquear corretoras estrangeiras',
      'أخبار ذات صلة: الصين تشدد الرقابة على منصات الإقراض',
      'Notizie correlate: Pechino stringe su Bitcoin',
      'Bài liên quan: Trung Quốc đóng tài khoản truyền thông crypto',
      '相关新闻：ICO骗局再现',
      'Categories: China, Regulation',
      '↑ «China to block access to 124 offshore cryptocurrency exchanges». South China Morning Post. 23 de agosto de 2018',
      '^ "WeChat shuts crypto media accounts". Caixin Global. 21 August 2018.',
      '2. ^ "境外虚拟货币交易平台将被封堵". 上海证券报 (Çince). 23 Ağustos 2018.',
      '[2] 124家境外虚拟货币交易平台将被封堵. 上海证券报. 2018-08-23.',
      'تصنيفات: اقتصاد الصين | عملات مشفرة',
      'الوسوم: الصين، وي تشات، العملات المشفرة',
      'برچسب‌ها: چین، وی‌چت، ارز دیجیتال، صرافی',
      'کلیدواژه‌ها: چین | بیت کوین',
      'टैग: चीन, वीचैट, क्रिप्टो',
      '2018-08-23　カテゴリー：翻訳 / WeChat / 中国規制',
      '分类：区块链 / 监管',
      'По теме: Китай закрывает биржи',
      'Читайте также: Биткоин снова дешевеет',
      'اقرأ أيضاً: الصين تحظر التعدين',
      'Sources: CoinCentral, Caixin, South China Morning Post',
      'Fuentes consultadas: Caixin, CoinCentral.',
      '参考資料：財新網／CoinCentral',
      'Powiązane wpisy: zakaz ICO (2017)',
      '[3] CoinDesk – "China to block 124 exchanges" – https://example.com/a',
      'Reuters · China to block offshore crypto exchanges · 23/08/2018',
      '· 财新网｜境外交易平台将被封堵（caixin.com，08-23 09:12）',
      'Sumber: Shanghai Securities News, SCMP, tim redaksi KoinKu.',
      'Kaynaklar:',
      '연관 항목: CN-2017-0904-PBOC (ICO 전면 금지)',
      'Re: Chaoyang verbietet Krypto-Events',
      'Vous êtes ici : Accueil / Traductions / WeChat ferme les comptes publics de médias blockchain',
      "İlgili yazılar: Pekin'de kripto etkinliklerine mekân yasağı",
      'Latest on China: WeChat shuts crypto media accounts',
      'Über den Autor: Jonas K. schreibt über Plattformen, Überwachung und digitale Grundrechte.',
      'About the author: she covers crypto regulation and surveillance in Asia.',
      'Об авторе: пишет о блокчейне и регулировании бирж.',
    ])
      expect(isFurniture(line), line).toBe(true);
  });

  it('is not a sentence, a numbered post, one hashtag, a comparison, two items, one source or a paragraph', () => {
    for (const line of [
      'China tags 124 offshore exchanges for blocking.',
      'Re: WeChat closed eight crypto news accounts on Tuesday, and Tencent confirmed it.',
      'CAC rules from Aug 7 make messaging apps warn / restrict / suspend / close accounts that break the law',
      '#1 望京码农：只是朝阳区吧？海淀、东城能办吗？',
      '#China plans to block 124 offshore exchanges, the paper says.',
      'Tagesschau: China will 124 Börsen sperren',
      'Bitcoin > $6,000 again as China moves to block 124 offshore exchanges.',
      'News > China to block 124 offshore exchanges',
      'Markets>Asia>China',
      'Related to the ban, WeChat closed eight crypto news accounts.',
      '2018-08-23 WeChat closed eight crypto news accounts.',
      '↑124 exchanges were found, the paper says.',
      '[1] Полное название — канцелярия руководящей группы по борьбе с рисками. Работает с 2016 года.',
      'See also the notice of 17 August: venues may not host crypto events.',
      'The author of the report: the Shanghai Securities News, citing the office.',
      'Source: the Shanghai Securities News reported that 124 platforms will be blocked.',
      'Sources say 124 offshore exchanges will be blocked: the office has a list.',
      'Sumber: Shanghai Securities News  2018-08-23 08:12',
      'स्रोत: शंघाई प्रतिभूति समाचार',
      'Fontes: quem deu a notícia primeiro foi o site financeiro chinês Lanjiner. A própria Tencent confirmou os fechamentos, e a regra obriga os apps a advertir, limitar e fechar contas.',
      'China · Regulation: 124 exchanges to be blocked from 23/08/2018, the paper says',
      `Home > News > ${'China will block access to 124 offshore exchanges. '.repeat(5)}`,
      '',
    ])
      expect(isFurniture(line), line).toBe(false);
  });

  it("gets no mark, though it names the story's things or repeats the headline", () => {
    const page = [
      `Home > Markets > ${headline}`,
      headline,
      lead,
      'Tags: China, Regulation, Exchanges, Shanghai Securities News',
    ];
    const reading = readPage(page);
    expect(reading.relevance.relevant).toBe(true);
    expect(reading.mentions.filter((m) => m.block === 0 || m.block === 3)).toEqual([]);
    expect(reading.mentions.some((m) => m.block === 1)).toBe(true);
    expect(reading.mentions.some((m) => m.factId === 'report-source' && m.block === 2)).toBe(true);
  });

  it('is a list of links under its label alone on a line, up to the first line that is not a title', () => {
    const read = (blocks: string[]): boolean[] => blocks.map(furnitureReader());
    expect(
      read([
        'The office was set up in 2016.',
        'Related articles',
        '- WeChat shuts crypto news accounts',
        'Explainer: who regulates crypto in China?',
        'The office will also monitor the platforms, the report said.',
      ]),
    ).toEqual([false, true, true, true, false]);
    for (const head of [
      'Mehr zum Thema',
      '【関連記事】',
      '관련기사',
      '相关阅读：',
      'MORE FROM TECH',
      'Das könnte dich auch interessieren:',
      'Links mentioned',
      '5. 같이 보기',
      'Tin liên quan',
      'مطالب مرتبط:',
      'Похожие темы',
      '相关帖子：',
      'Benzer konular',
      '関連スレッド',
      '관련 게시글',
      'Thread terkait',
      'İlgili Haberler',
      'İLGİLİ HABERLER',
      'Đọc nhiều nhất',
      'Mais traduções',
      'Frühere Ausgaben',
      'Tópicos semelhantes',
      'Più letti',
      '関連する翻訳記事',
      '많이 본 칼럼',
      'پربازدیدترین‌ها',
      'सबसे ज्यादा पढ़ी गईं',
      'Hỏi đáp khác',
      'Previous post',
      '이전 글',
      'Lee también',
      'Argomenti simili',
      'Ältere Beiträge',
      'Newer posts',
      'Przeczytaj też',
      'Önceki Bültenler',
      'A seguir',
      'Up next',
      'Also in this issue',
      'Verder in de update',
      'Links destacados de la semana',
      'Links mencionados neste episódio',
      '相关问题',
      '相关搜索',
      '大家都在搜',
      'Links uit deze aflevering',
      'Посилання з випуску',
      'Latest on Cryptocurrencies',
      'Meer nieuws',
      'Polecane',
      'Powiązane znaleziska',
      'Lees meer',
      'A lire aussi',
      'Lees ook op ChinaNu',
      '・関連記事',
      'Читать также',
      'Powiązane',
      'İlginizi Çekebilir',
      'Baca Lainnya',
      // A keyword list under its label: the tags name the story's things, they say nothing of them.
      '関連キーワード',
    ])
      expect(read([head, 'China to block 124 offshore exchanges']), head).toEqual([true, true]);
    // Readers' comments follow the list under their own label: they are read.
    expect(
      read([
        'Bài liên quan',
        'Sàn giao dịch tiền mã hóa: người dùng Việt cần biết gì?',
        'Bình luận (1)',
        'Hoàng Nam: Trung Quốc cấm tiền mã hóa mà vẫn ủng hộ blockchain',
      ]),
    ).toEqual([true, true, false, false]);
    // A title may end in a number's unit ("6,7 proc."): its full stop ends no sentence.
    expect(
      read([
        'Zobacz także',
        'Chiny: wzrost PKB w II kwartale 6,7 proc.',
        'Japonia zaostrza nadzór nad giełdami kryptowalut',
      ]),
    ).toEqual([true, true, true]);
    // A label inside a sentence, or a line that only starts like one, heads no list.
    for (const line of ['Related to the ban, WeChat closed eight accounts', 'Related news today'])
      expect(read([line, 'China to block 124 offshore exchanges']), line).toEqual([false, false]);
  });

  it('gets no mark in a list of related articles under a label alone on its line', () => {
    const page = [
      headline,
      lead,
      'Related stories',
      'WeChat shuts the accounts of crypto media outlets',
      "Beijing's Chaoyang district bars malls and hotels from hosting crypto events",
    ];
    const reading = readPage(page);
    expect(reading.relevance.relevant).toBe(true);
    expect(reading.mentions.some((m) => m.block === 1)).toBe(true);
    expect(reading.mentions.filter((m) => m.block >= 2)).toEqual([]);
    expect(
      readPage(page.slice(0, 2).concat(page.slice(3))).mentions.some((m) => m.block >= 2),
    ).toBe(true);
  });
});

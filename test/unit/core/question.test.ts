/** Words in a yes/no question state no fact; a why-question and a statement before a question do. */
import { describe, expect, it } from 'vitest';
import { readPage } from '../../../src/bundled-reader';
import type { Language } from '../../../src/stories/schema';
import { inYesNoQuestion } from '../../../src/text/question';

/** Whether `words`, found in `sentence` (written in `languages`), stand in a yes/no question. */
const asked = (sentence: string, words: string, languages: Language[] = []): boolean => {
  const start = sentence.indexOf(words);
  if (start < 0) throw new Error(`"${words}" not in "${sentence}"`);
  return inYesNoQuestion(sentence, start, start + words.length, languages);
};

describe('a yes/no question', () => {
  it('is a question with no question word, in any of the reader’s languages', () => {
    for (const [sentence, words] of [
      ['Has Tencent confirmed the closures?', 'Tencent confirmed'],
      ['Has Tencent (the owner of WeChat) confirmed the closures?', 'confirmed the closures'],
      ['¿Lo ha confirmado Tencent?', 'confirmado Tencent'],
      ['A Tencent confirmou?', 'Tencent confirmou'],
      ['Pequim proibiu eventos de bitcoin?', 'proibiu eventos de bitcoin'],
      ['ㄴ 코린이: 텐센트 공식 확인 떴나요?', '텐센트 공식 확인'],
      ['テンセントも認めてるってソースある？', 'テンセントも認め'],
      ['【突发】金色财经、火币资讯这些公众号今天集体被封了？', '公众号今天集体被封'],
      // The ideographic comma lists in Chinese: the words before it stand in the question.
      ['124家是服务器在境外、国内还能上的那些吧？', '服务器在境外'],
      // 吗 asks without a question mark too.
      ['去年9月不是早就全禁了吗。', '全禁了'],
      ['腾讯确认关闭了吗', '确认关闭'],
      ['騰訊有出來證實嗎 還是又是傳言', '騰訊有出來證實'],
      ['Exchange luar negeri yang masih bisa diakses dari China?', 'masih bisa diakses'],
      ['هل أكدت تينسنت إغلاق الحسابات؟', 'أكدت تينسنت'],
      ['Чи підтвердив Tencent закриття акаунтів?', 'підтвердив Tencent'],
      ['क्या टेनसेंट ने कबूल किया?', 'टेनसेंट ने कबूल'],
    ] as [string, string][])
      expect(asked(sentence, words), sentence).toBe(true);
  });

  it('asks in its own language: another language’s question word in it asks nothing', () => {
    for (const [sentence, words, language] of [
      ['Was the closure of the accounts confirmed by Tencent?', 'confirmed by Tencent', 'en'],
      ['La Chine ne va-t-elle pas bloquer 124 plateformes ?', 'bloquer 124 plateformes', 'fr'],
      ['WeChat ha chiuso gli account ai media crypto?', 'chiuso gli account', 'it'],
      ['Hat WeChat ne Milliarde Nutzer oder so?', 'Milliarde Nutzer', 'de'],
    ] as [string, string, Language][]) {
      expect(asked(sentence, words, [language]), sentence).toBe(true);
      // Where the sentence's language is not known, every language's question words count.
      expect(asked(sentence, words), sentence).toBe(false);
    }
    // A sentence with words of two languages reads both's question words; another script's
    // question words count in any.
    expect(
      asked('Berapa bursa dilaporkan Shanghai Securities News?', 'Shanghai', ['en', 'id']),
    ).toBe(false);
    expect(asked('Почему WeChat закрыл аккаунты?', 'закрыл аккаунты', ['en'])).toBe(false);
  });

  it('is a Turkish question by its particle, with or without a question mark', () => {
    const question = 'tencent doğruladı mı bunu yoksa söylenti mi';
    expect(asked(question, 'tencent doğruladı', ['tr'])).toBe(true);
    expect(asked('WeChat hesapları kalıcı olarak mı kapattı', 'hesapları kalıcı', ['tr'])).toBe(
      true,
    );
    // A statement; a particle before the words closes an earlier question; upper case "Mİ" of a
    // word ("ERİŞİMİ") is no particle; and a sentence not known to be Turkish needs its question mark.
    expect(asked('tencent doğruladı, Caixin yazdı', 'tencent doğruladı', ['tr'])).toBe(false);
    expect(
      asked('söylemek mi 😂 adamlar bir yıldır durmadan sıkıştırıyo', 'durmadan sıkıştırıyo', [
        'tr',
      ]),
    ).toBe(false);
    expect(asked('ÇİN ERİŞİMİ KESMEYE HAZIRLANIYOR', 'ERİŞİMİ KESMEYE', ['tr'])).toBe(false);
    expect(asked(question, 'tencent doğruladı')).toBe(false);
  });

  it('is an FAQ’s or an interview’s question after its label, with or without a question mark', () => {
    for (const [sentence, words] of [
      ['Q. 国内のサイトやWeChat公式アカウントは', 'サイトやWeChat公式アカウント'],
      ['Q: Will domestic websites and WeChat accounts be closed', 'WeChat accounts be closed'],
      ['질문: 중국 내 사이트와 위챗 공식계정은', '사이트와 위챗'],
      ['Frage 3: Werden auch chinesische Websites geschlossen', 'Websites geschlossen'],
    ] as [string, string][])
      expect(asked(sentence, words), sentence).toBe(true);
    // A question word takes the fact as given; a line without a label, or a sentence ended before
    // the line's end, is no question.
    expect(asked('Q: Why is China blocking 124 exchanges', 'blocking 124 exchanges')).toBe(false);
    expect(asked('Domestic websites and WeChat accounts', 'WeChat accounts')).toBe(false);
    expect(asked('Q: Sites will close. Which ones', 'Sites will close')).toBe(false);
  });

  it('is not a why, how or what question, a statement before a question, or an aside', () => {
    for (const [sentence, words] of [
      ['Why is China blocking 124 offshore exchanges?', 'blocking 124 offshore exchanges'],
      ['Warum sperrt China 124 Börsen?', 'sperrt China 124 Börsen'],
      ['为什么微信要封禁这些公众号？', '封禁这些公众号'],
      ['لماذا تحجب الصين 124 منصة؟', 'تحجب الصين 124 منصة'],
      ['WeChat أغلق الحسابات، هل رأيتم؟', 'أغلق الحسابات'],
      ['बीजिंग में क्रिप्टो इवेंट्स पर रोक का क्या मतलब है?', 'क्रिप्टो इवेंट्स पर रोक'],
      ['Distrik Chaoyang Beijing Larang Acara Promosi Kripto, Apa Dampaknya?', 'Larang Acara'],
      [
        'Aplikasi pesan mana yang pada Selasa (21/8) menutup akun media kripto?',
        'menutup akun media kripto',
      ],
      [
        'WeChat baniu várias contas de notícias cripto na China, alguém viu?',
        'baniu várias contas',
      ],
      ['China wil 124 buitenlandse cryptobeurzen blokkeren – en nu?', 'blokkeren'],
      ['Tra quelli chiusi ci sono Huobi News e altri (Cannon Rating?).', 'Huobi News'],
      ['微信って10億人以上使ってるんだろ？', '10億'],
      ['위챗이 코인 매체 계정들을 닫았다는 뉴스 있던데?', '코인 매체 계정들을 닫았다'],
      ['베이징 차오양구가 코인 행사를 막았다던데요?', '코인 행사를 막았다'],
      // Japanese writes it between clauses: a statement, then a question.
      ['微信が暗号資産メディアのアカウントを閉鎖した、知ってた？', '閉鎖した'],
      // A Chinese list keeps the question word before it in the question's clause.
      ['哪些平台、交易所被屏蔽了？', '交易所被屏蔽'],
      ['China will block access to 124 offshore exchanges.', 'block access'],
      ['China will block access to 124 offshore exchanges', 'block access'],
    ] as [string, string][])
      expect(asked(sentence, words), sentence).toBe(false);
  });

  it('gets no mark, where a statement and a why-question do', () => {
    const page = [
      'China moves to block 124 offshore crypto exchanges',
      'The internet finance risk rectification office will block access to 124 offshore exchanges, the Shanghai Securities News reported.',
      'WeChat closed the public accounts of at least eight crypto media outlets on Tuesday.',
      'Has Tencent confirmed the closures?',
      'Why did Tencent confirm the closures?',
    ];
    const marked = (block: number) =>
      readPage(page).mentions.some((m) => m.block === block && m.factId === 'tencent-confirmation');
    expect(marked(3)).toBe(false);
    expect(marked(4)).toBe(true);
  });
});

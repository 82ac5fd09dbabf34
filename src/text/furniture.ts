/**
 * Site furniture that names the story's things without saying anything of them, so the reader
 * does not read it (the headline itself is read where the page states it):
 * - a list of tags or categories ("Tags: China, Regulation, Exchanges", "#中国 #监管 #交易所",
 *   "2018-08-23 カテゴリー：翻訳 / WeChat"): a line that starts with such a label in one of the
 *   reader's languages (after a date, perhaps), or whose every item is a hashtag;
 * - a breadcrumb trail ("Home > Markets > China to block 124 exchanges"): three or more items
 *   joined by ">", "›" or "»" with spaces around;
 * - links to other articles ("Related: Shenzhen backs blockchain start-ups", "関連記事：…"): a line
 *   that starts with such a label, or an encyclopedia's reference ("↑ «Title». Publisher."). The
 *   titles are other pages' words;
 * - the sources a page lists ("Sources: CoinCentral, Caixin", "参考資料：…"), and an aggregator's
 *   entries for other outlets' articles ("Reuters · Title · 23/08/2018"). A sources label followed
 *   by one source or by sentences is read: "Sumber: Shanghai Securities News 2018-08-23" credits
 *   the paper, "Fontes: quem deu a notícia primeiro foi o Lanjiner." states who reported first.
 */
const LABELED =
  /^\s*(\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?[\s\u3000]*)?(tags?|categor(y|ies|ie|ia|ias|ías)|catégories?|kategorien?|kategori(ler)?|рубрик[аи]|категори[яи]|تصنيفات|رده‌ها|श्रेणियाँ|カテゴリー?|分类|分類|栏目|카테고리|schlagw(ö|oe)rter|schlagworte|stichw(ö|oe)rter|(é|e)tiquettes|mots[- ]cl(é|e)s|etiquetas|palabras clave|palavras[- ]chave|etichette|trefwoorden|etiketler|tagi|kata kunci|th(ẻ|e)|t(ừ|u) kh(ó|o)a|теги|метки|标签|標籤|标记|タグ|태그)\s*[:：]/iu;
const RELATED =
  /^\s*(related( articles| stories| posts| news| reading| coverage)?|see also|(mais |más |noticias |notícias |artigos |artículos |matérias |materias )?relacionad(o|a|os|as)|по теме|по темі|read also|also read|more on this|関連記事|関連ニュース|関連リンク|관련 ?기사|관련 ?자료|관련 ?뉴스|相关阅读|相关文章|相關閱讀|相關文章|延伸阅读|延伸閱讀|zobacz (też|także)|czytaj (też|także)|leia (também|mais)|veja (também|mais)|lesen sie auch|mehr zum thema|siehe auch|voir aussi|(à )?lire aussi|ver también|lea también|leggi anche|vedi anche|lees ook|читайте также|см\. также|читайте також|дивіться також|ayrıca (okuyun|bakınız)|ilgili haberler|baca juga|artikel terkait|xem thêm|tin liên quan|اقرأ (أ|ا)يضا(ً)?|بیشتر بخوانید|مطالب مرتبط|यह भी पढ़ें|संबंधित (खबरें|ख़बरें|लेख)|related entries|powiązane (wpisy|artykuły)|연관 항목|관련 항목|(أخبار|مقالات|مواضيع) ذات صلة|اخبار مرتبط|notizie correlate|articoli correlati|gerelateerde artikelen|verwandte artikel|articles (liés|similaires|connexes)|berita terkait|bài (viết )?liên quan|相关新闻|相關新聞|похожие (статьи|новости)|схожі (статті|новини))\s*[:：]/iu;
/**
 * A reference list's entry, as encyclopedias print it: "↑ «Title». Publisher. Date", "1. ^ Title",
 * "[2] Title. Publisher. 2018-08-23." or "[1] Outlet – "Title" – https://…" (a numbered note that
 * ends in a date or a link; one that explains a term ends otherwise).
 */
const REFERENCE =
  /^\s*(\d+\.\s*)?[↑^]\s|^\s*\[\d+\]\s.{0,300}(\d{4}(-\d{1,2}-\d{1,2})?\.?|https?:\/\/\S+)\s*$/u;
/**
 * A list of the sources a page drew on on one line after its label ("Sources: CoinCentral, Caixin",
 * "参考資料：財新網／藍鯨財経"): a label with nothing after it, or short items set apart by commas,
 * slashes, bars or dots. Plural labels only: "Source: the Shanghai Securities News" states where
 * the news came from.
 */
const SOURCES =
  /^\s*(((our|nos) )?sources|references|(nuestras )?fuentes( consultadas)?|referencias|références|(unsere )?quellen|fontes( consultadas)?|fonti|bronnen|источники|джерела|kaynaklar|sumber|nguồn (tham khảo|bài viết)|tài liệu tham khảo|źródła|المصادر|مصادر|منابع|स्रोत|参考资料|参考資料|參考資料|参考文献|资料来源|資料來源|相关报道来源|相關報導來源|参照|出典|참고 ?자료|참고 ?문헌)\s*[:：]/iu;
/** Between the items of a list of sources. */
const LIST_SEPARATOR = /[,;|·•，、；｜／]|\s\/\s/u;
/** Longer than this, a list's item is a sentence: the label heads prose. */
const MAX_SOURCE = 80;

function isSourceList(line: string): boolean {
  const label = SOURCES.exec(line);
  if (label === null) return false;
  const rest = line.slice(label[0].length).trim();
  if (rest === '') return true;
  const items = rest.split(LIST_SEPARATOR);
  return items.length > 1 && items.every((item) => item.length <= MAX_SOURCE);
}
/**
 * An aggregator's line for another outlet's article: "Outlet · Title · 23/08/2018", or "· Outlet｜
 * Title（site, 08-23 06:30）": an outlet's name, its title, and the date or time it ran.
 */
const SOURCE_ENTRY =
  /^\s*[^\s·|｜][^·|｜]{0,60}\s[·|]\s.{1,300}\s[·|]\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\s*$|^\s*[·•]\s*[^\s｜|]{1,30}\s*[｜|].{1,200}[（(][^（）()]{0,60}\d{1,2}[-:/]\d{2}[^（）()]{0,20}[）)]\s*$/u;
const HASHTAGS = /^\s*(#[^\s#]+[\s\u3000]*){2,}$/u;
const CRUMB_SEPARATOR = /\s[>›»]\s/u;
/** Longer than this, a line is a paragraph, not furniture. */
const MAX_LINE = 400;
/** Longer than this, a trail's item is a sentence, not a crumb (a headline fits). */
const MAX_CRUMB = 200;

function isBreadcrumb(line: string): boolean {
  const items = line.split(CRUMB_SEPARATOR);
  return items.length >= 3 && items.every((item) => item.trim() !== '' && item.length < MAX_CRUMB);
}

/**
 * Whether a block of a page is furniture: tags, a breadcrumb trail, a line of links, a reference, or
 * a list of sources or one of its entries.
 */
export function isFurniture(block: string): boolean {
  return (
    block.length < MAX_LINE &&
    (LABELED.test(block) ||
      RELATED.test(block) ||
      isSourceList(block) ||
      SOURCE_ENTRY.test(block) ||
      REFERENCE.test(block) ||
      HASHTAGS.test(block) ||
      isBreadcrumb(block))
  );
}

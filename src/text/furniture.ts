/**
 * Site furniture that names the story's things without saying anything of them, so the reader
 * does not read it (the headline itself is read where the page states it):
 * - a list of tags or categories ("Tags: China, Regulation, Exchanges", "#中国 #监管 #交易所",
 *   "2018-08-23 カテゴリー：翻訳 / WeChat"): a line that starts with such a label in one of the
 *   reader's languages (after a date, perhaps), or whose every item is a hashtag;
 * - a breadcrumb trail ("Home > Markets > China to block 124 exchanges"): three or more items
 *   joined by ">", "›" or "»" with spaces around, or a line after a "you are here" label;
 * - links to other articles ("Related: Shenzhen backs blockchain start-ups", "関連記事：…"): a line
 *   that starts with such a label, or the label alone on its line and the titles under it, or an
 *   encyclopedia's reference ("↑ «Title». Publisher."). The titles are other pages' words; so is a
 *   forum reply's subject ("Re: …"), the thread's title again;
 * - an author's box ("About the author: …"), which says what the author writes about;
 * - the sources a page lists ("Sources: CoinCentral, Caixin", "参考資料：…"), and an aggregator's
 *   entries for other outlets' articles ("Reuters · Title · 23/08/2018"). A sources label followed
 *   by one source or by sentences is read: "Sumber: Shanghai Securities News 2018-08-23" credits
 *   the paper, "Fontes: quem deu a notícia primeiro foi o Lanjiner." states who reported first.
 */
import { labelEnds, type LabelSet } from './label-pattern';
import spelt from './related-labels.generated.json';

/**
 * The labels whose line is furniture, after a date perhaps, before a colon or ">>": tags, keywords and
 * categories ("关键词 >> 虚拟货币 ICO 互金整治办"), and an author's box ("About the author: … writes
 * about platforms and surveillance").
 */
const LABELED =
  /^\s*(\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?[\s\u3000]*)?(tags?|categor(y|ies|ie|ia|ias|ías)|catégories?|kategorien?|kategori(ler)?|рубрик[аи]|категори[яи]|تصنيفات|(ال)?وسوم|(ال)?كلمات (المفتاحية|الدلالية)|كلمات مفتاحية|رده‌ها|برچسب(‌?ها)?|تگ(‌?ها)?|کلیدواژه(‌?ها)?|کلمات کلیدی|श्रेणियाँ|टैग(्स)?|कीवर्ड(्स)?|カテゴリー?|分类|分類|栏目|相关字词|相關字詞|카테고리|schlagw(ö|oe)rter|schlagworte|stichw(ö|oe)rter|(é|e)tiquettes|mots[- ]cl(é|e)s|etiquetas|palabras clave|palavras[- ]chave|etichette|trefwoorden|etiketler|tagi|kata kunci|th(ẻ|e)|t(ừ|u) kh(ó|o)a|теги|метки|标签|標籤|标记|タグ|태그|keywords?|(文章|本文)?关键(词|字)|(文章|本文)?關鍵(詞|字)|キーワード|키워드|about the (author|writer)|(ü|ue)ber (den autor|die autorin)|à propos de l.auteur(e)?|sobre (o|a|el|la) autor(a)?|sull.autore|over de (auteur|schrijver)|об авторе|про автора|yazar hakkında|tentang penulis|về tác giả|o autor(ze|ce)|关于作者|關於作者|作者简介|作者簡介|著者(について|紹介|プロフィール)|筆者(について|紹介|プロフィール)|(필자|기자) 소개|عن الكاتب|نبذة عن الكاتب|درباره نویسنده|लेखक के बारे में)\s*([:：]|>>)/u;
/** The labels of links to other pages (`related-label.ts`), spelt out by the build. */
const RELATED_LABELS: LabelSet = spelt;
const SPACES = /\s*/y;
const COLON_AFTER = /\s*[:：]/y;
const DECOR_BEFORE = /[\s【［[▶■●・◆▼•]*/y;
const NUMBERING = /\d+\.\s*/y;
const DECOR_AFTER = /[\s】］\]]*[:：]?\s*$/y;

/** Where the sticky `rx` stops matching `text` from `at` (`at` if it does not match). */
function after(rx: RegExp, text: string, at: number): number {
  rx.lastIndex = at;
  return rx.test(text) ? rx.lastIndex : at;
}

/** Whether `rx` (sticky) matches `text` at `at`. */
function matchesAt(rx: RegExp, text: string, at: number): boolean {
  rx.lastIndex = at;
  return rx.test(text);
}

/** Whether a label starts at one of `from`…`to` and `fits` where it ends. */
function labelBetween(
  from: number,
  to: number,
  line: string,
  fits: (end: number) => boolean,
): boolean {
  for (let at = from; at <= to; at++)
    if (labelEnds(RELATED_LABELS, line, at).some(fits)) return true;
  return false;
}

/**
 * A line of links to other pages after its label ("Related: Shenzhen backs blockchain start-ups"),
 * as `^\s*LABEL\s*[:：]` would find it. `lower`: the line as labels are matched (`labelText`).
 */
export function isRelatedLine(lower: string): boolean {
  return labelBetween(0, after(SPACES, lower, 0), lower, (end) =>
    matchesAt(COLON_AFTER, lower, end),
  );
}

/**
 * Such a label alone on its line ("Related articles", "【関連記事】", "5. 같이 보기", "MORE FROM TECH"):
 * the short lines after it are the titles of its list. As a bullet or a number may come first, and
 * brackets or a colon after, as `^[\s【［\[▶■●・◆▼•]*(\d+\.\s*)?LABEL[\s】］\]]*[:：]?\s*$` would find it.
 */
export function isListHead(lower: string): boolean {
  const fits = (end: number) => matchesAt(DECOR_AFTER, lower, end);
  const decor = after(DECOR_BEFORE, lower, 0);
  if (labelBetween(0, decor, lower, fits)) return true;
  const numbered = after(NUMBERING, lower, decor);
  if (numbered === decor) return false;
  const dot = lower.indexOf('.', decor) + 1;
  return labelBetween(dot, numbered, lower, fits);
}

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
  /^\s*(((our|nos) )?sources|references|(nuestras )?fuentes( consultadas)?|referencias|références|(unsere )?quellen|fontes( consultadas)?|fonti|bronnen|источники|джерела|kaynaklar|sumber|nguồn (tham khảo|bài viết)|tài liệu tham khảo|źródła|المصادر|مصادر|منابع|स्रोत|参考资料|参考資料|參考資料|参考文献|资料来源|資料來源|相关报道来源|相關報導來源|参照|出典|참고 ?자료|참고 ?문헌)\s*[:：]/u;
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
/** A forum reply's subject line ("Re: Chaoyang verbietet Krypto-Events"): the thread's title again. */
const REPLY_SUBJECT = /^\s*(re|aw|antw|odp|res|rif|ynt|回复|回覆)\s*[:：]/u;
/** Hashtags: two or more ("#China #WeChat"), or Weibo's topics, closed by a second "#" ("#区块链# #公众号被封#"). */
const HASHTAGS = /^\s*((#[^\s#]+#?[\s\u3000]*){2,}|#[^\s#]+#\s*)$/u;
/** The label before a breadcrumb trail ("Vous êtes ici : Accueil / Traductions / …"). */
const YOU_ARE_HERE =
  /^\s*(you are here|vous êtes ici|sie sind hier|usted está en|estás en|você está em|ti trovi (in|qui)|sei qui|u bent hier|je bent hier|вы здесь|ви тут|buradasınız|anda (di sini|berada di)|bạn đang ở|jesteś tutaj|أنت هنا|شما اینجا هستید|आप यहाँ हैं|当前位置|當前位置|您的位置|現在位置|現在地|현재 위치)\s*[:：]/u;
const CRUMB_SEPARATOR = /\s[>›»]\s/u;
/** Longer than this, a line is a paragraph, not furniture. */
const MAX_LINE = 400;
/** Longer than this, a line is a sentence, not a title (a trail's item or a list's: a headline fits). */
const MAX_TITLE = 200;
/**
 * A full stop or an exclamation mark at a line's end, perhaps inside quotes or brackets; not one
 * after a number's unit ("wzrost PKB 6,7 proc.", "we wrześniu 2017 r.", "в 2018 г."), which ends a
 * title as well.
 */
const SENTENCE_END = /(?<!\d\s?\p{Ll}{1,4})[.。．!！]["'»”」』)）]*\s*$/u;

function isBreadcrumb(line: string): boolean {
  const items = line.split(CRUMB_SEPARATOR);
  return items.length >= 3 && items.every((item) => item.trim() !== '' && item.length < MAX_TITLE);
}

/** The label of a page's comments ("3 Kommentare", "Bình luận (1)"): readers' words come next. */
const COMMENTS =
  /^\s*(\d+\s*)?(comments?|kommentare?|commentaires?|coment(á|a)rios?|commenti|reacties|комментари(й|и|ев)|коментар(і|ів)|yorumlar?|komentar(ze|zy)?|bình luận|تعليقات|التعليقات|نظرات|टिप्पणि(यां|याँ)|コメント|댓글|(热门)?评论|(熱門)?評論|留言|leave a (reply|comment)|tinggalkan balasan)(?=[\s(（:：\d]|$)/u;

/**
 * A title in a list of links: a line a headline's length that does not end a sentence, nor heads
 * the comments. `lower`: the line as labels are matched (`labelText`).
 */
const isListItem = (line: string, lower: string): boolean =>
  line.length < MAX_TITLE && !SENTENCE_END.test(line) && !COMMENTS.test(lower);

/**
 * A block as the labels are matched: in lower case, the Turkish capital İ (which lower-cases to two
 * units) as i ("İlgili Haberler", "İLGİLİ HABERLER"). The labels' patterns are lower case and
 * case-sensitive: with the `i` flag, V8 took 60–110 ms compiling them for a page's first lines, the
 * longest task of a story page's first marks.
 */
const labelText = (block: string): string => block.replace(/İ/gu, 'i').toLowerCase();

/**
 * Whether a block of a page is furniture: tags, a breadcrumb trail, a line of links, a reference, a
 * list of sources or one of its entries, or a reply's subject.
 */
export function isFurniture(block: string): boolean {
  return block.length < MAX_LINE && isFurnitureLine(block, labelText(block));
}

/**
 * `isFurniture` for a line shorter than MAX_LINE (a longer one is never furniture: its callers
 * check that first, before they lower-case it).
 */
function isFurnitureLine(line: string, lower: string): boolean {
  return (
    LABELED.test(lower) ||
    isRelatedLine(lower) ||
    isSourceList(lower) ||
    SOURCE_ENTRY.test(line) ||
    REFERENCE.test(line) ||
    HASHTAGS.test(line) ||
    (REPLY_SUBJECT.test(lower) && isListItem(line, lower)) ||
    YOU_ARE_HERE.test(lower) ||
    isBreadcrumb(line)
  );
}

/**
 * Reads a page's blocks in order and tells which are furniture: those `isFurniture` finds, and a
 * label alone on its line that heads links to other pages ("Related articles", "関連記事") with the
 * titles under it, up to the first line that is not one. A label is a title's length, so a longer
 * block is not tried as one.
 */
export function furnitureReader(): (block: string) => boolean {
  let inList = false;
  return (block) => {
    // A line this long is neither a list's item nor furniture.
    if (block.length >= MAX_LINE) return (inList = false);
    const lower = labelText(block);
    const short = block.length < MAX_TITLE;
    inList = short && ((inList && isListItem(block, lower)) || isListHead(lower));
    return inList || isFurnitureLine(block, lower);
  };
}

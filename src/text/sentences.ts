/**
 * Where sentences (and clauses set off by a semicolon) end, for the frames: the concepts that state
 * a fact must stand in one sentence. Only the text between two found words is ever looked at, so a
 * page pays for this in proportion to the words found, not to its length.
 */

/** Full stops and marks that end a sentence in CJK text, wherever they stand. */
const CJK_ENDS = new Set([0x3002, 0xff01, 0xff1f, 0xff1b, 0xff61]); // 。！？；｡
/** Marks that end a sentence, a clause or a title's part in any script. */
const ENDS = new Set([
  0x21, 0x3f, 0x3b, 0x2022, 0x0a, 0x0d, 0x2029, 0x2028, 0x0964, 0x0965,
  // Arabic question mark, semicolon and full stop.
  0x061f, 0x061b, 0x06d4,
  // A vertical bar parts a title from its site or its tags ("… | 区块链 | 公众号").
  0x7c, 0xff5c,
]);

/**
 * Words that end with a full stop inside a sentence: titles, company forms, months ("Aug. 17"),
 * and the like, in the languages the stories are read in. Lower case, without the stop.
 */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
  'jr',
  'sr',
  'inc',
  'ltd',
  'co',
  'corp',
  'plc',
  'no',
  'nr',
  'vs',
  'etc',
  'approx',
  'gov',
  'govt',
  'dept',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'e.g',
  'i.e',
  'u.s',
  'u.k',
  'z.b',
  'u.a',
  'bzw',
  'ca',
  'vgl',
  'nº',
  'sr',
  'sra',
  'av',
  'mme',
  'm',
  'mlle',
  'г',
  'гг',
  'т.е',
  'т.д',
  'т.п',
  'руб',
  'млн',
  'млрд',
  'mio',
  'mrd',
  'bn',
  'mn',
  'pct',
  // Polish: tysięcy, milionów, miliardów, między innymi, do spraw, na przykład, tak zwany,
  // według, to jest, w sprawie, roku, bieżącego roku, ubiegłego roku, i tak dalej, i tym podobne
  // ("5 tys. USD", "Biuro ds. Specjalnego…", "we wrześniu 2017 r. Chiny zakazały…", "Od lutego
  // br. Ludowy Bank Chin…"; około: NUMBER_NEXT).
  'tys',
  'mln',
  'mld',
  'm.in',
  'ds',
  'np',
  'tzw',
  'wg',
  'tj',
  'ws',
  'r',
  'br',
  'ub.r',
  'ubr',
  'itd',
  'itp',
  // Thousands in Russian and Ukrainian; "environ", "aproximadamente", "Rupiah", "bijvoorbeeld",
  // "onder andere", "das heißt", "sogenannt", "thành phố" (TP. HCM).
  'тыс',
  'тис',
  'env',
  'aprox',
  'rp',
  'bijv',
  'o.a',
  'd.h',
  'sog',
  'tp',
]);

/**
 * The apostrophes the matcher reads as one (`char-class.ts` folds them to '), listed here so the
 * reader's sentences need not build its tables: the page's matcher ships its own. A unit test
 * checks the two agree.
 */
export const APOSTROPHES = new Set([
  0x27, 0x60, 0xb4, 0x02bc, 0x2018, 0x2019, 0x201b, 0x2032, 0x2035, 0xff07,
]);

/** Abbreviations that end no sentence before a number: Polish "ok." (około, about). */
const NUMBER_NEXT = new Set(['ok']);

/** A label of one to three words and a colon, at the start of a text, a sentence or a dash. */
const LABELLED = /(?:^|[.!?。\n—–]\s*)[^\s.!?:—–]+(?:\s[^\s.!?:—–]+){0,2}:\s*$/u;

function isSpace(code: number): boolean {
  return (
    code === 0x20 ||
    code === 0x09 ||
    code === 0xa0 ||
    code === 0x3000 ||
    (code >= 0x2000 && code <= 0x200b)
  );
}

function isLowerLetter(code: number): boolean {
  const ch = String.fromCharCode(code);
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

function isLetterOrDigit(code: number): boolean {
  return /[\p{L}\p{N}]/u.test(String.fromCharCode(code));
}

const isDigit = (code: number) => code >= 0x30 && code <= 0x39;

/** A superscript digit (¹ ² ³ ⁰ ⁴ … ⁹), as footnotes are marked in papers: "…gesloten.³" */
const isSuperscriptDigit = (code: number) =>
  code === 0xb9 ||
  code === 0xb2 ||
  code === 0xb3 ||
  code === 0x2070 ||
  (code >= 0x2074 && code <= 0x2079);

/** A superscript footnote mark: a digit, or a bracket around or after one ("⁽³⁾", "³⁾"). */
const isSuperscriptMark = (code: number) =>
  isSuperscriptDigit(code) || code === 0x207d || code === 0x207e;

/**
 * The far end of a run of superscript footnote marks (at most 8 units) that starts at `from` and
 * goes forward (`step` 1: the first unit after it) or back (`step` -1: its first unit, the run
 * ending just before `from`); `from` when there is no such run or it holds no digit.
 */
function superscriptRun(text: string, from: number, step: 1 | -1): number {
  // The unit read at boundary k: the one after it going forward, the one before it going back.
  const shift = step === 1 ? 0 : -1;
  let k = from;
  let digit = false;
  for (let c = text.charCodeAt(k + shift); Math.abs(k - from) < 8 && isSuperscriptMark(c);) {
    digit ||= isSuperscriptDigit(c);
    k += step;
    c = text.charCodeAt(k + shift);
  }
  return digit ? k : from;
}

/**
 * Footnote marks ("[4]", "[12][13]": one to three digits in square brackets; or superscript ones,
 * "¹²", "³⁾") at a stop's end of a sentence belong to it. The first unit after the marks that start
 * at `at` (`at` when none does).
 */
function afterFootnotes(text: string, at: number): number {
  at = superscriptRun(text, at, 1);
  for (;;) {
    if (text.charCodeAt(at) !== 0x5b) return at;
    let k = at + 1;
    while (k <= at + 3 && isDigit(text.charCodeAt(k))) k++;
    if (k === at + 1 || text.charCodeAt(k) !== 0x5d) return at;
    at = k + 1;
  }
}

/** The first unit of the footnote marks that end just before `end` (`end` when none does). */
function beforeFootnotes(text: string, end: number): number {
  end = superscriptRun(text, end, -1);
  for (;;) {
    if (text.charCodeAt(end - 1) !== 0x5d) return end;
    let k = end - 2;
    while (k >= end - 4 && isDigit(text.charCodeAt(k))) k--;
    if (k === end - 2 || text.charCodeAt(k) !== 0x5b) return end;
    end = k;
  }
}

/**
 * Whether the full stop at `at` ends a sentence: a space after it, no abbreviation before it, no
 * lower-case word after it, past closing quotes and brackets ("(Huobi, Binance...) se largaron").
 */
function stopEnds(text: string, at: number): boolean {
  // "…were spread.[4] Some…": the marks are the sentence's.
  const after = afterFootnotes(text, at + 1);
  const next = text.charCodeAt(after);
  if (after < text.length && !isSpace(next) && next !== 0x22 && next !== 0x201d && next !== 0x29)
    return false; // 1.5, u.s.a, example.com, or a stop glued to the next word
  let k = at;
  while (k > 0 && (isLetterOrDigit(text.charCodeAt(k - 1)) || text[k - 1] === '.')) k--;
  const before = text.slice(k, at).toLowerCase();
  // An initial ("J. Smith", "U.S."), but not a plural's or a possessive's s ("met ICO's. Shenzhen"),
  // nor a one-syllable word of a script without case ("…혐의라고 함. 일부 매체는…").
  if (before.length === 1 && /\p{Ll}/u.test(before) && !APOSTROPHES.has(text.charCodeAt(k - 1)))
    return false;
  if (ABBREVIATIONS.has(before)) return false;
  // "z ok. 90 proc.": about a figure; an English "…was ok. Then" still ends.
  if (NUMBER_NEXT.has(before) && isDigit(text.charCodeAt(after + 1))) return false;
  if (/^\d+$/.test(before) && before.length <= 2) return false; // "am 22. August", "17. 8."
  // "The number: 124. That is how many…": a figure given after a short label is the subject of
  // the sentence that follows (live blogs, newsletters).
  if (/^\d+$/.test(before) && LABELLED.test(text.slice(Math.max(0, k - 40), k))) return false;
  const n = nextWord(text, after);
  if (n >= text.length) return true;
  // "…tòa văn phòng... KHÔNG được tổ chức": a word in capitals after an ellipsis is stressed.
  if (text.charCodeAt(at - 1) === 0x2e && shoutedWord(text, n)) return false;
  return !isLowerLetter(text.charCodeAt(n));
}

/** Whether a word of two or more capital letters, and no lower-case one, starts at `n`. */
function shoutedWord(text: string, n: number): boolean {
  let k = n;
  while (k < text.length && /\p{L}/u.test(text.charAt(k))) {
    if (isLowerLetter(text.charCodeAt(k))) return false;
    k++;
  }
  return k - n >= 2 && text.charAt(n) !== text.charAt(n).toLowerCase();
}

/** Where the next word starts from `at`: past spaces and closing quotes and brackets. */
function nextWord(text: string, at: number): number {
  let n = at;
  while (n < text.length && (isSpace(text.charCodeAt(n)) || CLOSERS.has(text.charCodeAt(n)))) n++;
  return n;
}

/** Closing quotes and brackets that may follow a sentence's last mark. */
const CLOSERS = new Set([0x22, 0x27, 0x29, 0x201d, 0x2019, 0xff09, 0x300d, 0x300f]);

/**
 * Whether `text` ends a sentence (or clause): its last mark, before spaces, footnote marks and
 * closing quotes.
 */
export function endsSentence(text: string): boolean {
  let end = text.length;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  let i = beforeFootnotes(text, end) - 1;
  while (i >= 0 && (isSpace(text.charCodeAt(i)) || CLOSERS.has(text.charCodeAt(i)))) i--;
  if (i < 0) return false;
  const code = text.charCodeAt(i);
  if (code === 0x2e) return stopEnds(text.slice(0, i + 1), i);
  return code === 0x2026 || ENDS.has(code) || CJK_ENDS.has(code);
}

/**
 * Whether the ellipsis at `at` ends a sentence: a space, then a capital letter ("…vậy… Chắc là");
 * before a lower-case word, a bracket or a letter of a script without case it is a pause. Three
 * full stops keep the full stop's rule (`stopEnds`), which ends before a script without case too:
 * read as "…" they joined 16 marks' sentences, Arabic ".." before the next clause among them.
 */
function ellipsisEnds(text: string, at: number): boolean {
  if (!isSpace(text.charCodeAt(at + 1))) return false;
  const n = nextWord(text, at + 1);
  const ch = text.charAt(n);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase() && !shoutedWord(text, n);
}

/** Semicolons: they end a clause, not a sentence. */
const SEMICOLONS = new Set([0x3b, 0x061b, 0xff1b]);

/**
 * Where the first sentence (or clause, unless `clauses` is false: semicolons then do not count)
 * end in `text[from .. to]` is, or -1.
 */
export function sentenceEndAt(text: string, from: number, to: number, clauses = true): number {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x2e) {
      if (stopEnds(text, i)) return i;
    } else if (code === 0x2026) {
      if (ellipsisEnds(text, i)) return i;
    } else if (ENDS.has(code) || CJK_ENDS.has(code)) {
      if (clauses || !SEMICOLONS.has(code)) return i;
    }
  }
  return -1;
}

/** Whether a sentence (or clause, unless `clauses` is false) ends anywhere in `text[from .. to]`. */
export function sentenceEndsBetween(
  text: string,
  from: number,
  to: number,
  clauses = true,
): boolean {
  return sentenceEndAt(text, from, to, clauses) >= 0;
}

/**
 * Whether `text[from .. to]` holds one sentence (or clause) end, and only one: the sentences on
 * either side follow each other. A run of marks ("?!", "...") and the closing quotes after it are
 * one end.
 */
export function oneSentenceEndBetween(text: string, from: number, to: number): boolean {
  const end = sentenceEndAt(text, from, to);
  if (end < 0) return false;
  let i = end + 1;
  while (i < to) {
    const code = text.charCodeAt(i);
    if (!isSpace(code) && !CLOSERS.has(code) && sentenceEndAt(text, i, i + 1) !== i) break;
    i++;
  }
  return sentenceEndAt(text, i, to) < 0;
}

/**
 * How the reading core sees each UTF-16 code unit: its kind (word letter, CJK, separator, invisible…)
 * and its folded form (lower case, NFKC-like for full-width forms, one quote and one apostrophe).
 *
 * Two tables of 64 Ki entries, built once: the matcher's inner loop then costs one array read per
 * code unit, whatever the script. Folding is per code unit on purpose (no string is ever rebuilt), so
 * offsets into the original text stay exact.
 */
import { SIMPLIFIED, TRADITIONAL } from './traditional-chinese.ts';

/** A letter or digit of a script that separates words with spaces (Latin, Cyrillic, Greek…). */
export const WORD = 1;
/** A CJK ideograph, kana or hangul syllable: no word boundaries, spaces next to it are ignored. */
export const CJK = 2;
/** White space, dashes and most punctuation: one word boundary however many there are. */
export const SPACE = 3;
/** Punctuation that breaks a phrase next to CJK text, and is a plain separator elsewhere. */
export const HARD = 4;
/** Soft hyphens, zero-width characters, combining marks, variation selectors: skipped. */
export const SKIP = 5;
/** Kept as itself (the apostrophe, the full stop: cues may carry them between letters). */
export const OTHER = 6;

export type CharKind =
  typeof WORD | typeof CJK | typeof SPACE | typeof HARD | typeof SKIP | typeof OTHER;

// Built on first use and only there: the page's matcher comes prepared from the build with its own
// class table, so the content script drops these (the calls below are marked pure for the bundler).
let kindTable: Uint8Array | undefined;
let foldTable: Uint16Array | undefined;

function kindOf(): Uint8Array {
  if (kindTable === undefined) buildTables();
  return kindTable as Uint8Array;
}

function foldOf(): Uint16Array {
  if (foldTable === undefined) buildTables();
  return foldTable as Uint16Array;
}

/** Kind of each code unit. */
export const KIND: Uint8Array = /* @__PURE__ */ kindOf();
/** Folded form of each code unit (meaningful for WORD, CJK and OTHER). */
export const FOLD: Uint16Array = /* @__PURE__ */ foldOf();

function buildTables(): void {
  const KIND = new Uint8Array(0x10000);
  const FOLD = new Uint16Array(0x10000);
  kindTable = KIND;
  foldTable = FOLD;
  const range = (from: number, to: number, kind: number): void => {
    KIND.fill(kind, from, to + 1);
  };
  for (let c = 0; c < 0x10000; c++) FOLD[c] = c;
  // Letters of every script we do not list below count as word letters: a boundary is then only
  // claimed where it really is one.
  range(0x0000, 0xffff, WORD);
  range(0x0000, 0x007f, SPACE);
  range(0x0030, 0x0039, WORD);
  range(0x0041, 0x005a, WORD);
  range(0x0061, 0x007a, WORD);
  for (let c = 0x41; c <= 0x5a; c++) FOLD[c] = c + 0x20;
  KIND[0x27] = OTHER; // apostrophe
  KIND[0x2e] = OTHER; // full stop (decimal point)
  KIND[0x60] = OTHER;
  FOLD[0x60] = 0x27;
  range(0x0080, 0x00bf, SPACE); // C1 controls, NBSP, Latin-1 punctuation and symbols
  KIND[0xad] = SKIP; // soft hyphen
  KIND[0xb4] = OTHER;
  FOLD[0xb4] = 0x27;
  KIND[0xaa] = WORD;
  KIND[0xb5] = WORD;
  KIND[0xba] = WORD;
  KIND[0xd7] = SPACE;
  KIND[0xf7] = SPACE;
  for (let c = 0xc0; c <= 0xde; c++) if (c !== 0xd7) FOLD[c] = c + 0x20;
  // Latin Extended-A: upper and lower case alternate.
  for (let c = 0x0100; c <= 0x0137; c += 2) FOLD[c] = c + 1;
  for (let c = 0x0139; c <= 0x0148; c += 2) FOLD[c] = c + 1;
  for (let c = 0x014a; c <= 0x0177; c += 2) FOLD[c] = c + 1;
  // Turkish dotless ı reads as i: an all-caps headline's I ("HESABINI KAPATTI") lower-cases to i,
  // and a word typed without Turkish letters has i where the dictionary has ı.
  FOLD[0x0131] = 0x69;
  range(0x02b0, 0x02ff, SKIP); // modifier letters (mostly accents)
  KIND[0x02bc] = OTHER; // modifier letter apostrophe
  FOLD[0x02bc] = 0x27;
  range(0x0300, 0x036f, SKIP); // combining diacritics
  for (let c = 0x0391; c <= 0x03a9; c++) FOLD[c] = c + 0x20; // Greek
  KIND[0x037e] = SPACE;
  KIND[0x0387] = SPACE;
  for (let c = 0x0400; c <= 0x040f; c++) FOLD[c] = c + 0x50; // Cyrillic Ѐ…Џ
  for (let c = 0x0410; c <= 0x042f; c++) FOLD[c] = c + 0x20; // Cyrillic А…Я
  FOLD[0x0401] = 0x0435; // Ё -> е: Russian writes ё and е interchangeably
  FOLD[0x0451] = 0x0435; // ё -> е
  // Cyrillic letters beyond Russian's (Ukrainian Ґ, Kazakh, Tatar…): upper and lower case alternate.
  for (let c = 0x048a; c <= 0x04bf; c += 2) FOLD[c] = c + 1;
  range(0x0483, 0x0489, SKIP);
  KIND[0x0964] = SPACE; // Devanagari danda and double danda: Hindi's full stops
  KIND[0x0965] = SPACE;
  // Devanagari as Hindi is typed: with or without the nukta dot (ज़/ज, फ़/फ; precomposed or not),
  // with the chandrabindu or the anusvara (पहुँच/पहुंच), one word.
  KIND[0x093c] = SKIP;
  for (const [from, to] of [
    [0x0958, 0x0915],
    [0x0959, 0x0916],
    [0x095a, 0x0917],
    [0x095b, 0x091c],
    [0x095c, 0x0921],
    [0x095d, 0x0922],
    [0x095e, 0x092b],
    [0x095f, 0x092f],
    [0x0901, 0x0902],
  ] as const)
    FOLD[from] = to;
  range(0x0591, 0x05c7, SKIP);
  range(0x0610, 0x061a, SKIP);
  range(0x064b, 0x065f, SKIP);
  // Arabic: its comma, semicolon, question mark, percent and full stop separate words, as their
  // Latin forms do; the tatweel (a letter stretched for looks) is skipped; Arabic-Indic and Persian
  // digits fold to ASCII (١٢٤ and ۱۲۴ read as 124), the decimal separator to the full stop.
  for (const c of [0x060c, 0x060d, 0x061b, 0x061e, 0x061f, 0x066a, 0x066c, 0x066d, 0x06d4])
    KIND[c] = SPACE;
  KIND[0x0640] = SKIP;
  for (let d = 0; d <= 9; d++) {
    FOLD[0x0660 + d] = 0x30 + d;
    FOLD[0x06f0 + d] = 0x30 + d;
  }
  KIND[0x066b] = OTHER;
  FOLD[0x066b] = 0x2e;
  range(0x1ab0, 0x1aff, SKIP);
  range(0x1dc0, 0x1dff, SKIP);
  range(0x2000, 0x206f, SPACE); // general punctuation, spaces, dashes
  range(0x200b, 0x200f, SKIP); // zero-width space, joiners, direction marks
  range(0x202a, 0x202e, SKIP);
  range(0x2060, 0x206f, SKIP);
  for (const c of [0x2018, 0x2019, 0x201b, 0x2032, 0x2035]) {
    KIND[c] = OTHER;
    FOLD[c] = 0x27;
  }
  range(0x2070, 0x209f, SPACE); // super- and subscripts: rare in prose, never in cues
  range(0x20a0, 0x20cf, SPACE); // currency signs
  range(0x20d0, 0x20ff, SKIP);
  range(0x2100, 0x2bff, SPACE); // letterlike symbols, arrows, maths, boxes, shapes
  range(0x2e00, 0x2e7f, SPACE);
  range(0x2e80, 0x2fff, CJK); // radicals
  range(0x3000, 0x303f, HARD); // CJK punctuation
  KIND[0x3000] = SPACE; // ideographic space
  KIND[0x3005] = CJK;
  KIND[0x3007] = CJK; // 〇
  range(0x3040, 0x30ff, CJK); // kana
  KIND[0x30fb] = HARD;
  range(0x3100, 0x312f, CJK);
  range(0x3190, 0x31ff, CJK);
  range(0x3200, 0x33ff, CJK);
  range(0x3400, 0x4dbf, CJK);
  range(0x4dc0, 0x4dff, SPACE);
  range(0x4e00, 0x9fff, CJK);
  range(0xa000, 0xa4cf, CJK);
  range(0xac00, 0xd7af, CJK); // hangul
  range(0xd800, 0xdfff, SPACE); // surrogates: astral symbols and emoji separate words
  range(0xe000, 0xf8ff, SPACE); // private use
  range(0xf900, 0xfaff, CJK);
  range(0xfe00, 0xfe0f, SKIP); // variation selectors
  range(0xfe10, 0xfe1f, HARD);
  range(0xfe20, 0xfe2f, SKIP);
  range(0xfe30, 0xfe6f, HARD);
  KIND[0xfeff] = SKIP; // byte order mark / zero-width no-break space
  range(0xff00, 0xffef, HARD); // full-width punctuation breaks Chinese phrases
  // Full-width ASCII letters and digits fold to ASCII (what NFKC does).
  for (let c = 0xff10; c <= 0xff19; c++) {
    KIND[c] = WORD;
    FOLD[c] = c - 0xfee0;
  }
  for (let c = 0xff21; c <= 0xff3a; c++) {
    KIND[c] = WORD;
    FOLD[c] = c - 0xfee0 + 0x20;
  }
  for (let c = 0xff41; c <= 0xff5a; c++) {
    KIND[c] = WORD;
    FOLD[c] = c - 0xfee0;
  }
  KIND[0xff05] = SPACE; // ％, as % is: a percentage (5％未満) is one phrase
  KIND[0xff07] = OTHER;
  FOLD[0xff07] = 0x27;
  KIND[0xff0e] = OTHER;
  FOLD[0xff0e] = 0x2e;
  range(0xff66, 0xffdc, CJK); // half-width katakana and hangul
  range(0xfff0, 0xffff, SPACE);
  // Latin letters with diacritics fold to their base letter (Börse, Pékin, regulación and the same
  // words typed without accents read alike), decomposed or not.
  for (const [from, to] of [
    [0x00c0, 0x024f],
    [0x1e00, 0x1eff],
  ] as const) {
    for (let c = from; c <= to; c++) {
      if (KIND[c] !== WORD) continue;
      const base = String.fromCharCode(c).normalize('NFD').charCodeAt(0);
      if (base >= 0x41 && base <= 0x5a) FOLD[c] = base + 0x20;
      else if (base >= 0x61 && base <= 0x7a) FOLD[c] = base;
    }
  }
  // Polish ł and Vietnamese đ, which NFD keeps whole, are typed l and d where a keyboard lacks them
  // ("zamknal konta", "dong cua"), as the letters above are typed without their accents.
  FOLD[0x0141] = 0x6c;
  FOLD[0x0142] = 0x6c;
  FOLD[0x0110] = 0x64;
  FOLD[0x0111] = 0x64;
  // Traditional Chinese folds to simplified (a chain such as 乾 -> 干 resolves to its end, so every
  // fold is its own fold, as the matcher's segments need).
  for (let i = 0; i < TRADITIONAL.length; i++)
    FOLD[TRADITIONAL.charCodeAt(i)] = SIMPLIFIED.charCodeAt(i);
  for (let i = 0; i < TRADITIONAL.length; i++) {
    const c = TRADITIONAL.charCodeAt(i);
    let to = FOLD[c] as number;
    for (let hops = 0; FOLD[to] !== to && hops < 8; hops++) to = FOLD[to] as number;
    FOLD[c] = to;
  }
}

/** True for code units that may sit inside a word of a spaced script (used for boundary checks). */
export function isWordUnit(code: number): boolean {
  return KIND[code] === WORD;
}

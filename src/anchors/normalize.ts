/**
 * The page's text as the first stage compares it with its anchors: folded as the matcher folds it
 * (`src/text/char-class.ts`) for every character an anchor uses, by the browser's own string
 * functions: lower case; Latin letters without their accents (NFD, then the marks go with the
 * other characters the matcher skips); full-width letters and digits as ASCII; and a short list of
 * characters the build names (ё, traditional Chinese forms of the anchors' characters); skipped
 * characters dropped. Each step scans for work first, so a page that needs none of it pays a class
 * scan.
 *
 * That this agrees with the matcher is checked for every character at build time
 * (`tables.ts`): what the matcher reads as an anchor's character normalises to it, separators stay
 * separators, skipped characters vanish.
 */

export interface Folding {
  /** RegExp class body: characters the matcher skips (soft hyphens, zero-width, combining marks). */
  readonly skip: string;
  /**
   * RegExp class body: separators (white space, punctuation). The matcher reads one separator
   * between two words however long the run, and reads across separators between CJK characters
   * (here across CJK punctuation too: that only finds more).
   */
  readonly gap: string;
  /** RegExp class body: characters to read as a space before anything else (their lower case is a letter). */
  readonly space: string;
  /** Pairs of characters, the first read as the second (after lower case). */
  readonly pairs: string;
}

const LATIN = /[\u00c0-\u024f\u1e00-\u1eff]+/g;
const WIDE = /[\uff10-\uff19\uff41-\uff5a]/g;

/** A function that normalises text for the anchors (separators stay as they are). */
export function normalizer({ skip, space, pairs }: Folding): (text: string) => string {
  const skipped = new RegExp(`[${skip}]+`, 'g');
  const spaced = space ? new RegExp(`[${space}]`, 'g') : null;
  const map = new Map<string, string>();
  let from = '';
  for (let i = 0; i + 1 < pairs.length; i += 2) {
    map.set(pairs[i] as string, pairs[i + 1] as string);
    from += pairs[i];
  }
  const mapped = from ? new RegExp(`[${from}]`, 'g') : null;
  // The pairs are mostly Chinese (and Cyrillic ё, Arabic digits, Turkish ı…): most pages have no
  // character of the pairs' blocks of 256 at all, and a class of a few ranges finds that faster
  // than the pairs' own class.
  const blocks = new Set([...from].map((c) => c.charCodeAt(0) >> 8));
  const range = (b: number) =>
    `${String.fromCharCode(b << 8)}-${String.fromCharCode((b << 8) | 0xff)}`;
  const near = new RegExp(`[${[...blocks].map(range).join('')}]`);
  const step = (text: string, re: RegExp | null, to: (s: string) => string): string => {
    if (!re) return text;
    re.lastIndex = 0;
    return re.test(text) ? text.replace(re, to) : text;
  };
  return (text) => {
    let t = step(text, spaced, () => ' ').toLowerCase();
    t = step(t, LATIN, (s) => s.normalize('NFD'));
    t = step(t, WIDE, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
    if (mapped && near.test(t)) t = t.replace(mapped, (c) => map.get(c) as string);
    return step(t, skipped, () => '');
  };
}

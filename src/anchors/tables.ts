/**
 * The character classes and folding the first stage needs beside its anchors, built from the core's
 * own tables (`src/text/char-class.ts`), and the proof, over every UTF-16 code unit, that the first
 * stage's normalisation (`normalize.ts`) reads text as the matcher does wherever an anchor could
 * be: an anchor's character is what every character the matcher folds to it becomes, separators
 * stay separators, skipped characters vanish.
 */
import { CJK, FOLD, HARD, KIND, OTHER, SKIP, SPACE, WORD } from '../text/char-class.ts';
import { normalizer, type Folding } from './normalize.ts';

/** RegExp class bodies of the page's characters, as the matcher sees them. */
export interface Classes {
  /** A letter or digit of a spaced script (a word anchor must not follow one). */
  readonly word: string;
}

function hex(c: number): string {
  return `\\u${c.toString(16).padStart(4, '0')}`;
}

/** A RegExp class body for every BMP code unit `test` accepts, as ranges. */
export function classBody(test: (c: number) => boolean): string {
  let out = '';
  for (let c = 0; c < 0x10000; c++) {
    if (!test(c)) continue;
    let end = c;
    while (end + 1 < 0x10000 && test(end + 1)) end++;
    out += end === c ? hex(c) : end === c + 1 ? hex(c) + hex(end) : `${hex(c)}-${hex(end)}`;
    c = end;
  }
  return out;
}

export function classes(): Classes {
  return { word: classBody((c) => KIND[c] === WORD) };
}

const kindOf = (s: string, i: number): number => KIND[s.charCodeAt(i)] as number;
const every = (s: string, ok: (kind: number) => boolean): boolean => {
  for (let i = 0; i < s.length; i++) if (!ok(kindOf(s, i))) return false;
  return true;
};

/**
 * Separators whose lower case is a letter (the Kelvin sign is a "k"): read as a space before
 * lower-casing, so no word forms where the matcher sees a boundary.
 */
function spaceClass(): string {
  return classBody(
    (c) =>
      (KIND[c] === SPACE || KIND[c] === HARD) &&
      !every(String.fromCharCode(c).toLowerCase(), (k) => k === SPACE || k === HARD),
  );
}

/** Which folded characters anchors may use, and the pairs that make them read right. */
export interface FoldPlan {
  /** Folded characters every character the matcher folds to them normalises to. */
  readonly stable: ReadonlySet<string>;
  /** Character -> the folded character it must be read as (after lower case). */
  readonly pairs: ReadonlyMap<string, string>;
}

/** The matcher's characters of each folded character, itself included. */
function preimages(): Map<number, number[]> {
  const out = new Map<number, number[]>();
  for (let c = 0; c < 0x10000; c++) {
    const kind = KIND[c];
    if (kind !== WORD && kind !== CJK && kind !== OTHER) continue;
    const to = FOLD[c] as number;
    const list = out.get(to);
    if (list) list.push(c);
    else out.set(to, [c]);
  }
  return out;
}

/**
 * For the folded characters `wanted` (those candidate anchors use): which can be anchor characters,
 * and the pairs needed where the browser's own folding stops short (ё, traditional Chinese).
 */
export function foldPlan(wanted: ReadonlySet<string>): FoldPlan {
  const base = normalizer({ ...baseFolding(), pairs: '' });
  const all = preimages();
  const pairs = new Map<string, string>();
  const stable = new Set<string>();
  const claimed = new Map<string, string>();
  for (const c of [...wanted].sort()) {
    const mine = new Map<string, string>();
    let ok = true;
    for (const x of all.get(c.charCodeAt(0)) ?? [c.charCodeAt(0)]) {
      const n = base(String.fromCharCode(x));
      if (n === c) continue;
      // One character the browser leaves as another: read it as `c`, unless it is needed as itself.
      if (n.length !== 1 || wanted.has(n) || (claimed.get(n) ?? c) !== c) {
        ok = false;
        break;
      }
      mine.set(n, c);
    }
    if (!ok) continue;
    stable.add(c);
    for (const [from, to] of mine) {
      pairs.set(from, to);
      claimed.set(from, to);
    }
  }
  return { stable, pairs };
}

/** The folding to ship for anchors that use the characters `used`. */
export function folding(plan: FoldPlan, used: ReadonlySet<string>): Folding {
  let pairs = '';
  for (const [from, to] of [...plan.pairs].sort(([a], [b]) => (a < b ? -1 : 1)))
    if (used.has(to)) pairs += from + to;
  return { ...baseFolding(), pairs };
}

function baseFolding(): Omit<Folding, 'pairs'> {
  return {
    skip: classBody((c) => KIND[c] === SKIP),
    gap: classBody((c) => KIND[c] === SPACE || KIND[c] === HARD),
    space: spaceClass(),
  };
}

/**
 * Every way `folding` could read a page differently from the matcher where it matters to anchors
 * made of the characters `used`; empty when there is none. For each UTF-16 code unit: a character
 * the matcher folds to an anchor's character becomes that character; a skipped one vanishes; a
 * separator stays a separator; a kept mark becomes no letter (a word would run on).
 */
export function disagreements(fold: Folding, used: ReadonlySet<string>): string[] {
  const norm = normalizer(fold);
  const problems: string[] = [];
  for (let c = 0; c < 0x10000; c++) {
    const n = norm(String.fromCharCode(c));
    const kind = KIND[c];
    const to = String.fromCharCode(FOLD[c] as number);
    let ok = true;
    if (kind === SKIP) ok = n === '';
    else if (kind === SPACE || kind === HARD)
      ok = n !== '' && every(n, (k) => k === SPACE || k === HARD);
    else if (kind === OTHER) ok = every(n, (k) => k !== WORD && k !== CJK);
    else if (used.has(to)) ok = n === to;
    if (!ok)
      problems.push(
        `U+${c.toString(16).padStart(4, '0')} (kind ${kind}) reads as ${JSON.stringify(n)}`,
      );
  }
  return problems;
}

/**
 * The page scan: one pass over each block's code units, normalising on the fly (one table read per
 * unit) and stepping the automaton, with no string built and nothing allocated per character.
 * Returns every match, then keeps the longest-leftmost ones that do not overlap.
 */
import { CJK, HARD, SKIP, SPACE, WORD } from '../text/char-class';
import { MAX_PATTERN_SYMBOLS, SYM_BOUNDARY, SYM_SPACE, type Matcher } from './compile';

/** A cue found in a block: UTF-16 offsets into the original block, end exclusive. */
export interface Match {
  readonly block: number;
  readonly start: number;
  readonly end: number;
  /** Index into the matcher's cue table. */
  readonly cue: number;
}

const RING = 256; // > MAX_PATTERN_SYMBOLS, a power of two
const MASK = RING - 1;
if (MAX_PATTERN_SYMBOLS >= RING) throw new Error('ring too small');
// Offsets of the last RING symbols stepped: a match's start is read back from here. Shared, as
// the scan is synchronous and never re-entered.
const ring = new Int32Array(RING);

/** Every cue occurrence in one block (overlaps included), appended to `out` as start, end, pattern. */
export function scanBlock(matcher: Matcher, text: string, out: number[]): void {
  const { classes, patternLength, patternEndsWord } = matcher;
  const { base, check, fail, report, patternAt } = matcher.automaton;
  const n = text.length;
  let s = 0;
  let emitted = 0;
  let last = 0; // kind of the last visible unit, 0 at the start
  let pending = 0; // 1: white space since, 2: punctuation since
  for (let i = 0; i < n; i++) {
    const v = classes[text.charCodeAt(i)] as number;
    const k = v >>> 16;
    let sym = v & 0xffff;
    if (k === WORD) {
      if (last === WORD && pending === 0) {
        // Inside a word at the root: no pattern starts mid-word, so there is nothing to do.
        if (s === 0) continue;
      } else {
        if (pending !== 0) {
          if (last !== 0 && last !== CJK && s !== 0) {
            s = step(base, check, fail, s, SYM_SPACE);
            ring[++emitted & MASK] = i;
          } else if (last === CJK && pending === 2) s = 0;
          pending = 0;
        }
        last = WORD;
        s = step(base, check, fail, s, SYM_BOUNDARY);
        ring[++emitted & MASK] = i;
      }
    } else if (k === SPACE) {
      if (pending === 0) pending = 1;
      continue;
    } else if (k === HARD) {
      pending = 2;
      continue;
    } else if (k === SKIP) {
      continue;
    } else {
      if (pending !== 0) {
        if (last !== 0) {
          if (last === CJK || k === CJK) {
            if (pending === 2) s = 0;
          } else if (s !== 0) {
            s = step(base, check, fail, s, SYM_SPACE);
            ring[++emitted & MASK] = i;
          }
        }
        pending = 0;
      }
      last = k;
    }
    if (sym === 0) {
      s = 0;
      continue;
    }
    s = step(base, check, fail, s, sym);
    ring[++emitted & MASK] = i;
    let r = report[s] as number;
    while (r >= 0) {
      const p = patternAt[r] as number;
      if (patternEndsWord[p] === 0 || !wordContinues(classes, text, i + 1)) {
        out.push(ring[(emitted - (patternLength[p] as number) + 1) & MASK] as number, i + 1, p);
      }
      r = report[fail[r] as number] as number;
    }
  }
}

/** One automaton step: the goto on `sym`, following fail links until it exists or the root is hit. */
function step(
  base: Int32Array,
  check: Int32Array,
  fail: Int32Array,
  s: number,
  sym: number,
): number {
  for (;;) {
    const t = (base[s] as number) + sym;
    if (check[t] === s) return t;
    if (s === 0) return 0;
    s = fail[s] as number;
  }
}

/** True when the unit at `i` (skipping invisible ones) continues a word: a match may not end here. */
function wordContinues(classes: Uint32Array, text: string, i: number): boolean {
  for (; i < text.length; i++) {
    const k = (classes[text.charCodeAt(i)] as number) >>> 16;
    if (k !== SKIP) return k === WORD;
  }
  return false;
}

/** Longest-leftmost, non-overlapping selection of one block's raw matches (start, end, pattern triples). */
export function selectMatches(matcher: Matcher, block: number, raw: number[], out: Match[]): void {
  const count = raw.length / 3;
  if (count === 0) return;
  const order = Array.from({ length: count }, (_, i) => i);
  // Leftmost first, then longest, then the earlier cue in the dataset (stable for ties).
  order.sort((a, b) => {
    const d = (raw[a * 3] as number) - (raw[b * 3] as number);
    if (d !== 0) return d;
    const e = (raw[b * 3 + 1] as number) - (raw[a * 3 + 1] as number);
    if (e !== 0) return e;
    return (raw[a * 3 + 2] as number) - (raw[b * 3 + 2] as number);
  });
  let reached = -1;
  for (const m of order) {
    const start = raw[m * 3] as number;
    if (start < reached) continue;
    const end = raw[m * 3 + 1] as number;
    out.push({ block, start, end, cue: matcher.patternCue[raw[m * 3 + 2] as number] as number });
    reached = end;
  }
}

/** Every non-overlapping cue match in the blocks, sorted by block then start. */
export function findMatches(matcher: Matcher, blocks: readonly string[]): Match[] {
  const out: Match[] = [];
  const raw: number[] = [];
  for (let b = 0; b < blocks.length; b++) {
    raw.length = 0;
    scanBlock(matcher, blocks[b] as string, raw);
    selectMatches(matcher, b, raw, out);
  }
  return out;
}

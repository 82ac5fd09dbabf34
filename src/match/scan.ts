/**
 * The page scan: one pass over each block's code units, normalising on the fly (one table read per
 * unit) and stepping the automaton, with no string built and nothing allocated per character.
 * Returns every match, then keeps the longest-leftmost ones that do not overlap.
 */
import * as chars from '../text/char-class';
import * as compiled from './compile';
import { MAX_PATTERN_SYMBOLS, type Matcher } from './compile';

// Local literal copies of the kinds and reserved symbols: imported bindings are live and cost a
// lookup per use in an unbundled ESM loader (tsx, Vitest); literals compile to immediates.
const WORD = 1;
const CJK = 2;
const SPACE = 3;
const HARD = 4;
const SKIP = 5;
const SYM_BOUNDARY = 1;
const SYM_SPACE = 2;
if (
  WORD !== chars.WORD ||
  CJK !== chars.CJK ||
  SPACE !== chars.SPACE ||
  HARD !== chars.HARD ||
  SKIP !== chars.SKIP ||
  SYM_BOUNDARY !== compiled.SYM_BOUNDARY ||
  SYM_SPACE !== compiled.SYM_SPACE
) {
  throw new Error('scan.ts constants out of step with char-class.ts / compile.ts');
}

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
// The last RING symbols: offset << 1, plus 1 for a separator. A segment's start offset and the
// separator before it are read back from here. Shared: the scan is synchronous, never re-entered.
const ring = new Int32Array(RING);

/**
 * Every non-overlapping cue match in the blocks, sorted by block then start. One function for all
 * blocks, so a page of many small blocks pays the set-up once.
 */
export function findMatches(matcher: Matcher, blocks: readonly string[]): Match[] {
  const found: Match[] = [];
  const out: number[] = [];
  const { classes } = matcher;
  const { base, check, fail, report, patternAt } = matcher.automaton;
  const chain = new Chain(matcher, out);
  // The state after a word boundary from the root: where almost every match begins.
  const rootWord =
    check[(base[0] as number) + SYM_BOUNDARY] === 0 ? (base[0] as number) + SYM_BOUNDARY : 0;
  // Symbols are counted across blocks (with a gap between), so chaining needs no reset per block.
  let emitted = 0;
  for (let b = 0; b < blocks.length; b++) {
    const text = blocks[b] as string;
    const n = text.length;
    let s = 0;
    emitted += 4;
    let inWord = false; // the last visible unit was a word letter, with no separator since
    let lastCjk = false; // the last visible unit was CJK
    let started = false; // a visible unit has been seen
    let pending = 0; // 1: white space since the last visible unit, 2: punctuation
    for (let i = 0; i < n; i++) {
      const v = classes[text.charCodeAt(i)] as number;
      let sym: number;
      if (v < 0x10000) {
        // A word letter (kind 0 in the table).
        if (inWord) {
          if (s === 0) {
            // Inside a word at the root: no segment starts mid-word, so skip to the word's end
            // in a tight loop, only counting the symbols (a SKIP unit ends the run early).
            const from = i;
            while (i + 1 < n && (classes[text.charCodeAt(i + 1)] as number) < 0x10000) i++;
            emitted += i - from + 1;
            continue;
          }
        } else {
          if (pending !== 0) {
            if (lastCjk) {
              if (pending === 2) {
                s = 0;
                ring[++emitted & MASK] = 0;
              }
            } else if (started) {
              if (s !== 0) s = step(base, check, fail, s, SYM_SPACE);
              ring[++emitted & MASK] = (i << 1) | 1;
            }
            pending = 0;
          }
          s = s === 0 ? rootWord : step(base, check, fail, s, SYM_BOUNDARY);
          ring[++emitted & MASK] = i << 1;
          inWord = true;
          lastCjk = false;
          started = true;
        }
        sym = v;
      } else {
        const k = v >>> 16;
        if (k === SPACE) {
          if (pending === 0) pending = 1;
          inWord = false;
          continue;
        }
        if (k === HARD) {
          pending = 2;
          inWord = false;
          continue;
        }
        if (k === SKIP) continue;
        // CJK or kept punctuation.
        const cjk = k === CJK;
        if (pending !== 0) {
          if (started) {
            if (lastCjk || cjk) {
              if (pending === 2) {
                s = 0;
                ring[++emitted & MASK] = 0;
              }
            } else {
              if (s !== 0) s = step(base, check, fail, s, SYM_SPACE);
              ring[++emitted & MASK] = (i << 1) | 1;
            }
          }
          pending = 0;
        }
        inWord = false;
        lastCjk = cjk;
        started = true;
        sym = v & 0xffff;
      }
      ring[++emitted & MASK] = i << 1;
      if (sym === 0) {
        s = 0;
        continue;
      }
      // The goto on `sym`, following fail links until it exists or the root is reached (inlined).
      for (;;) {
        const t = (base[s] as number) + sym;
        if (check[t] === s) {
          s = t;
          break;
        }
        if (s === 0) break;
        s = fail[s] as number;
      }
      let r = report[s] as number;
      if (r >= 0) {
        // The mark takes in invisible units attached to its last letter (a combining accent).
        const end = afterInvisible(classes, text, i + 1);
        const wordGoesOn = end < n && (classes[text.charCodeAt(end)] as number) < 0x10000;
        while (r >= 0) {
          chain.segment(patternAt[r] as number, emitted, end, wordGoesOn);
          r = report[fail[r] as number] as number;
        }
      }
    }
    if (out.length > 0) {
      selectMatches(b, out, found);
      out.length = 0;
    }
  }
  return found;
}

/**
 * Chains segments into cues: a segment that can start its cue opens a partial match; one that
 * continues a partial waiting at its start index extends it; a partial that reaches a slot after
 * which nothing is required is a match. Partials wait in buckets keyed by the symbol index where
 * their next segment must start (at most a segment's length back, so 256 buckets suffice).
 */
class Chain {
  private readonly tags = new Float64Array(RING).fill(-1);
  private readonly waiting: number[][] = Array.from({ length: RING }, () => []);
  private readonly m: Matcher;
  private readonly out: number[];

  constructor(matcher: Matcher, out: number[]) {
    this.m = matcher;
    this.out = out;
  }

  /** Segment `g` ends at symbol index `last`; `end` is its end offset in the block. */
  segment(g: number, last: number, end: number, wordGoesOn: boolean): void {
    const m = this.m;
    const first = last - (m.segmentLength[g] as number) + 1;
    const startOffset = (ring[first & MASK] as number) >> 1;
    const endsOk = m.segmentEndsWord[g] === 0 || !wordGoesOn;
    const from = m.useStart[g] as number;
    const to = m.useStart[g + 1] as number;
    for (let u = from; u < to; u++) {
      const slot = m.useSlot[u] as number;
      if (m.slotCanStart[slot] === 1) this.advance(slot, startOffset, last, end, endsOk);
    }
    const bucket = first & MASK;
    if (this.tags[bucket] !== first) return;
    const entries = this.waiting[bucket] as number[];
    // The separator a partial may require sits just before this segment.
    const afterSpace = ((ring[(first - 1) & MASK] as number) & 1) === 1;
    for (let e = 0; e < entries.length; e += 3) {
      const slot = entries[e] as number;
      if (entries[e + 2] === 1 && !afterSpace) continue;
      for (let u = from; u < to; u++) {
        if (m.useSlot[u] === slot) {
          this.advance(slot, entries[e + 1] as number, last, end, endsOk);
          break;
        }
      }
    }
  }

  /** A partial match of `slot`'s cue, started at `startOffset`, has just filled `slot`. */
  private advance(
    slot: number,
    startOffset: number,
    last: number,
    end: number,
    endsOk: boolean,
  ): void {
    const m = this.m;
    if (m.slotCanEnd[slot] === 1 && endsOk)
      this.out.push(startOffset, end, m.slotCue[slot] as number);
    const to = m.nextStart[slot + 1] as number;
    for (let k = m.nextStart[slot] as number; k < to; k++) {
      const space = m.nextSpace[k] as number;
      const at = last + 1 + space;
      const bucket = at & MASK;
      const entries = this.waiting[bucket] as number[];
      if (this.tags[bucket] !== at) {
        this.tags[bucket] = at;
        entries.length = 0;
      }
      entries.push(m.nextSlot[k] as number, startOffset, space);
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

/** The index of the first unit at or after `i` that is not invisible (SKIP). */
function afterInvisible(classes: Uint32Array, text: string, i: number): number {
  while (i < text.length && (classes[text.charCodeAt(i)] as number) >>> 16 === SKIP) i++;
  return i;
}

let order = new Int32Array(64);

/** Longest-leftmost, non-overlapping selection of one block's raw matches (start, end, cue triples). */
export function selectMatches(block: number, raw: number[], out: Match[]): void {
  const count = raw.length / 3;
  if (count === 0) return;
  if (order.length < count) order = new Int32Array(count * 2);
  // Insertion sort: leftmost first, then longest, then the earlier cue. Raw matches arrive
  // sorted by end, so this is near linear for the usual handful; hostile input is capped upstream.
  for (let a = 0; a < count; a++) {
    let j = a;
    while (j > 0 && before(raw, a, order[j - 1] as number)) {
      order[j] = order[j - 1] as number;
      j--;
    }
    order[j] = a;
  }
  let reached = -1;
  for (let o = 0; o < count; o++) {
    const m = order[o] as number;
    const start = raw[m * 3] as number;
    if (start < reached) continue;
    const end = raw[m * 3 + 1] as number;
    out.push({ block, start, end, cue: raw[m * 3 + 2] as number });
    reached = end;
  }
}

function before(raw: number[], a: number, b: number): boolean {
  const d = (raw[a * 3] as number) - (raw[b * 3] as number);
  if (d !== 0) return d < 0;
  const e = (raw[b * 3 + 1] as number) - (raw[a * 3 + 1] as number);
  if (e !== 0) return e < 0;
  return (raw[a * 3 + 2] as number) < (raw[b * 3 + 2] as number);
}

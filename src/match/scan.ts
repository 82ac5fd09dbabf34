/**
 * The page scan: one pass over each block's code units, reading a word's letters in a tight loop
 * that hashes them (one table read and one multiply per unit) and looking the word up once in the
 * matcher's word table; the automaton steps once per token a cue uses. Nothing is allocated per
 * character. Returns every match, then keeps the longest-leftmost ones that do not overlap.
 */
import { childOf } from './automaton';
import * as chars from '../text/char-class';
import { MAX_PATTERN_SYMBOLS, WORD_HASH, WORD_SLOT, type Matcher } from './matcher';

// Local literal copies: imported bindings are live and cost a lookup per use in an unbundled ESM
// loader (tsx, Vitest); literals compile to immediates.
const CJK = 2;
const SPACE = 3;
const HARD = 4;
const SKIP = 5;
const OTHER = 6;
const HASH = 0x01000193;
const SLOT = 0x9e3779b1;
if (
  CJK !== chars.CJK ||
  SPACE !== chars.SPACE ||
  HARD !== chars.HARD ||
  SKIP !== chars.SKIP ||
  OTHER !== chars.OTHER ||
  HASH !== WORD_HASH ||
  SLOT !== WORD_SLOT
) {
  throw new Error('scan.ts constants out of step with char-class.ts / matcher.ts');
}

/** A cue found in a block: UTF-16 offsets into the original block, end exclusive. */
export interface Match {
  readonly block: number;
  readonly start: number;
  readonly end: number;
  /** Index into the matcher's cue table. */
  readonly cue: number;
}

const RING = 256; // > MAX_PATTERN_SYMBOLS >= any segment's tokens, a power of two
const MASK = RING - 1;
if (MAX_PATTERN_SYMBOLS >= RING) throw new Error('ring too small');
// The last RING tokens: start offset << 2, plus 2 for a kept mark, plus 1 when a separator stands
// before it. A segment's start and spacing are read back from here. Shared: the scan is
// synchronous, never re-entered.
const ring = new Int32Array(RING);

/**
 * Concept words found, four numbers each (no object per word: a page may hold hundreds of
 * thousands): block, start, end, and the term's index in `table.terms`.
 */
export type TermHits = number[];

/**
 * Every non-overlapping cue match in the blocks, sorted by block then start. One function for all
 * blocks, so a page of many small blocks pays the set-up once. Concept words (matches numbered
 * from `table.cues.length`) are not cues: each is pushed to `terms`, when given, overlaps and all,
 * sorted by block then start.
 */
export function findMatches(
  matcher: Matcher,
  blocks: readonly string[],
  terms?: TermHits,
): Match[] {
  const found: Match[] = [];
  const termsFrom = matcher.table.cues.length;
  const { classes, wordHashes, wordTokens, wordStart, wordSymbols, charToken } = matcher;
  const { automaton } = matcher;
  const { rootNext, firstChild, childCount, token: tokenOf, fail, report, patternAt } = automaton;
  const bits = 31 - Math.clz32(wordHashes.length);
  const mask = wordHashes.length - 1;
  const fullStop = classes[0x2e] as number;
  const chain = chainFor(matcher);
  // Tokens are counted across blocks (with a gap between), so chaining needs no reset per block.
  let emitted = 0;
  for (let b = 0; b < blocks.length; b++) {
    const text = blocks[b] as string;
    const n = text.length;
    let s = 0;
    emitted += 2;
    let lastCjk = false; // the last token was CJK
    let started = false; // a token has been seen
    let pending = 0; // 1: white space since the last token, 2: punctuation
    let i = 0;
    while (i < n) {
      let v = classes[text.charCodeAt(i)] as number;
      const from = i;
      let token: number;
      let end: number;
      let cjk = false;
      let mark = 0;
      if (v < 0x10000) {
        // A word (letters have kind 0): hash its letters, skipping invisible units inside it.
        let h = v;
        for (;;) {
          while (++i < n && (v = classes[text.charCodeAt(i)] as number) < 0x10000)
            h = (Math.imul(h, HASH) + v) | 0;
          end = i;
          if (i < n && v >>> 16 === SKIP) {
            let k = i + 1;
            while (k < n && (v = classes[text.charCodeAt(k)] as number) >>> 16 === SKIP) k++;
            if (k < n && v < 0x10000) {
              i = k;
              h = (Math.imul(h, HASH) + v) | 0;
              continue;
            }
          }
          break;
        }
        token = 0;
        h |= 1;
        for (
          let p = Math.imul(h, SLOT) >>> (32 - bits), x = wordHashes[p] as number;
          x !== 0;
          p = (p + 1) & mask, x = wordHashes[p] as number
        ) {
          if (x !== h) continue;
          const t = wordTokens[p] as number;
          if (
            sameWord(
              classes,
              text,
              from,
              end,
              wordSymbols,
              wordStart[t] as number,
              wordStart[t + 1] as number,
            )
          ) {
            token = t;
            break;
          }
        }
      } else {
        const k = v >>> 16;
        i++;
        if (k === SPACE) {
          if (pending === 0) pending = 1;
          continue;
        }
        if (k === HARD) {
          pending = 2;
          continue;
        }
        if (k === SKIP) continue;
        // A full stop before white space or the block's end is punctuation (`foldStream`), so an
        // abbreviation's reads as the cue's space ("urząd ds. cyberprzestrzeni" for "urząd ds
        // cyberprzestrzeni"); between letters or digits it stays a token ("u.s.", "1.5").
        if (
          v === fullStop &&
          (i === n || (classes[text.charCodeAt(i)] as number) >>> 16 === SPACE)
        ) {
          pending = 2;
          continue;
        }
        // A CJK character or a kept mark (apostrophe, decimal point).
        cjk = k === CJK;
        if (k === OTHER) mark = 2;
        token = charToken[v & 0xffff] as number;
        end = i;
      }
      if (token === 0) {
        // In no segment (most words of a page): it only breaks whatever came before.
        emitted++;
        s = 0;
        pending = 0;
        lastCjk = cjk;
        started = true;
        continue;
      }
      let spaced = 0;
      if (pending !== 0) {
        if (started) {
          if (lastCjk || cjk) {
            // Spaces next to CJK do not count; punctuation breaks the phrase.
            if (pending === 2) {
              s = 0;
              ring[++emitted & MASK] = 0;
            }
          } else spaced = 1;
        }
        pending = 0;
      }
      lastCjk = cjk;
      started = true;
      ring[++emitted & MASK] = (from << 2) | mark | spaced;
      // The goto on `token`, following fail links until it exists or the root is reached (inlined
      // for the root and for states of up to four children, nearly all of them).
      for (;;) {
        if (s === 0) {
          s = rootNext[token] as number;
          break;
        }
        const c = childCount[s] as number;
        let t = -1;
        if (c > 4) t = childOf(automaton, s, token);
        else {
          for (let u = firstChild[s] as number, z = u + c; u < z; u++) {
            if (tokenOf[u] === token) {
              t = u;
              break;
            }
          }
        }
        if (t >= 0) {
          s = t;
          break;
        }
        s = fail[s] as number;
      }
      let r = report[s] as number;
      if (r >= 0) {
        // The mark takes in invisible units attached to its last letter (a combining accent).
        const after = afterInvisible(classes, text, end);
        while (r >= 0) {
          chain.segment(patternAt[r] as number, emitted, after);
          r = report[fail[r] as number] as number;
        }
      }
    }
    if (chain.rawLength > 0) {
      const cueLength = takeTerms(b, chain.raw, chain.rawLength, termsFrom, terms);
      selectMatches(b, chain.raw, cueLength, found);
      chain.rawLength = 0;
    }
  }
  return found;
}

/** Whether the word `text[from .. to]` (invisible units skipped) has exactly the symbols `symbols[a .. z]`. */
function sameWord(
  classes: Uint32Array,
  text: string,
  from: number,
  to: number,
  symbols: Uint16Array,
  a: number,
  z: number,
): boolean {
  for (let i = from; i < to; i++) {
    const v = classes[text.charCodeAt(i)] as number;
    if (v >= 0x10000) continue;
    if (a === z || v !== symbols[a]) return false;
    a++;
  }
  return a === z;
}

/**
 * Chains segments into cues. A segment that fills a whole cue is a match at once. One that can
 * start a cue leaves an opener where the next segment must start (one entry, however many cues
 * start with it: a number may start hundreds); a segment found there expands it into the cues it
 * continues. A partial that fills a slot after which nothing is required is a match. Entries wait
 * in buckets keyed by the token index where their next segment must start (at most a segment's
 * length back, so 256 buckets suffice): an opener as (-1 - segment, start offset, 0), a partial
 * as (its next slot, start offset, 1 when a separator must come first).
 */
class Chain {
  private readonly tags = new Float64Array(RING).fill(-1);
  private readonly waiting: number[][] = Array.from({ length: RING }, () => []);
  readonly m: Matcher;
  /** Entries per bucket: the arrays keep their length (truncating an array is a slow call in V8). */
  private readonly sizes = new Int32Array(RING);
  /** The block's raw matches so far, as (start, end, cue) triples: `raw[0 .. rawLength]`. */
  readonly raw: number[] = [];
  rawLength = 0;

  constructor(matcher: Matcher) {
    this.m = matcher;
  }

  /** Empties the chain for a new scan, whose token indices start again at 0. */
  reset(): void {
    this.tags.fill(-1);
    this.rawLength = 0;
  }

  private emit(start: number, end: number, cue: number): void {
    const raw = this.raw;
    const k = this.rawLength;
    raw[k] = start;
    raw[k + 1] = end;
    raw[k + 2] = cue;
    this.rawLength = k + 3;
  }

  /** Segment `g` ends at token index `last`; `end` is its end offset in the block. */
  segment(g: number, last: number, end: number): void {
    const m = this.m;
    const first = last - (m.segmentLength[g] as number) + 1;
    if (m.segmentHasMark[g] === 1 && !marksTouch(first, last)) return;
    const head = ring[first & MASK] as number;
    const startOffset = head >> 2;
    const from = m.useStart[g] as number;
    for (let u = from, z = m.useWholeEnd[g] as number; u < z; u++)
      this.emit(startOffset, end, m.slotCue[m.useSlot[u] as number] as number);
    if (from < (m.useStartsEnd[g] as number)) this.wait(last + 1, -1 - g, startOffset, 0);
    const bucket = first & MASK;
    if (this.tags[bucket] !== first) return;
    const entries = this.waiting[bucket] as number[];
    // The separator an entry may require stands just before this segment.
    const afterSpace = (head & 1) === 1;
    // Entries pushed while this loop runs wait at a later index, never in this bucket.
    for (let e = 0, z = this.sizes[bucket] as number; e < z; e += 3) {
      const what = entries[e] as number;
      const start = entries[e + 1] as number;
      if (what >= 0) {
        if (entries[e + 2] === 0 || afterSpace) this.fill(what, g, start, last, end);
        continue;
      }
      // An opener: the cues its segment starts, continued by this one.
      const opener = -1 - what;
      for (let u = m.useStart[opener] as number; u < (m.useStartsEnd[opener] as number); u++) {
        const slot = m.useSlot[u] as number;
        for (let k = m.nextStart[slot] as number; k < (m.nextStart[slot + 1] as number); k++) {
          if (m.nextSpace[k] === 0 || afterSpace)
            this.fill(m.nextSlot[k] as number, g, start, last, end);
        }
      }
    }
  }

  /** Segment `g`, ending at `last`, fills `slot` of a partial match started at `start`, if it may. */
  private fill(slot: number, g: number, start: number, last: number, end: number): void {
    const m = this.m;
    // A slot has a few alternatives; a segment may fill hundreds of slots ("the", a number).
    for (
      let k = m.slotSegmentStart[slot] as number;
      k < (m.slotSegmentStart[slot + 1] as number);
      k++
    ) {
      if (m.slotSegment[k] !== g) continue;
      if (m.slotCanEnd[slot] === 1) this.emit(start, end, m.slotCue[slot] as number);
      for (let n = m.nextStart[slot] as number; n < (m.nextStart[slot + 1] as number); n++)
        this.wait(last + 1, m.nextSlot[n] as number, start, m.nextSpace[n] as number);
      return;
    }
  }

  /** Adds an entry waiting for a segment that starts at token index `at`. */
  private wait(at: number, what: number, start: number, space: number): void {
    const bucket = at & MASK;
    const entries = this.waiting[bucket] as number[];
    let size = this.sizes[bucket] as number;
    if (this.tags[bucket] !== at) {
      this.tags[bucket] = at;
      size = 0;
    }
    entries[size] = what;
    entries[size + 1] = start;
    entries[size + 2] = space;
    this.sizes[bucket] = size + 3;
  }
}

/**
 * The chain of the last scan, emptied, when it was `matcher`'s: a page read in steps scans a slice
 * per step, and 256 fresh buckets a step, grown anew each time, were 15% of what reading a
 * 10 MB page allocated (its collector's pauses fell in our tasks).
 */
let lastChain: Chain | undefined;
function chainFor(matcher: Matcher): Chain {
  if (lastChain?.m !== matcher) return (lastChain = new Chain(matcher));
  lastChain.reset();
  return lastChain;
}

/** A kept mark touches its neighbours in a cue ("people's", "1.5"): no separator on either side. */
function marksTouch(first: number, last: number): boolean {
  for (let j = first + 1; j <= last; j++) {
    const e = ring[j & MASK] as number;
    if ((e & 1) === 1 && ((e | (ring[(j - 1) & MASK] as number)) & 2) === 2) return false;
  }
  return true;
}

/** The index of the first unit at or after `i` that is not invisible (SKIP). */
function afterInvisible(classes: Uint32Array, text: string, i: number): number {
  while (i < text.length && (classes[text.charCodeAt(i)] as number) >>> 16 === SKIP) i++;
  return i;
}

/**
 * Moves one block's term matches out of `raw` (start, end, index triples) into `terms` (see
 * `TermHits`), sorted by start; returns the length of what stays, the cue matches.
 */
function takeTerms(
  block: number,
  raw: number[],
  length: number,
  termsFrom: number,
  terms: TermHits | undefined,
): number {
  let kept = 0;
  const from = terms?.length ?? 0;
  for (let k = 0; k < length; k += 3) {
    const cue = raw[k + 2] as number;
    if (cue < termsFrom) {
      raw[kept] = raw[k] as number;
      raw[kept + 1] = raw[k + 1] as number;
      raw[kept + 2] = cue;
      kept += 3;
    } else terms?.push(block, raw[k] as number, raw[k + 1] as number, cue - termsFrom);
  }
  // Raw matches arrive sorted by end: a short insertion sort puts the block's words in order.
  if (terms !== undefined) {
    for (let a = from + 4; a < terms.length; a += 4) {
      const start = terms[a + 1] as number;
      if ((terms[a - 3] as number) <= start) continue;
      const end = terms[a + 2] as number;
      const term = terms[a + 3] as number;
      let j = a;
      while (j > from && (terms[j - 3] as number) > start) {
        terms[j + 1] = terms[j - 3] as number;
        terms[j + 2] = terms[j - 2] as number;
        terms[j + 3] = terms[j - 1] as number;
        j -= 4;
      }
      terms[j + 1] = start;
      terms[j + 2] = end;
      terms[j + 3] = term;
    }
  }
  return kept;
}

let order = new Int32Array(64);

/** Longest-leftmost, non-overlapping selection of one block's raw matches: start, end, cue triples in `raw[0 .. length]`. */
function selectMatches(block: number, raw: number[], length: number, out: Match[]): void {
  const count = length / 3;
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

/**
 * The matcher the scanner walks, and how it is assembled from its prepared form. The prepared form
 * (`compile.ts` produces it; the build ships it as `matcher.generated.json`) holds everything that
 * costs string work (cue syntax, number words, folding, the page's character classes); assembling
 * is a few typed-array loops, the word table and a small automaton over words.
 *
 * The matcher works on tokens, not characters: a word of a spaced script (letters and digits, soft
 * hyphens and other invisible units skipped), one CJK character, or one kept mark (an apostrophe,
 * a decimal point). The page scan hashes each word as it reads its letters and looks it up once in
 * the word table: a word no cue uses (most of a page) costs its letters and one probe, whatever the
 * number of stories. Segments (the phrases a cue's slots may be) are token sequences, found by an
 * Aho-Corasick automaton over token ids. This module uses the character kinds, never their
 * tables: the page never builds them (`classes` comes prepared).
 */
import { CJK, OTHER } from '../text/char-class.ts';
import type { CueTable } from './cue-table.ts';
import { runToEnd } from '../steps.ts';
import { buildAutomatonInSteps, type Automaton, type PatternSet } from './automaton.ts';

/** Longest segment, in folded characters; the scanner remembers this many recent tokens. */
export const MAX_PATTERN_SYMBOLS = 250;

/** The word hash's multiplier: `h = h * WORD_HASH + symbol` (32 bits) per letter, from h = 0. */
export const WORD_HASH = 0x01000193;

export interface Matcher {
  readonly table: CueTable;
  readonly automaton: Automaton;
  /**
   * Per code unit: kind << 16 | symbol (symbol 0 when the folded character is in no segment). Word
   * letters, by far the most frequent, have kind 0 here so the scanner tests them with one compare.
   */
  readonly classes: Uint32Array;
  /**
   * Open addressing on word hashes: `wordHashes[p]` is a word's hash with its lowest bit set (0: an
   * empty slot, so a probe reads one array), `wordTokens[p]` its token.
   */
  readonly wordHashes: Int32Array;
  readonly wordTokens: Int32Array;
  /** A word token's symbols, `wordSymbols[wordStart[t] .. wordStart[t + 1]]` (empty for other tokens). */
  readonly wordStart: Int32Array;
  readonly wordSymbols: Uint16Array;
  /** Per symbol of a CJK character or kept mark: its token (0 when no segment has it). */
  readonly charToken: Int32Array;
  /** Per segment: its length in tokens, and whether it holds a kept mark (which must touch its neighbours). */
  readonly segmentLength: Uint16Array;
  readonly segmentHasMark: Uint8Array;
  /**
   * Per segment: the slots it may fill, `useSlot[useStart[g] .. useStart[g + 1]]`, in three runs:
   * slots where a cue may both start and end (the segment is a whole match) up to `useWholeEnd[g]`,
   * other slots where a cue may start up to `useStartsEnd[g]`, then slots that continue a cue.
   */
  readonly useStart: Int32Array;
  readonly useWholeEnd: Int32Array;
  readonly useStartsEnd: Int32Array;
  readonly useSlot: Int32Array;
  /** Per slot: the segments that may fill it, `slotSegment[slotSegmentStart[j] ..]` (the inverse of uses). */
  readonly slotSegmentStart: Int32Array;
  readonly slotSegment: Int32Array;
  /**
   * Per slot (all cues' slots in one numbering): its cue, and whether a match may end there (where
   * one may start is in the use runs above).
   */
  readonly slotCue: Int32Array;
  readonly slotCanEnd: Uint8Array;
  /** Per slot: the slots that may follow it (through optional ones), `nextSlot[nextStart[j] ..]`. */
  readonly nextStart: Int32Array;
  readonly nextSlot: Int32Array;
  /** Per next-slot link: 1 when a separator must stand between the two segments. */
  readonly nextSpace: Uint8Array;
  /** Phrases dropped, for the dataset's authors. */
  readonly diagnostics: readonly string[];
}

/**
 * A matcher as plain JSON, shaped to gzip small next to the cue table. Segments are written as the
 * folded characters they stand for, i.e. nearly as the cues' own text, which gzip finds again: a
 * folded character is its own fold, so `classes` maps it back to its symbol; `~` ends each segment
 * (a separator, never a folded character). Slot arrays are counts where the offsets follow from them.
 */
export interface PreparedMatcher {
  /** `classes` run-length coded: count, value, count, value… covering all 64 Ki code units. */
  readonly classRuns: readonly number[];
  /** All segments' folded characters, each followed by `~`. */
  readonly segments: string;
  /**
   * Per segment: how many slots it may fill (`useSlot` holds them, segment after segment, in the
   * three runs `Matcher.useStart` describes).
   */
  readonly useCount: readonly number[];
  readonly useSlot: readonly number[];
  /** Per cue: its number of slots (slots are numbered cue after cue). */
  readonly cueSlotCount: readonly number[];
  readonly slotCanStart: readonly number[];
  readonly slotCanEnd: readonly number[];
  /** Per slot: how many slots may follow it; they are the next ones of its cue, in order. */
  readonly nextCount: readonly number[];
  readonly nextSpace: readonly number[];
  readonly diagnostics: readonly string[];
}

export const PREPARED_END = '~';
const END_UNIT = 0x7e;
/** Tokenising yields every 16,384 units of the segments' text (a few milliseconds, cold). */
const STEP_MASK = 0x3fff;

/** Fibonacci hashing's multiplier, for a word table slot (the scan inlines it). */
export const WORD_SLOT = 0x9e3779b1;

/** The word table's slot for a hash (Fibonacci hashing onto `bits` bits). */
export function wordSlot(hash: number, bits: number): number {
  return Math.imul(hash, WORD_SLOT) >>> (32 - bits);
}

function offsetsOf(counts: readonly number[]): Int32Array {
  const offsets = new Int32Array(counts.length + 1);
  for (let i = 0; i < counts.length; i++)
    offsets[i + 1] = (offsets[i] as number) + (counts[i] as number);
  return offsets;
}

/** Inserts token `t` under `key` (a hash with its lowest bit set) into a word table with a free slot. */
function putWord(hashes: Int32Array, tokens: Int32Array, key: number, t: number): void {
  const bits = 31 - Math.clz32(hashes.length);
  const mask = hashes.length - 1;
  let p = wordSlot(key, bits);
  while (hashes[p] !== 0) p = (p + 1) & mask;
  hashes[p] = key;
  tokens[p] = t;
}

/**
 * The segments' words and characters as tokens: the word table, each CJK character's or kept
 * mark's token, and the segments as token sequences (the automaton's patterns).
 */
function* tokenizeInSteps(text: string, classes: Uint32Array, segmentCount: number) {
  let hashes = new Int32Array(64);
  let wordTokens = new Int32Array(64);
  // Token t's symbols are `symbols[bounds[t] .. bounds[t + 1]]`; token 0 ("in no segment") has none.
  const bounds: number[] = [0, 0];
  const symbols = new Uint16Array(text.length);
  let symbolCount = 0;
  const charToken = new Int32Array(0x10000);
  const tokens = new Int32Array(text.length);
  const offsets = new Int32Array(segmentCount + 1);
  const hasMark = new Uint8Array(segmentCount);
  let n = 0;
  let g = 0;
  let wordFrom = -1; // where the word being read starts in `symbols`, or -1
  let hash = 0;
  const endWord = (): void => {
    if (wordFrom < 0) return;
    const key = hash | 1;
    const mask = hashes.length - 1;
    let token = 0;
    for (
      let p = wordSlot(key, 31 - Math.clz32(hashes.length));
      hashes[p] !== 0;
      p = (p + 1) & mask
    ) {
      const t = wordTokens[p] as number;
      if (hashes[p] === key && sameSymbols(symbols, bounds, t, wordFrom, symbolCount)) {
        token = t;
        break;
      }
    }
    if (token === 0) {
      token = bounds.length - 1;
      bounds.push(symbolCount);
      // At most an eighth full: nearly every word of a page is absent, and its probe then almost
      // always ends at the first slot, a branch the CPU predicts (at half full, one in three
      // probes went on, mispredicted: the scan of the bench's text took 10-15% longer).
      if (token * 8 > hashes.length) {
        const oldHashes = hashes;
        const oldTokens = wordTokens;
        hashes = new Int32Array(oldHashes.length * 2);
        wordTokens = new Int32Array(oldHashes.length * 2);
        for (let p = 0; p < oldHashes.length; p++) {
          if (oldHashes[p] !== 0)
            putWord(hashes, wordTokens, oldHashes[p] as number, oldTokens[p] as number);
        }
      }
      putWord(hashes, wordTokens, key, token);
    } else symbolCount = wordFrom; // known word: drop the copy
    tokens[n++] = token;
    wordFrom = -1;
  };
  for (let i = 0; i < text.length; i++) {
    if ((i & STEP_MASK) === STEP_MASK) yield;
    const unit = text.charCodeAt(i);
    const v = classes[unit] as number;
    if (unit === END_UNIT) {
      endWord();
      offsets[++g] = n;
    } else if (v < 0x10000) {
      if (wordFrom < 0) {
        wordFrom = symbolCount;
        hash = 0;
      }
      symbols[symbolCount++] = v;
      hash = (Math.imul(hash, WORD_HASH) + v) | 0;
    } else {
      endWord();
      const kind = v >>> 16;
      if (kind === CJK || kind === OTHER) {
        const symbol = v & 0xffff;
        if (charToken[symbol] === 0) {
          charToken[symbol] = bounds.length - 1;
          bounds.push(symbolCount);
        }
        tokens[n++] = charToken[symbol] as number;
        if (kind === OTHER) hasMark[g] = 1;
      }
    }
  }
  return {
    wordHashes: hashes,
    wordTokens,
    wordStart: Int32Array.from(bounds),
    wordSymbols: symbols.slice(0, symbolCount),
    charToken,
    tokens: tokens.subarray(0, n),
    offsets,
    hasMark,
    tokenCount: bounds.length - 1,
  };
}

/** Whether token `t`'s symbols equal `symbols[from .. to]`. */
function sameSymbols(
  symbols: Uint16Array,
  bounds: readonly number[],
  t: number,
  from: number,
  to: number,
): boolean {
  const a = bounds[t] as number;
  if ((bounds[t + 1] as number) - a !== to - from) return false;
  for (let k = 0; k < to - from; k++) if (symbols[a + k] !== symbols[from + k]) return false;
  return true;
}

function classesOf(prepared: PreparedMatcher): Uint32Array {
  const classes = new Uint32Array(0x10000);
  const runs = prepared.classRuns;
  for (let r = 0, at = 0; r < runs.length; r += 2) {
    const count = runs[r] as number;
    classes.fill(runs[r + 1] as number, at, at + count);
    at += count;
  }
  return classes;
}

/** The segments as the automaton's patterns (token sequences), as the page assembles them. */
export function segmentPatterns(prepared: PreparedMatcher): PatternSet {
  const words = runToEnd(
    tokenizeInSteps(prepared.segments, classesOf(prepared), prepared.useCount.length),
  );
  return { symbols: words.tokens, offsets: words.offsets };
}

/** Builds the matcher from its prepared form (the part of compiling that needs no string work). */
export function assembleMatcher(table: CueTable, prepared: PreparedMatcher): Matcher {
  return runToEnd(assembleMatcherInSteps(table, prepared));
}

/**
 * `assembleMatcher` in steps: with twelve languages' words it takes tens of milliseconds cold, too
 * long for one task of the page's main thread.
 */
export function* assembleMatcherInSteps(
  table: CueTable,
  prepared: PreparedMatcher,
): Generator<void, Matcher> {
  const classes = classesOf(prepared);
  const count = prepared.useCount.length;
  const words = yield* tokenizeInSteps(prepared.segments, classes, count);
  yield;
  const segmentLength = new Uint16Array(count);
  for (let g = 0; g < count; g++)
    segmentLength[g] = (words.offsets[g + 1] as number) - (words.offsets[g] as number);
  const slotCue = new Int32Array(prepared.nextCount.length);
  for (let c = 0, j = 0; c < prepared.cueSlotCount.length; c++) {
    for (let k = prepared.cueSlotCount[c] as number; k > 0; k--) slotCue[j++] = c;
  }
  const useStart = offsetsOf(prepared.useCount);
  const useSlot = Int32Array.from(prepared.useSlot);
  const slotCanStart = prepared.slotCanStart;
  const slotCanEnd = Uint8Array.from(prepared.slotCanEnd);
  const useWholeEnd = new Int32Array(count);
  const useStartsEnd = new Int32Array(count);
  for (let g = 0; g < count; g++) {
    const to = useStart[g + 1] as number;
    let u = useStart[g] as number;
    while (
      u < to &&
      slotCanStart[useSlot[u] as number] === 1 &&
      slotCanEnd[useSlot[u] as number] === 1
    )
      u++;
    useWholeEnd[g] = u;
    while (u < to && slotCanStart[useSlot[u] as number] === 1) u++;
    useStartsEnd[g] = u;
  }
  const slotSegmentStart = new Int32Array(slotCue.length + 1);
  for (const j of useSlot) slotSegmentStart[j + 1] = (slotSegmentStart[j + 1] as number) + 1;
  for (let j = 0; j < slotCue.length; j++)
    slotSegmentStart[j + 1] = (slotSegmentStart[j + 1] as number) + (slotSegmentStart[j] as number);
  const slotSegment = new Int32Array(useSlot.length);
  const filled = slotSegmentStart.slice(0, slotCue.length);
  for (let g = 0; g < count; g++) {
    for (let u = useStart[g] as number; u < (useStart[g + 1] as number); u++) {
      const j = useSlot[u] as number;
      const at = filled[j] as number;
      slotSegment[at] = g;
      filled[j] = at + 1;
    }
  }
  yield;
  const nextStart = offsetsOf(prepared.nextCount);
  const nextSlot = new Int32Array(nextStart[slotCue.length] as number);
  for (let j = 0, e = 0; j < slotCue.length; j++) {
    for (let k = prepared.nextCount[j] as number, to = j + 1; k > 0; k--) nextSlot[e++] = to++;
  }
  yield;
  const automaton = yield* buildAutomatonInSteps(
    { symbols: words.tokens, offsets: words.offsets },
    words.tokenCount,
  );
  return {
    table,
    automaton,
    classes,
    wordHashes: words.wordHashes,
    wordTokens: words.wordTokens,
    wordStart: words.wordStart,
    wordSymbols: words.wordSymbols,
    charToken: words.charToken,
    segmentLength,
    segmentHasMark: words.hasMark,
    useStart,
    useWholeEnd,
    useStartsEnd,
    useSlot,
    slotSegmentStart,
    slotSegment,
    slotCue,
    slotCanEnd,
    nextStart,
    nextSlot,
    nextSpace: Uint8Array.from(prepared.nextSpace),
    diagnostics: prepared.diagnostics,
  };
}

/**
 * The matcher the scanner walks, and how it is assembled from its prepared form. The prepared form
 * (`compile.ts` produces it; the build ships it as `matcher.generated.json`) holds everything that
 * costs string work (cue syntax, number words, folding, the page's character classes); assembling
 * is a few typed-array loops plus the automaton build: about 1 ms warm, 3–10 ms cold (nearly all of
 * it the automaton's breadth-first build, linear in its ~8K states), against 25–50 ms cold for a full
 * compile. The automaton is not shipped built: its fail links alone gzip to ~7 KB. This module
 * imports no character tables: the page never builds them.
 */
import type { CueTable } from './cue-table';
import { buildAutomaton, type Automaton } from './double-array';

/** Longest segment, in symbols; the scanner remembers this many recent offsets. */
export const MAX_PATTERN_SYMBOLS = 250;
export const SYM_BOUNDARY = 1;
export const SYM_SPACE = 2;

export interface Matcher {
  readonly table: CueTable;
  readonly automaton: Automaton;
  /**
   * Per code unit: kind << 16 | symbol (symbol 0 when the folded character is in no pattern). Word
   * letters, by far the most frequent, have kind 0 here so the scanner tests them with one compare.
   */
  readonly classes: Uint32Array;
  /** Per segment: its length in symbols, and whether it ends with a word letter. */
  readonly segmentLength: Uint16Array;
  readonly segmentEndsWord: Uint8Array;
  /** Per segment: the slots it may fill, `useSlot[useStart[g] .. useStart[g + 1]]`. */
  readonly useStart: Int32Array;
  readonly useSlot: Int32Array;
  /** Per slot (all cues' slots in one numbering): its cue, and whether a match may start or end there. */
  readonly slotCue: Int32Array;
  readonly slotCanStart: Uint8Array;
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
 * A matcher as plain JSON, shaped to gzip small next to the cue table. Segments are numbered in the
 * order of their symbols, so the automaton build needs no sort. They are written as the folded
 * characters they stand for, i.e. nearly as the cues' own text, which gzip finds again: a folded
 * character is its own fold, so `classes` maps it back to its symbol; the word boundary before a
 * word letter that follows no word letter is implied (`foldStream` always puts one there), `^`
 * marks a segment that starts glued to a word, and `~` ends each segment (separators, never folded
 * characters). Slot arrays are counts where the offsets follow from them.
 */
export interface PreparedMatcher {
  readonly alphabetSize: number;
  /** `classes` run-length coded: count, value, count, value… covering all 64 Ki code units. */
  readonly classRuns: readonly number[];
  /** All segments' folded characters, each followed by `~`. */
  readonly segments: string;
  /** Per segment: how many slots it may fill (`useSlot` holds them, segment after segment). */
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

export const PREPARED_GLUED = '^';
export const PREPARED_END = '~';
const GLUED_UNIT = 0x5e;
const END_UNIT = 0x7e;

/**
 * Segments' symbols from their prepared text, into `symbols` from index 0; calls `done(g, n, end)`
 * as segment `g` ends, `n` symbols written so far, `end` the index of its `~`. Returns the count.
 */
export function decodeSegments(
  text: string,
  classes: Uint32Array,
  symbols: Uint16Array,
  done: (g: number, n: number, end: number) => void,
): number {
  let n = 0;
  let g = 0;
  let afterWord = false; // the previous unit was a word letter (class below 0x10000: kind 0)
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit === END_UNIT) {
      done(g++, n, i);
      afterWord = false;
    } else if (unit === GLUED_UNIT) {
      afterWord = true;
    } else {
      const v = classes[unit] as number;
      if (v < 0x10000) {
        if (!afterWord) symbols[n++] = SYM_BOUNDARY;
        afterWord = true;
      } else afterWord = false;
      symbols[n++] = v & 0xffff;
    }
  }
  return g;
}

function offsetsOf(counts: readonly number[]): Int32Array {
  const offsets = new Int32Array(counts.length + 1);
  for (let i = 0; i < counts.length; i++)
    offsets[i + 1] = (offsets[i] as number) + (counts[i] as number);
  return offsets;
}

/** Builds the matcher from its prepared form (the part of compiling that needs no string work). */
export function assembleMatcher(table: CueTable, prepared: PreparedMatcher): Matcher {
  const classes = new Uint32Array(0x10000);
  const runs = prepared.classRuns;
  for (let r = 0, at = 0; r < runs.length; r += 2) {
    const count = runs[r] as number;
    classes.fill(runs[r + 1] as number, at, at + count);
    at += count;
  }
  const count = prepared.useCount.length;
  // Boundaries are implied, so the text has at most as many units as symbols; one per word of room.
  const symbols0 = new Uint16Array(prepared.segments.length * 2);
  const offsets = new Int32Array(count + 1);
  const segmentLength = new Uint16Array(count);
  const segmentEndsWord = new Uint8Array(count);
  decodeSegments(prepared.segments, classes, symbols0, (g, n, end) => {
    offsets[g + 1] = n;
    segmentLength[g] = n - (offsets[g] as number);
    // Word letters are the only units whose class is below 0x10000 (kind 0).
    segmentEndsWord[g] =
      (classes[prepared.segments.charCodeAt(end - 1)] as number) < 0x10000 ? 1 : 0;
  });
  const symbols = symbols0.subarray(0, offsets[count]);
  const slotCue = new Int32Array(prepared.nextCount.length);
  for (let c = 0, j = 0; c < prepared.cueSlotCount.length; c++) {
    for (let k = prepared.cueSlotCount[c] as number; k > 0; k--) slotCue[j++] = c;
  }
  const nextStart = offsetsOf(prepared.nextCount);
  const nextSlot = new Int32Array(nextStart[slotCue.length] as number);
  for (let j = 0, e = 0; j < slotCue.length; j++) {
    for (let k = prepared.nextCount[j] as number, to = j + 1; k > 0; k--) nextSlot[e++] = to++;
  }
  return {
    table,
    automaton: buildAutomaton({ symbols, offsets }, prepared.alphabetSize),
    classes,
    segmentLength,
    segmentEndsWord,
    useStart: offsetsOf(prepared.useCount),
    useSlot: Int32Array.from(prepared.useSlot),
    slotCue,
    slotCanStart: Uint8Array.from(prepared.slotCanStart),
    slotCanEnd: Uint8Array.from(prepared.slotCanEnd),
    nextStart,
    nextSlot,
    nextSpace: Uint8Array.from(prepared.nextSpace),
    diagnostics: prepared.diagnostics,
  };
}

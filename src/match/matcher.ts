/**
 * The matcher the scanner walks, and how it is assembled from its prepared form. The prepared form
 * (`compile.ts` produces it; the build ships it as `matcher.generated.json`) holds everything that
 * costs string work (cue syntax, number words, folding, the page's character classes); assembling
 * is a few typed-array loops plus the automaton build, so a page pays well under the ~20 ms a full
 * compile costs cold. This module imports no character tables: the page never builds them.
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
 * A matcher as plain JSON, shaped to gzip small. Segments are numbered in the order of their
 * symbols, so the automaton build needs no sort. They are written as the folded characters they
 * stand for (text gzips well): a folded character is its own fold, so `classes` maps it back to its
 * symbol; the word boundary is written `|` and segments are separated by `~` (separators, never
 * folded characters). Index arrays are written as counts, which repeat more than offsets.
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
  readonly slotCue: readonly number[];
  readonly slotCanStart: readonly number[];
  readonly slotCanEnd: readonly number[];
  /** Per slot: how many slots may follow it (`nextSlot` holds them, slot after slot). */
  readonly nextCount: readonly number[];
  readonly nextSlot: readonly number[];
  readonly nextSpace: readonly number[];
  readonly diagnostics: readonly string[];
}

export const PREPARED_BOUNDARY = '|';
export const PREPARED_END = '~';
const BOUNDARY_UNIT = 0x7c;
const END_UNIT = 0x7e;

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
  const text = prepared.segments;
  const count = prepared.useCount.length;
  const symbols = new Uint16Array(text.length - count);
  const offsets = new Int32Array(count + 1);
  const segmentLength = new Uint16Array(count);
  const segmentEndsWord = new Uint8Array(count);
  for (let i = 0, n = 0, g = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit === END_UNIT) {
      segmentLength[g] = n - (offsets[g] as number);
      // Word letters are the only units whose class is below 0x10000 (kind 0).
      segmentEndsWord[g] = (classes[text.charCodeAt(i - 1)] as number) < 0x10000 ? 1 : 0;
      offsets[++g] = n;
    } else {
      symbols[n++] = unit === BOUNDARY_UNIT ? SYM_BOUNDARY : (classes[unit] as number) & 0xffff;
    }
  }
  return {
    table,
    automaton: buildAutomaton({ symbols, offsets }, prepared.alphabetSize),
    classes,
    segmentLength,
    segmentEndsWord,
    useStart: offsetsOf(prepared.useCount),
    useSlot: Int32Array.from(prepared.useSlot),
    slotCue: Int32Array.from(prepared.slotCue),
    slotCanStart: Uint8Array.from(prepared.slotCanStart),
    slotCanEnd: Uint8Array.from(prepared.slotCanEnd),
    nextStart: offsetsOf(prepared.nextCount),
    nextSlot: Int32Array.from(prepared.nextSlot),
    nextSpace: Uint8Array.from(prepared.nextSpace),
    diagnostics: prepared.diagnostics,
  };
}

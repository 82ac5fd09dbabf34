/**
 * Compiles a cue table into one matcher for all cues of all stories, in two levels:
 * - segments: every distinct phrase a cue's slot may be (numbers also spelled out in words),
 *   normalised by the page's own rules (`foldStream`), go into one Aho-Corasick automaton;
 * - chains: each cue is a sequence of slots; the scanner chains a slot's segment to the previous
 *   slot's when they are adjacent in the normalised text (one separator apart, or glued in CJK).
 * Memory and compile time grow with the cues' text, not with the product of their groups.
 */
import { CJK, FOLD, KIND, WORD } from '../text/char-class';
import { BOUNDARY_CODE, BREAK_CODE, SPACE_CODE, foldStream } from '../text/fold-stream';
import { withNumberWords } from '../text/number-words';
import type { CueTable } from './cue-table';
import { cueSlots } from './cue-slots';
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

/** Compiles the matcher (milliseconds for a story; linear in the size of the cue table). */
export function compileMatcher(table: CueTable): Matcher {
  const alphabet = new Map<number, number>([
    [BOUNDARY_CODE, SYM_BOUNDARY],
    [SPACE_CODE, SYM_SPACE],
  ]);
  const segments = new Map<string, number>();
  const segmentSymbols: number[][] = [];
  const segmentEndsWord: number[] = [];
  const uses: number[][] = [];
  const slotCue: number[] = [];
  const slotCanStart: number[] = [];
  const slotCanEnd: number[] = [];
  const nextStart: number[] = [];
  const nextSlot: number[] = [];
  const nextSpace: number[] = [];
  const diagnostics: string[] = [];

  const segment = (codes: number[]): number => {
    const syms = codes.map((code) => {
      let sym = alphabet.get(code);
      if (sym === undefined) {
        sym = alphabet.size + 1;
        alphabet.set(code, sym);
      }
      return sym;
    });
    const key = String.fromCharCode(...syms);
    let g = segments.get(key);
    if (g === undefined) {
      g = segmentSymbols.length;
      segments.set(key, g);
      segmentSymbols.push(syms);
      segmentEndsWord.push(KIND[codes[codes.length - 1] as number] === WORD ? 1 : 0);
      uses.push([]);
    }
    return g;
  };

  table.cues.forEach((cue, cueIndex) => {
    const slots = cueSlots(cue.text);
    const first = slotCue.length;
    // A separator is needed between two slots when the cue has white space there, unless CJK
    // stands on either side (the page's spaces next to CJK are not symbols).
    const edges: { firstCjk: boolean; lastCjk: boolean }[] = [];
    slots.forEach((slot, j) => {
      const id = first + j;
      let firstCjk = false;
      let lastCjk = false;
      for (const alternative of slot.alternatives) {
        for (const variant of withNumberWords(alternative, cue.lang)) {
          let { codes } = foldStream(variant);
          if (codes.length === 0 || codes.includes(BREAK_CODE)) continue;
          if (codes.length > MAX_PATTERN_SYMBOLS) {
            diagnostics.push(`cue "${cue.text}": phrase too long, dropped: ${variant}`);
            continue;
          }
          const lead = codes[0] === BOUNDARY_CODE ? (codes[1] as number) : (codes[0] as number);
          if (KIND[lead] === CJK) firstCjk = true;
          if (KIND[codes[codes.length - 1] as number] === CJK) lastCjk = true;
          const g = segment(codes);
          (uses[g] as number[]).push(id);
          // Glued to a previous slot (no space in the cue), a word goes on without a boundary.
          if (j > 0 && !slot.spaceBefore && codes[0] === BOUNDARY_CODE) {
            codes = codes.slice(1);
            if (codes.length > 0) (uses[segment(codes)] as number[]).push(id);
          }
        }
      }
      edges.push({ firstCjk, lastCjk });
      slotCue.push(cueIndex);
    });
    slots.forEach((_, j) => {
      let canStart = 1;
      for (let k = 0; k < j; k++) if (!slots[k]?.optional) canStart = 0;
      let canEnd = 1;
      for (let k = j + 1; k < slots.length; k++) if (!slots[k]?.optional) canEnd = 0;
      slotCanStart.push(canStart);
      slotCanEnd.push(canEnd);
      nextStart.push(nextSlot.length);
      let space = false;
      for (let k = j + 1; k < slots.length; k++) {
        const slot = slots[k];
        if (slot === undefined) break;
        if (slot.spaceBefore) space = true;
        const cjk = edges[j]?.lastCjk === true || edges[k]?.firstCjk === true;
        nextSlot.push(first + k);
        nextSpace.push(space && !cjk ? 1 : 0);
        if (!slot.optional) break;
      }
    });
  });
  nextStart.push(nextSlot.length);

  const alphabetSize = alphabet.size + 1;
  if (alphabetSize > 0xffff) throw new Error('too many distinct characters in cues');
  const offsets = new Int32Array(segmentSymbols.length + 1);
  let total = 0;
  segmentSymbols.forEach((syms, g) => {
    total += syms.length;
    offsets[g + 1] = total;
  });
  const symbols = new Uint16Array(total);
  segmentSymbols.forEach((syms, g) => symbols.set(syms, offsets[g]));
  const distinctUses = uses.map((u) => [...new Set(u)]);
  const useStart = new Int32Array(uses.length + 1);
  distinctUses.forEach((u, g) => (useStart[g + 1] = (useStart[g] as number) + u.length));
  const classes = new Uint32Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    const kind = KIND[c] as number;
    classes[c] = (kind === WORD ? 0 : kind << 16) | (alphabet.get(FOLD[c] as number) ?? 0);
  }
  return {
    table,
    automaton: buildAutomaton({ symbols, offsets }, alphabetSize),
    classes,
    segmentLength: Uint16Array.from(segmentSymbols, (s) => s.length),
    segmentEndsWord: Uint8Array.from(segmentEndsWord),
    useStart,
    useSlot: Int32Array.from(distinctUses.flat()),
    slotCue: Int32Array.from(slotCue),
    slotCanStart: Uint8Array.from(slotCanStart),
    slotCanEnd: Uint8Array.from(slotCanEnd),
    nextStart: Int32Array.from(nextStart),
    nextSlot: Int32Array.from(nextSlot),
    nextSpace: Uint8Array.from(nextSpace),
    diagnostics,
  };
}

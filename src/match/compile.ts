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
import {
  MAX_PATTERN_SYMBOLS,
  SYM_BOUNDARY,
  SYM_SPACE,
  PREPARED_END,
  PREPARED_GLUED,
  assembleMatcher,
  decodeSegments,
  type Matcher,
  type PreparedMatcher,
} from './matcher';

export { MAX_PATTERN_SYMBOLS, SYM_BOUNDARY, SYM_SPACE, type Matcher, type PreparedMatcher };

/** Compiles the matcher (tests and `createReader`; the extension ships it prepared at build). */
export function compileMatcher(table: CueTable): Matcher {
  return assembleMatcher(table, prepareMatcher(table));
}

/** The string work of compiling, as JSON (linear in the size of the cue table). */
export function prepareMatcher(table: CueTable): PreparedMatcher {
  const alphabet = new Map<number, number>([
    [BOUNDARY_CODE, SYM_BOUNDARY],
    [SPACE_CODE, SYM_SPACE],
  ]);
  const segments = new Map<string, number>();
  const segmentSymbols: number[][] = [];
  const segmentCodes: number[][] = [];
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
      segmentCodes.push(codes);
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
  // Number segments in the order of their symbols: the automaton build then sorts nothing.
  const order = segmentSymbols
    .map((_, g) => g)
    .sort((a, b) => {
      const x = segmentSymbols[a] as number[];
      const y = segmentSymbols[b] as number[];
      for (let i = 0; i < x.length && i < y.length; i++) {
        const d = (x[i] as number) - (y[i] as number);
        if (d !== 0) return d;
      }
      return x.length - y.length;
    });
  const distinctUses = order.map((g) => [...new Set(uses[g])]);
  // Symbol per folded code as a typed array: 64 Ki Map lookups would cost milliseconds.
  const symbolOf = new Uint16Array(0x10000);
  for (const [code, sym] of alphabet) symbolOf[code] = sym;
  const classRuns: number[] = [];
  for (let c = 0; c < 0x10000; c++) {
    const kind = KIND[c] as number;
    const value = (kind === WORD ? 0 : kind << 16) | (symbolOf[FOLD[c] as number] as number);
    if (classRuns.length > 0 && classRuns[classRuns.length - 1] === value) {
      classRuns[classRuns.length - 2] = (classRuns[classRuns.length - 2] as number) + 1;
    } else classRuns.push(1, value);
  }
  let segmentText = '';
  for (const g of order) {
    const codes = segmentCodes[g] as number[];
    if (codes[0] !== BOUNDARY_CODE && KIND[codes[0] as number] === WORD)
      segmentText += PREPARED_GLUED;
    for (const code of codes) if (code !== BOUNDARY_CODE) segmentText += String.fromCharCode(code);
    segmentText += PREPARED_END;
  }
  const cueSlotCount = table.cues.map(() => 0);
  for (const c of slotCue) cueSlotCount[c] = (cueSlotCount[c] as number) + 1;
  // The page takes a slot's next slots to be the following ones of its cue: check it holds.
  for (let j = 0; j < slotCue.length; j++) {
    for (let k = nextStart[j] as number; k < (nextStart[j + 1] as number); k++) {
      if (nextSlot[k] !== j + 1 + k - (nextStart[j] as number))
        throw new Error('next slots out of order');
    }
  }
  // The page reads segments back through `classes` with boundaries implied: check here, at build,
  // that this gives every segment's symbols exactly (markers unused, folded characters their own fold).
  const classes = new Uint32Array(0x10000);
  for (let r = 0, at = 0; r < classRuns.length; r += 2) {
    classes.fill(classRuns[r + 1] as number, at, at + (classRuns[r] as number));
    at += classRuns[r] as number;
  }
  const decoded = new Uint16Array(segmentText.length * 2);
  let from = 0;
  decodeSegments(segmentText, classes, decoded, (rank, n) => {
    const syms = segmentSymbols[order[rank] as number] as number[];
    if (n - from !== syms.length || syms.some((sym, i) => decoded[from + i] !== sym)) {
      throw new Error(`segment ${String(rank)} does not survive its prepared form`);
    }
    from = n;
  });
  return {
    alphabetSize,
    classRuns,
    segments: segmentText,
    useCount: distinctUses.map((u) => u.length),
    useSlot: distinctUses.flat(),
    cueSlotCount,
    slotCanStart,
    slotCanEnd,
    nextCount: nextStart.slice(1).map((end, j) => end - (nextStart[j] as number)),
    nextSpace,
    diagnostics,
  };
}

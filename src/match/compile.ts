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
  PREPARED_BOUNDARY,
  PREPARED_END,
  assembleMatcher,
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
    const syms = segmentSymbols[g] as number[];
    // The page side reads a segment's symbols back through `classes`: a folded character must be
    // its own fold for that to hold (checked here, at build, rather than trusted).
    codes.forEach((code, i) => {
      if (code === PREPARED_BOUNDARY.charCodeAt(0) || code === PREPARED_END.charCodeAt(0)) {
        throw new Error('a folded character collides with the prepared form’s markers');
      }
      if (symbolOf[FOLD[code] as number] !== syms[i]) {
        throw new Error(`folded character U+${code.toString(16)} is not its own fold`);
      }
    });
    for (const code of codes) {
      segmentText += code === BOUNDARY_CODE ? PREPARED_BOUNDARY : String.fromCharCode(code);
    }
    segmentText += PREPARED_END;
  }
  return {
    alphabetSize,
    classRuns,
    segments: segmentText,
    useCount: distinctUses.map((u) => u.length),
    useSlot: distinctUses.flat(),
    slotCue,
    slotCanStart,
    slotCanEnd,
    nextCount: nextStart.slice(1).map((end, j) => end - (nextStart[j] as number)),
    nextSlot,
    nextSpace,
    diagnostics,
  };
}

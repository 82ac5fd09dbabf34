/**
 * Compiles a cue table into one matcher for all cues of all stories: each cue's syntax is expanded,
 * numbers get their spellings in words, every phrase is normalised by the page's own rules
 * (`foldStream`), and the resulting symbol strings go into one Aho-Corasick automaton.
 */
import { FOLD, KIND, WORD } from '../text/char-class';
import { BOUNDARY_CODE, BREAK_CODE, SPACE_CODE, foldStream } from '../text/fold-stream';
import { withNumberWords } from '../text/number-words';
import type { CueTable } from './cue-table';
import { buildAutomaton, type Automaton } from './double-array';
import { expandCue } from './expand-cue';

/** Longest pattern, in symbols; the scanner remembers this many recent offsets. */
export const MAX_PATTERN_SYMBOLS = 255;
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
  /** Per pattern: the cue it came from, its length in symbols, and whether it ends inside a word. */
  readonly patternCue: Int32Array;
  readonly patternLength: Uint16Array;
  readonly patternEndsWord: Uint8Array;
  /** Phrases dropped or shared between facts, for the dataset's authors. */
  readonly diagnostics: readonly string[];
}

/** Compiles the matcher (a few milliseconds for a story; linear in the size of the cue table). */
export function compileMatcher(table: CueTable): Matcher {
  const alphabet = new Map<number, number>([
    [BOUNDARY_CODE, SYM_BOUNDARY],
    [SPACE_CODE, SYM_SPACE],
  ]);
  const keys = new Map<string, number>();
  const patternSymbols: number[][] = [];
  const patternCue: number[] = [];
  const endsWord: number[] = [];
  const diagnostics: string[] = [];
  table.cues.forEach((cue, cueIndex) => {
    const { phrases, truncated } = expandCue(cue.text);
    if (truncated) diagnostics.push(`cue "${cue.text}" has too many variants; some were dropped`);
    for (const phrase of phrases) {
      for (const variant of withNumberWords(phrase, cue.lang)) {
        const { codes } = foldStream(variant);
        if (codes.length === 0 || codes.includes(BREAK_CODE)) continue;
        if (codes.length > MAX_PATTERN_SYMBOLS) {
          diagnostics.push(`cue "${cue.text}": phrase too long, dropped: ${variant}`);
          continue;
        }
        const syms = codes.map((code) => {
          let sym = alphabet.get(code);
          if (sym === undefined) {
            sym = alphabet.size + 1;
            alphabet.set(code, sym);
          }
          return sym;
        });
        const key = String.fromCharCode(...syms);
        const previous = keys.get(key);
        if (previous !== undefined) {
          const other = table.cues[patternCue[previous] as number];
          if (other !== undefined && (other.fact !== cue.fact || other.story !== cue.story)) {
            diagnostics.push(
              `"${variant}" is a cue of both ${other.story}/${other.fact} and ${cue.story}/${cue.fact}; the first wins`,
            );
          }
          continue;
        }
        keys.set(key, patternSymbols.length);
        patternSymbols.push(syms);
        patternCue.push(cueIndex);
        endsWord.push(KIND[codes[codes.length - 1] as number] === WORD ? 1 : 0);
      }
    }
  });
  const alphabetSize = alphabet.size + 1;
  if (alphabetSize > 0xffff) throw new Error('too many distinct characters in cues');
  const offsets = new Int32Array(patternSymbols.length + 1);
  let total = 0;
  patternSymbols.forEach((syms, p) => {
    total += syms.length;
    offsets[p + 1] = total;
  });
  const symbols = new Uint16Array(total);
  patternSymbols.forEach((syms, p) => symbols.set(syms, offsets[p]));
  const classes = new Uint32Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    const kind = KIND[c] as number;
    classes[c] = (kind === WORD ? 0 : kind << 16) | (alphabet.get(FOLD[c] as number) ?? 0);
  }
  return {
    table,
    automaton: buildAutomaton({ symbols, offsets }, alphabetSize),
    classes,
    patternCue: Int32Array.from(patternCue),
    patternLength: Uint16Array.from(patternSymbols, (s) => s.length),
    patternEndsWord: Uint8Array.from(endsWord),
    diagnostics,
  };
}

/**
 * The normalised symbol stream of a string: what the matcher walks, written out as an array.
 *
 * The matcher (`src/match/scan.ts`) runs the same rules inline, without building anything; this
 * plain version compiles cues into patterns, so a cue and a page are normalised by the same rules.
 */
import { CJK, FOLD, HARD, KIND, SKIP, SPACE, WORD } from './char-class.ts';

const FULL_STOP = 0x2e;

/** Stands before the first letter of every word of a spaced script: matches start on word starts. */
export const BOUNDARY_CODE = 1;
/** One separator, however many spaces, dashes or punctuation marks the text has there. */
export const SPACE_CODE = 32;
/** Punctuation next to CJK text: nothing may match across it. */
export const BREAK_CODE = 2;

/** Folded codes of `text` (BOUNDARY_CODE, SPACE_CODE and BREAK_CODE included), with their offsets. */
export function foldStream(text: string): { codes: number[]; offsets: number[] } {
  const codes: number[] = [];
  const offsets: number[] = [];
  let lastVisible = 0; // 0: nothing yet
  let pending = 0; // 1: white space seen, 2: punctuation seen
  let pendingAt = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let k = KIND[c] as number;
    if (k === SKIP) continue;
    // A full stop before white space or the end ends a sentence or an abbreviation ("ds. cyber…"):
    // punctuation. Between letters or digits it is kept ("u.s.", "1.5").
    if (FOLD[c] === FULL_STOP && (i + 1 === text.length || KIND[text.charCodeAt(i + 1)] === SPACE))
      k = HARD;
    if (k === SPACE || k === HARD) {
      if (pending === 0) pendingAt = i;
      if (k === HARD) pending = 2;
      else if (pending === 0) pending = 1;
      continue;
    }
    const afterSeparator = pending !== 0;
    if (pending !== 0 && lastVisible !== 0) {
      if (lastVisible === CJK || k === CJK) {
        if (pending === 2) {
          codes.push(BREAK_CODE);
          offsets.push(pendingAt);
        }
      } else {
        codes.push(SPACE_CODE);
        offsets.push(pendingAt);
      }
    }
    pending = 0;
    if (k === WORD && (lastVisible !== WORD || afterSeparator)) {
      codes.push(BOUNDARY_CODE);
      offsets.push(i);
    }
    codes.push(FOLD[c] as number);
    offsets.push(i);
    lastVisible = k;
  }
  return { codes, offsets };
}

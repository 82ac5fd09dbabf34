/**
 * The cue syntax, shared by cues and concept words (`src/stories/README.md`, "The cue syntax"):
 * `parseCue` reads a cue into its parts or says where and why it is not one.
 */
import { cueSlots, flattenNested } from '../match/cue-slots.ts';

/** One piece of a parsed cue: literal words, or a group of alternatives (optional when `?` follows). */
export type CuePart =
  | { readonly kind: 'words'; readonly text: string }
  | {
      readonly kind: 'group';
      readonly alternatives: readonly string[];
      readonly optional: boolean;
    };

/** Thrown by `parseCue`; `at` is the offset in the cue text. */
export class CueSyntaxError extends Error {
  constructor(
    readonly reason: string,
    readonly at: number,
  ) {
    super(`${reason} (at character ${at})`);
    this.name = 'CueSyntaxError';
  }
}

// A cue word: letters (any script, with their combining marks: Devanagari writes its vowels so) and
// digits, with an apostrophe or a decimal point allowed between two of them ("people's", "1.5").
// Everything else a page may carry (commas, quotes, dashes, %, $) is for the matcher's normaliser
// to turn into a word boundary, so cues never contain it.
const CUE_CHAR = /[\p{L}\p{N}\p{M}]/u;
const CUE_JOINER = /['.]/;
/**
 * Parses a cue into its parts, or throws a CueSyntaxError. The syntax (documented in src/stories/README.md):
 * lower-case words separated by single spaces; `(a|b c|d)` is one of several alternatives (each
 * may be several words, none may be empty); a `?` right after `)` makes the group optional, and
 * an optional group may have a single alternative (`(the)?`). A group glued to a word spells its
 * forms (`exchange(s)?`, `бирж(а|и|е)`): the compiler expands such a run into whole words, and an
 * alternative may hold such groups itself, one level deep (`(пользовател(ей|и)|граждан)`). Chinese cues need no spaces (`124家(境外|海外)交易平台`).
 */
export function parseCue(written: string): CuePart[] {
  const cue = flattenNested(written);
  const parts: CuePart[] = [];
  if (cue.length === 0) throw new CueSyntaxError('empty cue', 0);
  if (cue !== cue.trim()) throw new CueSyntaxError('leading or trailing white space', 0);
  if (cue !== cue.toLowerCase()) throw new CueSyntaxError('cues are written in lower case', 0);
  const checkWords = (words: string, offset: number, where: string): void => {
    if (words.length === 0) throw new CueSyntaxError(`empty ${where}`, offset);
    if (words !== words.trim())
      throw new CueSyntaxError(`white space at the edge of ${where}`, offset);
    for (let i = 0; i < words.length; i++) {
      const ch = words[i] ?? '';
      if (ch === ' ') {
        if (words[i + 1] === ' ') throw new CueSyntaxError('two spaces in a row', offset + i);
        continue;
      }
      if (CUE_CHAR.test(ch)) continue;
      const between = CUE_CHAR.test(words[i - 1] ?? '') && CUE_CHAR.test(words[i + 1] ?? '');
      if (CUE_JOINER.test(ch) && between) continue;
      throw new CueSyntaxError(`character "${ch}" is not allowed in a cue`, offset + i);
    }
  };
  let i = 0;
  while (i < cue.length) {
    const ch = cue[i];
    if (ch === ')') throw new CueSyntaxError('")" without "("', i);
    if (ch === '|') throw new CueSyntaxError('"|" outside a group', i);
    if (ch === '?') throw new CueSyntaxError('"?" must follow a group', i);
    if (ch === '(') {
      const close = cue.indexOf(')', i + 1);
      if (close < 0) throw new CueSyntaxError('"(" without ")"', i);
      const body = cue.slice(i + 1, close);
      const nested = body.indexOf('(');
      if (nested >= 0)
        throw new CueSyntaxError('groups nest one level deep at most', i + 1 + nested);
      if (body.length === 0) throw new CueSyntaxError('empty group "()"', i);
      const alternatives = body.split('|');
      const optional = cue[close + 1] === '?';
      if (alternatives.length < 2 && !optional) {
        throw new CueSyntaxError('a group needs two alternatives, or a "?" after it', i);
      }
      let at = i + 1;
      for (const alternative of alternatives) {
        checkWords(alternative, at, 'alternative');
        at += alternative.length + 1;
      }
      if (new Set(alternatives).size !== alternatives.length) {
        throw new CueSyntaxError('the same alternative twice', i);
      }
      parts.push({ kind: 'group', alternatives, optional });
      i = close + 1 + (optional ? 1 : 0);
      continue;
    }
    let end = i;
    while (end < cue.length && !'()|?'.includes(cue[end] ?? '')) end++;
    const words = cue.slice(i, end);
    // Spaces around a group separate it from its neighbours; they are not part of the words.
    const trimmed = words.trim();
    if (trimmed.length > 0) {
      const lead = words.length - words.trimStart().length;
      if (lead > 1 || words.length - words.trimEnd().length > 1) {
        throw new CueSyntaxError('two spaces in a row', i);
      }
      checkWords(trimmed, i + lead, 'words');
      parts.push({ kind: 'words', text: trimmed });
    } else if (words.length > 1) {
      throw new CueSyntaxError('two spaces in a row', i);
    }
    i = end;
  }
  if (parts.every((part) => part.kind === 'group' && part.optional)) {
    throw new CueSyntaxError('a cue must match at least one word', 0);
  }
  const forms = gluedForms(cue);
  if (forms > MAX_GLUED_FORMS) {
    throw new CueSyntaxError(
      `groups glued to words spell ${forms} forms of one word (at most ${MAX_GLUED_FORMS}): split it into several entries`,
      0,
    );
  }
  return parts;
}

/** The most whole-word forms one run of glued groups may spell (`(a|b)(c|d)(e|f)` spells 8). */
export const MAX_GLUED_FORMS = 64;

/** The largest number of forms a run of glued groups spells in `cue` (1 when nothing is glued). */
function gluedForms(cue: string): number {
  let most = 1;
  for (const slot of cueSlots(cue)) if (slot.glued) most = Math.max(most, slot.alternatives.length);
  return most;
}

/**
 * What a phrase (a cue, or a word of a concept) requires of a page, as the first stage's anchors
 * see it: parts, each required on its own, and per spelling of a part the anchors it offers (tokens
 * in a row, `pieces.ts`; the last word may be cut short). `derive.ts` chooses which anchors stand
 * for each part.
 */
import { cueSlots } from '../match/cue-slots.ts';
import { MAX_PATTERN_SYMBOLS } from '../match/matcher.ts';
import type { Language } from '../stories/schema.ts';
import { BREAK_CODE, foldStream } from '../text/fold-stream.ts';
import { withNumberWords } from '../text/number-words.ts';
import { isCjk, joinTokens, runsOf } from './pieces.ts';

/** Shortest start of a word taken as an anchor (a shorter word is taken whole). */
const MIN_WORD = 3;
/** Most tokens in a row taken as an anchor, and most words among them. */
const MAX_TOKENS = 4;
const MAX_WORDS = 3;
/** Most spellings of neighbouring slots taken together as a part. */
const MAX_SPELLINGS = 64;
/**
 * `w:` tokens in a row, the last word possibly cut short; `x:` the last word whole; `i:` the start
 * of a word's end, found inside a word too (only in a context: `Chooser.inside` in `derive.ts`).
 */
export type Key = string;

/**
 * Scripts whose press glues short words to the next one ("and", "with", "for", "the": Arabic
 * وبيتكوين, للصين): a word of theirs also offers, as `i:` anchors, its ends after its first few
 * letters, so that one anchor stands for every glued form.
 */
const GLUED = /^\p{Script=Arabic}/u;
/** Most letters an `i:` anchor leaves off the start of a word. */
const MAX_GLUED = 3;

/** The anchors a run offers: every stretch of it, the last word also cut short. */
export function runKeys(run: readonly string[], into: Set<Key>): void {
  for (const token of run) {
    if (!GLUED.test(token)) continue;
    for (let from = 1; from <= MAX_GLUED && token.length - from >= MIN_WORD; from++)
      for (let end = from + MIN_WORD; end <= token.length; end++)
        into.add(`i:${token.slice(from, end)}`);
  }
  for (let i = 0; i < run.length; i++) {
    let words = 0;
    for (let j = i; j < run.length && j < i + MAX_TOKENS; j++) {
      const last = run[j] as string;
      if (!isCjk(last) && ++words > MAX_WORDS) break;
      const text = joinTokens(run.slice(i, j + 1));
      into.add(`w:${text}`);
      if (isCjk(last)) continue;
      into.add(`x:${text}`);
      const lead = text.slice(0, text.length - last.length);
      for (let k = Math.min(MIN_WORD, last.length); k < last.length; k++)
        into.add(`w:${lead}${last.slice(0, k)}`);
    }
  }
}

/**
 * The runs of a phrase's spelling its anchors come from: all but what an apostrophe or a full stop
 * cuts off a word (Turkish "bitcoin'den", French "d'", the "s" of "china's"), a run of one short
 * token beside a longer run. Such a piece is often a common word of another language ("e",
 * "den"), which pages hold far more often than the word counts, mostly of other languages, say.
 */
function anchorRuns(variant: string): string[][] {
  const runs = runsOf(variant);
  const piece = (run: readonly string[]) => run.length === 1 && isShort(run[0] as string);
  return runs.every(piece) ? runs : runs.filter((run) => !piece(run));
}

/** A word too short to stand for a phrase on its own ("d", "le", "den"). */
function isShort(token: string): boolean {
  return !isCjk(token) && token.length <= MIN_WORD;
}

/** A part to cover: per spelling, the anchors it offers (any one found stands for it). */
export type Part = Set<Key>[];

/** The spellings of `phrases` as the matcher compiles them (dropped ones left out), as anchors. */
function spellings(phrases: readonly string[], lang: Language | null): Part {
  const out: Part = [];
  for (const phrase of phrases) {
    for (const variant of lang === null ? [phrase] : withNumberWords(phrase, lang)) {
      const { codes } = foldStream(variant);
      // `prepareMatcher` drops these: they never match.
      if (codes.length === 0 || codes.includes(BREAK_CODE) || codes.length > MAX_PATTERN_SYMBOLS)
        continue;
      const keys = new Set<Key>();
      for (const run of anchorRuns(variant)) runKeys(run, keys);
      out.push(keys);
    }
  }
  return out;
}

/**
 * What a phrase requires, as parts each required on its own: its required slots; each run of a
 * slot with one spelling; neighbouring slots with few spellings together, whose words in a row
 * across slots ("more than 100", "closed 124") are rarer than any one slot's. A part with no
 * spelling can never match (nor can the phrase).
 */
export function requiredParts(text: string, lang: Language | null): Part[] {
  const slots = cueSlots(text);
  const parts: Part[] = [];
  for (const slot of slots) {
    if (slot.optional) continue;
    const part = spellings(slot.alternatives, lang);
    if (part.length !== 1) {
      parts.push(part);
      continue;
    }
    // One spelling: each run is required, and each of its tokens on its own.
    for (const variant of slot.alternatives.flatMap((a) =>
      lang === null ? [a] : withNumberWords(a, lang),
    )) {
      for (const run of anchorRuns(variant)) {
        const keys = new Set<Key>();
        runKeys(run, keys);
        parts.push([keys]);
        if (run.length > 1) {
          for (const token of run.filter((t) => !isShort(t))) {
            const own = new Set<Key>();
            runKeys([token], own);
            parts.push([own]);
          }
        }
      }
    }
  }
  for (let from = 0; from < slots.length; from++) {
    let phrases = [''];
    let required = false;
    for (let to = from; to < slots.length && to < from + MAX_TOKENS; to++) {
      const slot = slots[to] as (typeof slots)[number];
      const choices = [...slot.alternatives, ...(slot.optional ? [''] : [])];
      phrases = phrases.flatMap((p) =>
        choices.map((c) => (slot.spaceBefore ? `${p} ${c}` : p + c)),
      );
      required ||= !slot.optional;
      if (phrases.length > MAX_SPELLINGS) break;
      if (to > from && required) parts.push(spellings(phrases, lang));
    }
  }
  return parts;
}

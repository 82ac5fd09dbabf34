/**
 * The shape of a story file (`src/stories/<story-id>.json`), and the checks a story must pass.
 *
 * The top level (`id`, `title`, `sources[].id/outlet`, `facts[].id/statements[].source/quote`) is a
 * contract others rely on (shared/DESIGN.md); everything else is ours. Cross-field rules (known source
 * ids, unique ids, quotes found in their articles) live in `validate.ts`.
 */
import { z } from 'zod';
import { LANGUAGES, VERDICTS } from './vocabulary';

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens');
const text = z.string().trim().min(1, 'must not be empty');

export const language = z.enum(LANGUAGES);

export const FACT_KINDS = ['number', 'name', 'date', 'action', 'quote', 'event'] as const;

/** How one source's statement relates to the consolidated fact. */
export const RELATIONS = [
  'agrees',
  'rounds',
  'differs',
  'contradicts',
  'only-this-source',
] as const;

export { VERDICTS, type Verdict } from './vocabulary';

export const DIFFERENCE_KINDS = [
  'number',
  'name',
  'action',
  'status',
  'count',
  'attribution',
  'timing',
  'single-source',
] as const;

export const sourceSchema = z.strictObject({
  id: slug,
  outlet: text,
  /** Where the outlet published, when known (a domain, never fetched). */
  domain: text.optional(),
  /** The article's headline, or null when the saved article has none. */
  headline: text.nullable(),
  language,
  /** Set when the text reads as a machine translation from another language. */
  translatedFrom: language.optional(),
  /** Path of the article's text, from the repository root; quotes are checked against it. */
  article: text,
  /** Plain-language notes a reader should know (page residue, headline that disagrees…). */
  notes: z.array(text),
});

export const statementSchema = z.strictObject({
  source: slug,
  /** The source's own words, verbatim (white space aside). */
  quote: text,
  /** The value or wording this source gives for the fact ("124", "more than 100", "close"). */
  value: text,
  relation: z.enum(RELATIONS),
  /** Why the relation is what it is, when it is not plain agreement. */
  note: text.optional(),
});

export const differenceSchema = z.strictObject({
  kind: z.enum(DIFFERENCE_KINDS),
  /** The sources involved, in the order the explanation names them. */
  sources: z.array(slug).min(1),
  /** One or two plain sentences a reader understands at a glance. */
  explanation: text,
});

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

// A cue word: letters (any script) and digits, with an apostrophe or a decimal point allowed between
// two of them ("people's", "1.5"). Everything else a page may carry (commas, quotes, dashes, %, $)
// is for the matcher's normaliser to turn into a word boundary, so cues never contain it.
const CUE_CHAR = /[\p{L}\p{N}]/u;
const CUE_JOINER = /['.]/;
// Scripts written without spaces between words: a cue may glue a group to them (`124家`).
const UNSPACED_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** A letter or digit of a script that separates words with spaces. */
function isSpacedWordChar(ch: string): boolean {
  return CUE_CHAR.test(ch) && !UNSPACED_CHAR.test(ch);
}

/**
 * The matcher reads a page's words whole, so a group must not be glued to a word of a spaced script
 * (`exchange(s)?`): write whole words as alternatives (`(exchange|exchanges)`). Checks each pair of
 * parts with no space between them, also across optional groups that may be left out.
 */
function checkGlue(
  parts: readonly CuePart[],
  spaceBefore: readonly boolean[],
  at: readonly number[],
) {
  const edges = parts.map((part) =>
    part.kind === 'words'
      ? { first: [part.text.at(0) ?? ''], last: [part.text.at(-1) ?? ''], optional: false }
      : {
          first: part.alternatives.map((a) => a.at(0) ?? ''),
          last: part.alternatives.map((a) => a.at(-1) ?? ''),
          optional: part.optional,
        },
  );
  for (let k = 1; k < parts.length; k++) {
    for (let j = k - 1; j >= 0; j--) {
      if (spaceBefore[j + 1] === true) break;
      const left = edges[j];
      const right = edges[k];
      if (left?.last.some(isSpacedWordChar) && right?.first.some(isSpacedWordChar)) {
        throw new CueSyntaxError(
          'a group is glued to a word: put a space between them, or write whole words as alternatives ("(exchange|exchanges)", not "exchange(s)?")',
          at[k] ?? 0,
        );
      }
      if (!left?.optional) break;
    }
  }
}

/**
 * Parses a cue into its parts, or throws a CueSyntaxError. The syntax (documented in README.md):
 * lower-case words separated by single spaces; `(a|b c|d)` is one of several alternatives (each
 * may be several words, none may be empty); a `?` right after `)` makes the group optional, and
 * an optional group may have a single alternative (`(the)?`).
 * Groups do not nest. Chinese cues need no spaces (`124家(境外|海外)交易平台`).
 */
export function parseCue(cue: string): CuePart[] {
  const parts: CuePart[] = [];
  const spaceBefore: boolean[] = [];
  const partAt: number[] = [];
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
      if (nested >= 0) throw new CueSyntaxError('groups do not nest', i + 1 + nested);
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
      spaceBefore.push(cue[i - 1] === ' ');
      partAt.push(i);
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
      spaceBefore.push(lead > 0);
      partAt.push(i + lead);
    } else if (words.length > 1) {
      throw new CueSyntaxError('two spaces in a row', i);
    }
    i = end;
  }
  if (parts.every((part) => part.kind === 'group' && part.optional)) {
    throw new CueSyntaxError('a cue must match at least one word', 0);
  }
  checkGlue(parts, spaceBefore, partAt);
  return parts;
}

/**
 * A phrase by which a page states a fact. Syntax, after normalisation (case, digits for number words,
 * white space, punctuation as a word boundary): words separated by spaces; `(a|b c|d)` is one of
 * several alternatives (each may be several words); a trailing `?` makes the group optional:
 * `124 (offshore|overseas|foreign) (crypto|cryptocurrency)? exchanges`. Chinese cues need no spaces.
 * See `parseCue` for the exact rules.
 */
export const cueSchema = z
  .strictObject({
    text: text.superRefine((value, ctx) => {
      try {
        parseCue(value);
      } catch (error) {
        if (!(error instanceof CueSyntaxError)) throw error;
        ctx.addIssue({
          code: 'custom',
          message: `bad cue syntax: ${error.message}`,
        });
      }
    }),
    lang: language,
    /** A strong cue is specific to this story on its own (the regulator's name); a weak one is not. */
    strength: z.enum(['strong', 'weak']),
    /** What a page that uses these words says relative to the sources; absent means it agrees. */
    verdict: z.enum(VERDICTS).optional(),
    /** One line the card shows when the verdict is not `agrees` (required then). */
    reason: text.optional(),
  })
  .superRefine((cue, ctx) => {
    if (cue.verdict !== undefined && cue.verdict !== 'agrees' && cue.reason === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['reason'],
        message: `required when the verdict is "${cue.verdict}"`,
      });
    }
  });

export const factSchema = z.strictObject({
  id: slug,
  title: text,
  /** What the sources together support, worded carefully. */
  statement: text,
  kind: z.enum(FACT_KINDS),
  statements: z.array(statementSchema).min(1),
  differences: z.array(differenceSchema),
  cues: z.array(cueSchema).min(1),
});

export const timelineEventSchema = z.strictObject({
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: only as precise as the sources are. */
  date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD'),
  label: text,
  facts: z.array(slug),
  sources: z.array(slug).min(1),
});

export const storySchema = z.strictObject({
  id: slug,
  /**
   * The language of the story's own text: its title and summary, the facts' titles, statements and
   * explanations, the notes and the timeline (quotes and headlines are in their source's language).
   * The UI marks that text with it, so a screen reader reads it in the right voice.
   */
  language,
  title: text,
  summary: text,
  sources: z.array(sourceSchema).min(1),
  facts: z.array(factSchema).min(1),
  timeline: z.array(timelineEventSchema),
});

export type Language = z.infer<typeof language>;
export type Source = z.infer<typeof sourceSchema>;
export type Statement = z.infer<typeof statementSchema>;
export type Difference = z.infer<typeof differenceSchema>;
export type Cue = z.infer<typeof cueSchema>;
export type Fact = z.infer<typeof factSchema>;
export type TimelineEvent = z.infer<typeof timelineEventSchema>;
export type Story = z.infer<typeof storySchema>;
export type Relation = (typeof RELATIONS)[number];

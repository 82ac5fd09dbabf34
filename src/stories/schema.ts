/**
 * The shape of a story file (`src/stories/<story-id>.json`), and the checks a story must pass.
 *
 * The top level (`id`, `title`, `sources[].id/outlet`, `facts[].id/statements[].source/quote`) is a
 * contract others rely on (shared/DESIGN.md); everything else is ours. Cross-field rules (known source
 * ids, unique ids, quotes found in their articles) live in `validate.ts`.
 */
import { z } from 'zod';

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens');
const text = z.string().trim().min(1, 'must not be empty');

export const LANGUAGES = ['en', 'zh', 'ru'] as const;
export const language = z.enum(LANGUAGES);

export const FACT_KINDS = ['number', 'name', 'date', 'action', 'quote', 'event'] as const;

/** How one source's statement relates to the consolidated fact. */
export const RELATIONS = ['agrees', 'rounds', 'differs', 'contradicts', 'only-this-source'] as const;

/** How a page's wording (the cue it used) relates to what the sources say. */
export const VERDICTS = ['agrees', 'rounds', 'differs', 'beyond'] as const;

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

/**
 * A phrase by which a page states a fact. Syntax, after normalisation (case, digits for number words,
 * white space): words separated by spaces; `(a|b c|d)` is one of several alternatives (each may be
 * several words); a trailing `?` makes the group optional: `124 (offshore|overseas|foreign)
 * (crypto|cryptocurrency)? exchanges`. Chinese cues need no spaces.
 */
export const cueSchema = z.strictObject({
  text,
  lang: language,
  /** A strong cue is specific to this story on its own (the regulator's name); a weak one is not. */
  strength: z.enum(['strong', 'weak']),
  /** What a page that uses these words says relative to the sources; absent means it agrees. */
  verdict: z.enum(VERDICTS).optional(),
  /** One line the card shows when the verdict is not `agrees`. */
  reason: text.optional(),
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
export type Verdict = (typeof VERDICTS)[number];

/**
 * The shape of a story file (`src/stories/<story-id>.json`), and the checks a story must pass.
 *
 * The top level (`id`, `title`, `sources[].id/outlet`, `facts[].id/statements[].source/quote`) is a
 * contract others rely on (shared/DESIGN.md); everything else is ours. Cross-field rules (known source
 * ids, unique ids, quotes found in their articles) live in `validate.ts`.
 */
import { z } from 'zod';
import { CueSyntaxError, parseCue } from './cue-syntax.ts';
import { LANGUAGES, VERDICTS, type Verdict } from './vocabulary.ts';

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

export { VERDICTS, type Verdict } from './vocabulary.ts';

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
  /** The article's address, when known (never fetched: shown so a reader can find it). */
  url: z.url({ protocol: /^https?$/ }).optional(),
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

/** Text in the cue syntax (`parseCue`): a cue's phrase, or one of a concept's words. */
const cueText = text.superRefine((value, ctx) => {
  try {
    parseCue(value);
  } catch (error) {
    if (!(error instanceof CueSyntaxError)) throw error;
    ctx.addIssue({
      code: 'custom',
      message: `bad cue syntax: ${error.message}`,
    });
  }
});

/** What a page that uses these words says relative to the sources, and why (required unless it agrees). */
const judged = {
  /** Strong: specific to this story on its own, so marked even in passing; weak: not. */
  strength: z.enum(['strong', 'weak']),
  /** What a page that uses these words says relative to the sources; absent means it agrees. */
  verdict: z.enum(VERDICTS).optional(),
  /** One line the card shows when the verdict is not `agrees` (required then). */
  reason: text.optional(),
};

function requireReason(
  rule: { verdict?: Verdict | undefined; reason?: string | undefined },
  ctx: z.RefinementCtx,
): void {
  if (rule.verdict !== undefined && rule.verdict !== 'agrees' && rule.reason === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['reason'],
      message: `required when the verdict is "${rule.verdict}"`,
    });
  }
}

export const cueSchema = z
  .strictObject({ text: cueText, lang: language, ...judged })
  .superRefine(requireReason);

/**
 * A concept named in a frame: `exchange`; one of several, `n124|n-over-100`; optional (not needed,
 * but taken into the mark when the sentence has it), `offshore?`.
 */
export const CONCEPT_REF = /^([a-z0-9]+(?:-[a-z0-9]+)*)(\|[a-z0-9]+(?:-[a-z0-9]+)*)*\??$/;

/** The concept ids a frame's entry names, and whether it is optional. */
export function parseConceptRef(ref: string): { ids: string[]; optional: boolean } {
  const optional = ref.endsWith('?');
  return { ids: (optional ? ref.slice(0, -1) : ref).split('|'), optional };
}

/**
 * A frame: a fact stated by meaning. The sentence (or clause) that holds a word of each of its
 * concepts, in any order and with other words between, states the fact; the mark runs from the
 * first of those words to the last.
 */
export const frameSchema = z
  .strictObject({
    concepts: z
      .array(
        z
          .string()
          .regex(CONCEPT_REF, 'must be concept ids joined by "|", "?" at the end if optional'),
      )
      .min(1),
    /** Concepts that, anywhere in the sentence, mean it says something else ("plans" for "blocked"). */
    unless: z.array(slug).optional(),
    /** The longest stretch, in characters, the concepts' words may cover (default 160). */
    within: z.number().int().min(1).max(400).optional(),
    /**
     * Marks only the page's first passage the frame finds: a name alone ("Lanjiner") states the
     * fact where the page first credits it; said again later, it only cites the source.
     */
    once: z.literal(true).optional(),
    /**
     * The concepts may stand in two sentences in a row ("Chaoyang wrote to malls and hotels. No
     * crypto event any more."), read so only where no sentence of the page states the fact alone and
     * no other finding is there.
     */
    twoSentences: z.literal(true).optional(),
    /**
     * Read only where the page states the fact in no other way and no other finding is there: a
     * loose frame ("the ban of September 2017", no crypto word) that must not re-read what tighter
     * frames mark.
     */
    lastResort: z.literal(true).optional(),
    ...judged,
  })
  .superRefine((frame, ctx) => {
    requireReason(frame, ctx);
    if (frame.concepts.every((ref) => ref.endsWith('?')))
      ctx.addIssue({
        code: 'custom',
        path: ['concepts'],
        message: 'needs one concept that is not optional',
      });
  });

/** What a page must name somewhere: per entry, concept ids joined by "|", one of which it holds. */
const contextSchema = z
  .array(z.string().regex(CONCEPT_REF, 'must be concept ids joined by "|"'))
  .min(1);

export const factSchema = z
  .strictObject({
    id: slug,
    title: text,
    /** What the sources together support, worded carefully. */
    statement: text,
    kind: z.enum(FACT_KINDS),
    statements: z.array(statementSchema).min(1),
    differences: z.array(differenceSchema),
    cues: z.array(cueSchema),
    frames: z.array(frameSchema).optional(),
    /**
     * Optional, as the story's `context` but for this fact alone: what a page must name somewhere
     * for the fact to be read on it. A fact of one strand whose frames need no word of that strand
     * ("spreading ICO information", why WeChat closed the accounts) is no finding on a page that
     * never names the strand's subject (a Chaoyang page on token promotion).
     */
    context: contextSchema.optional(),
    /**
     * Facts that say something else with this fact's words: where a finding of one of them overlaps
     * a finding of this one, only it is marked ("CoinCentral got no answer from the Shanghai
     * Securities News" names the paper it asked, not the source of the report).
     */
    givesWayTo: z.array(slug).min(1).optional(),
    /**
     * A fact of what was done in the story's country (`Story.home`): a sentence that names another
     * country and not this one says it of that other country ("Japan's FSA tightened its checks"
     * is no step of China's crackdown).
     */
    local: z.literal(true).optional(),
  })
  .superRefine((fact, ctx) => {
    if (fact.cues.length === 0 && (fact.frames ?? []).length === 0)
      ctx.addIssue({ code: 'custom', path: ['cues'], message: 'a fact needs a cue or a frame' });
  });

/**
 * A concept file (`src/stories/concepts/<language>.json`): per concept, the words by which that
 * language's press says it, in the cue syntax with the forms readers meet (`бирж(а|и|е|у)`,
 * `(krypto)?börse(n)?`). `language` is null for the file of names and numbers every language writes
 * alike (WeChat, OKEx, 124), which say nothing of a page's language.
 */
export const conceptFileSchema = z.strictObject({
  language: language.nullable(),
  concepts: z.record(slug, z.array(cueText).min(1)),
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
  /**
   * What every page about the story names somewhere, whatever strand it tells: per entry, concept
   * ids, one of whose words the page must hold, anywhere ("china|wechat", "crypto|blockchain").
   * A page without them gets no mark of the story; the first stage every page gets looks for these
   * words before anything else, so they are what a page not about the story pays for.
   */
  context: contextSchema,
  /**
   * The year the story was first reported. A page whose dateline names an earlier year (its
   * latest full date near the top, `src/text/dateline.ts`) is not about it: Beijing's 2017 order
   * against ICO events names the same venues as Chaoyang's 2018 notice.
   */
  since: z.number().int().min(1990).max(2100).optional(),
  /**
   * Where the story happened, for its `local` facts: the concept whose words name its country
   * (`country`) and the one whose words name other countries, their capitals and regulators
   * (`elsewhere`).
   */
  home: z.strictObject({ country: slug, elsewhere: slug }).optional(),
});

export type Language = z.infer<typeof language>;
export type Source = z.infer<typeof sourceSchema>;
export type Statement = z.infer<typeof statementSchema>;
export type Difference = z.infer<typeof differenceSchema>;
export type Cue = z.infer<typeof cueSchema>;
export type Frame = z.infer<typeof frameSchema>;
export type ConceptFile = z.infer<typeof conceptFileSchema>;
export type Fact = z.infer<typeof factSchema>;
export type TimelineEvent = z.infer<typeof timelineEventSchema>;
export type Story = z.infer<typeof storySchema>;
export type Relation = (typeof RELATIONS)[number];

/**
 * The compiled cue table: every cue and frame of every story, the stories' contexts, and the
 * concept words they need, with only what the page reader needs (no quotes, statements or
 * explanations), so the content script's module graph stays small.
 */
import {
  parseConceptRef,
  type ConceptFile,
  type Frame,
  type Language,
  type Story,
  type Verdict,
} from '../stories/schema.ts';

/** One cue, flattened with the story and fact it points to. */
export interface CueEntry {
  readonly story: string;
  readonly fact: string;
  /** The cue as written in the dataset (syntax included): the "cue that matched". */
  readonly text: string;
  readonly lang: Language;
  readonly strong: boolean;
  readonly verdict: Verdict;
  readonly reason?: string;
  /** The facts its fact gives way to (`Fact.givesWayTo`). */
  readonly givesWayTo?: readonly string[];
}

/**
 * One word (or phrase) of a concept, found by the same scan as the cues. `lang` is null when the
 * word says nothing of the page's language: a name or number every language writes alike, or a
 * word several languages' lists share ("blockchain").
 */
export interface TermEntry {
  /** The word in the cue syntax; the matcher is compiled from it (the page's table leaves it out). */
  readonly text?: string;
  /** Index into `CueTable.concepts`. */
  readonly concept: number;
  /** The language whose list holds it: its number words are compiled in. */
  readonly lang: Language | null;
  /** Written in digits only: whatever list holds it, it says nothing of a sentence's language. */
  readonly digits?: true;
}

/** A frame, flattened with its story and fact; concepts are indices into `CueTable.concepts`. */
export interface FrameEntry {
  readonly story: string;
  readonly fact: string;
  /** The frame's concepts as written (`n124|n-over-100 + exchange + offshore?`). */
  readonly text: string;
  /** Each entry the sentence must hold: one of these concepts. */
  readonly required: readonly (readonly number[])[];
  /** Entries taken into the mark when the sentence holds them. */
  readonly optional: readonly (readonly number[])[];
  /** A sentence that holds any of these says something else. */
  readonly unless: readonly number[];
  /**
   * For a `local` fact, the concepts that name other countries and the story's own: a sentence
   * that holds a word of the first and none of the second says it of another country.
   */
  readonly abroad?: readonly [elsewhere: number, home: number];
  /** The longest stretch, in UTF-16 units, the required words may cover. */
  readonly within: number;
  /** Marked at its first finding on a page only (`Frame.once`). */
  readonly once?: true;
  /** May be stated over two sentences in a row (`Frame.twoSentences`). */
  readonly twoSentences?: true;
  /** Read only where nothing else states its fact or stands there (`Frame.lastResort`). */
  readonly lastResort?: true;
  readonly strong: boolean;
  readonly verdict: Verdict;
  readonly reason?: string;
  /** The facts its fact gives way to (`Fact.givesWayTo`). */
  readonly givesWayTo?: readonly string[];
}

/** A story's context (`Story.context`): per entry, concept indices, one of which a page must hold. */
export interface ContextEntry {
  readonly story: string;
  readonly required: readonly (readonly number[])[];
  /** The story's `since`: a page dated before that year gets none of its findings. */
  readonly since?: number;
}

/** A fact's context (`Fact.context`), as a story's, for that fact's findings alone. */
export interface FactContextEntry extends ContextEntry {
  readonly fact: string;
}

export interface CueTable {
  readonly cues: readonly CueEntry[];
  readonly terms: readonly TermEntry[];
  /** Concept ids, in first-use order. */
  readonly concepts: readonly string[];
  readonly frames: readonly FrameEntry[];
  /** Each story's context. */
  readonly contexts: readonly ContextEntry[];
  /** The contexts of the facts that have one. */
  readonly factContexts: readonly FactContextEntry[];
}

/** A table of cues alone, without concepts or frames (tests, synthetic stories). */
export function cueTableOf(cues: readonly CueEntry[]): CueTable {
  return { cues, terms: [], concepts: [], frames: [], contexts: [], factContexts: [] };
}

/** A frame's default reach: a sentence's worth of words, never a paragraph. */
export const DEFAULT_WITHIN = 160;

/**
 * Flattens stories into the cue table, in dataset order, with the words of the concepts frames and
 * contexts use.
 */
export function cueTableFromStories(
  stories: readonly Story[],
  conceptFiles: readonly ConceptFile[] = [],
): CueTable {
  const cues: CueEntry[] = [];
  const concepts: string[] = [];
  const conceptIndex = new Map<string, number>();
  const conceptOf = (id: string): number => {
    let c = conceptIndex.get(id);
    if (c === undefined) {
      c = concepts.length;
      conceptIndex.set(id, c);
      concepts.push(id);
    }
    return c;
  };
  const frames: FrameEntry[] = [];
  const contexts: ContextEntry[] = [];
  const factContexts: FactContextEntry[] = [];
  const requiredOf = (context: readonly string[]) =>
    context.map((ref) => parseConceptRef(ref).ids.map(conceptOf));
  for (const story of stories) {
    contexts.push({
      story: story.id,
      required: requiredOf(story.context),
      ...(story.since === undefined ? {} : { since: story.since }),
    });
    for (const fact of story.facts) {
      if (fact.context !== undefined)
        factContexts.push({ story: story.id, fact: fact.id, required: requiredOf(fact.context) });
      const givesWay = fact.givesWayTo === undefined ? {} : { givesWayTo: fact.givesWayTo };
      for (const cue of fact.cues) {
        cues.push({
          story: story.id,
          fact: fact.id,
          text: cue.text,
          lang: cue.lang,
          strong: cue.strength === 'strong',
          verdict: cue.verdict ?? 'agrees',
          ...(cue.reason !== undefined ? { reason: cue.reason } : {}),
          ...givesWay,
        });
      }
      const abroad =
        fact.local === true && story.home !== undefined
          ? { abroad: [conceptOf(story.home.elsewhere), conceptOf(story.home.country)] as const }
          : {};
      for (const frame of fact.frames ?? [])
        frames.push({ ...frameEntry(story, fact.id, frame, conceptOf), ...givesWay, ...abroad });
    }
  }
  return {
    cues,
    terms: termsOf(conceptFiles, conceptIndex),
    concepts,
    frames,
    contexts,
    factContexts,
  };
}

function frameEntry(
  story: Story,
  fact: string,
  frame: Frame,
  conceptOf: (id: string) => number,
): FrameEntry {
  const required: number[][] = [];
  const optional: number[][] = [];
  for (const ref of frame.concepts) {
    const { ids, optional: isOptional } = parseConceptRef(ref);
    (isOptional ? optional : required).push(ids.map(conceptOf));
  }
  return {
    story: story.id,
    fact,
    text: frame.concepts.join(' + '),
    required,
    optional,
    unless: (frame.unless ?? []).map(conceptOf),
    within: frame.within ?? DEFAULT_WITHIN,
    ...(frame.once === true ? { once: true as const } : {}),
    ...(frame.twoSentences === true ? { twoSentences: true as const } : {}),
    ...(frame.lastResort === true ? { lastResort: true as const } : {}),
    strong: frame.strength === 'strong',
    verdict: frame.verdict ?? 'agrees',
    ...(frame.reason !== undefined ? { reason: frame.reason } : {}),
  };
}

/**
 * The words of the concepts frames and contexts use, once each: a word two languages' lists share
 * is kept once, with no language. A word with digits is kept per language, since each spells its
 * numbers out in words of its own (124: "one hundred and twenty-four", "一百二十四").
 */
function termsOf(
  conceptFiles: readonly ConceptFile[],
  conceptIndex: ReadonlyMap<string, number>,
): TermEntry[] {
  const terms: TermEntry[] = [];
  const seen = new Map<string, number>();
  for (const file of conceptFiles) {
    for (const [id, words] of Object.entries(file.concepts)) {
      const concept = conceptIndex.get(id);
      if (concept === undefined) continue; // no frame or context uses it
      for (const text of words) {
        const key = /\d/.test(text)
          ? `${concept}\u0000${text}\u0000${file.language}`
          : `${concept}\u0000${text}`;
        const again = seen.get(key);
        if (again === undefined) {
          seen.set(key, terms.length);
          terms.push({
            text,
            concept,
            lang: file.language,
            ...(/^[\d\s]+$/.test(text) ? { digits: true as const } : {}),
          });
        } else if (terms[again]?.lang !== file.language) {
          terms[again] = { text, concept, lang: null };
        }
      }
    }
  }
  return terms;
}

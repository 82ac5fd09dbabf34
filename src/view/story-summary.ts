/**
 * What the popup shows of a story: its facts with what each outlet says of them (the cells of a
 * source × fact matrix, in the outlet's own value), the timeline, and the outlets with their
 * headlines and notes. Pure data: the popup's components render it as it is.
 */
import type { Language } from '../stories/schema';
import { requireStory, sourceRefs, type SourceRef } from './sources';
import { storyText, type Reading, type Translated } from './story-text';
import type { FactKind, Relation, TextLanguage } from './types';

export interface SummarySource {
  id: string;
  outlet: string;
  domain?: string;
  headline: string | null;
  /** The headline's translation, when the reader's language is not the source's. */
  headlineTranslation?: Translated;
  language: Language;
  /** Set when the article reads as a machine translation from this language. */
  translatedFrom?: Language;
  /** Plain-language notes (page residue, a headline that contradicts the body…). */
  notes: string[];
}

/** What one outlet says of one fact. */
export interface MatrixCell {
  relation: Relation;
  /** The value or wording this outlet gives ("124", "more than 100"). */
  value: string;
  note?: string;
}

export interface SummaryFact {
  id: string;
  title: string;
  /** What the sources together support. */
  statement: string;
  kind: FactKind;
  /** Per source id; a source missing here did not report the fact. */
  cells: Record<string, MatrixCell | undefined>;
  /** Plain sentences on where the sources differ. */
  differences: string[];
}

export interface TimelineEvent {
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: only as precise as the sources are. */
  date: string;
  label: string;
  facts: { id: string; title: string }[];
  /** The outlets that report the event. */
  sources: SourceRef[];
}

export interface StorySummaryView {
  id: string;
  /**
   * The language of the story's own text as shown (title, summary, facts, values, notes,
   * timeline); a source's headline is in the source's `language`.
   */
  language: TextLanguage;
  title: string;
  summary: string;
  /** In the story's order: the matrix's columns. */
  sources: SummarySource[];
  facts: SummaryFact[];
  timeline: TimelineEvent[];
}

/**
 * The popup's summary of a story, in the reader's language (`reading`; the original without).
 * Throws on an unknown story.
 */
export function storySummaryView(storyId: string, reading?: Reading): StorySummaryView {
  const story = requireStory(storyId);
  const text = storyText(story, reading);
  const titles = new Map(story.facts.map((f) => [f.id, text.factTitle(f)]));
  return {
    id: story.id,
    language: text.language,
    title: text.title,
    summary: text.summary,
    sources: story.sources.map((s) => {
      const headlineTranslation = text.headline(s);
      return {
        id: s.id,
        outlet: s.outlet,
        ...(s.domain !== undefined ? { domain: s.domain } : {}),
        headline: s.headline,
        ...(headlineTranslation !== undefined ? { headlineTranslation } : {}),
        language: s.language,
        ...(s.translatedFrom !== undefined ? { translatedFrom: s.translatedFrom } : {}),
        notes: text.sourceNotes(s),
      };
    }),
    facts: story.facts.map((fact) => ({
      id: fact.id,
      title: text.factTitle(fact),
      statement: text.statement(fact),
      kind: fact.kind,
      cells: Object.fromEntries(
        fact.statements.map((s) => {
          const note = text.note(fact, s);
          return [
            s.source,
            {
              relation: s.relation,
              value: text.value(fact, s),
              ...(note !== undefined ? { note } : {}),
            },
          ];
        }),
      ),
      differences: fact.differences.map((_, i) => text.difference(fact, i)),
    })),
    timeline: story.timeline.map((e, i) => ({
      date: e.date,
      label: text.timelineLabel(i),
      facts: e.facts.map((id) => ({ id, title: titles.get(id) ?? id })),
      sources: sourceRefs(story, e.sources),
    })),
  };
}

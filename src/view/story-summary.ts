/**
 * What the popup shows of a story: its facts with what each outlet says of them (the cells of a
 * source × fact matrix, in the outlet's own value), the timeline, and the outlets with their
 * headlines and notes. Pure data: the popup's components render it as it is.
 */
import type { Language } from '../stories/schema';
import { requireStory, sourceRefs, type SourceRef } from './sources';
import type { FactKind, Relation } from './types';

export interface SummarySource {
  id: string;
  outlet: string;
  domain?: string;
  headline: string | null;
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
   * The language of the story's own text (title, summary, facts, values, notes, timeline); a
   * source's headline is in the source's `language`.
   */
  language: Language;
  title: string;
  summary: string;
  /** In the story's order: the matrix's columns. */
  sources: SummarySource[];
  facts: SummaryFact[];
  timeline: TimelineEvent[];
}

/** The popup's summary of a story. Throws on an unknown story. */
export function storySummaryView(storyId: string): StorySummaryView {
  const story = requireStory(storyId);
  const titles = new Map(story.facts.map((f) => [f.id, f.title]));
  return {
    id: story.id,
    language: story.language,
    title: story.title,
    summary: story.summary,
    sources: story.sources.map((s) => ({
      id: s.id,
      outlet: s.outlet,
      ...(s.domain !== undefined ? { domain: s.domain } : {}),
      headline: s.headline,
      language: s.language,
      ...(s.translatedFrom !== undefined ? { translatedFrom: s.translatedFrom } : {}),
      notes: [...s.notes],
    })),
    facts: story.facts.map((fact) => ({
      id: fact.id,
      title: fact.title,
      statement: fact.statement,
      kind: fact.kind,
      cells: Object.fromEntries(
        fact.statements.map((s) => [
          s.source,
          {
            relation: s.relation,
            value: s.value,
            ...(s.note !== undefined ? { note: s.note } : {}),
          },
        ]),
      ),
      differences: fact.differences.map((d) => d.explanation),
    })),
    timeline: story.timeline.map((e) => ({
      date: e.date,
      label: e.label,
      facts: e.facts.map((id) => ({ id, title: titles.get(id) ?? id })),
      sources: sourceRefs(story, e.sources),
    })),
  };
}

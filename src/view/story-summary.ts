/**
 * What the popup shows of a story: its facts with which outlets report each and how (a source ×
 * fact matrix), the timeline, and the outlets with their headlines and notes. Pure data.
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
  translatedFrom?: Language;
  notes: string[];
}

export interface SummaryFact {
  id: string;
  title: string;
  statement: string;
  kind: FactKind;
  /** The outlets that report the fact, in source order, with how each relates to the statement. */
  reportedBy: { source: SourceRef; relation: Relation }[];
}

export interface StorySummaryView {
  id: string;
  title: string;
  summary: string;
  sources: SummarySource[];
  facts: SummaryFact[];
  /** Rows are facts (in `facts` order), columns are `sources`; a cell is a relation or null (silent). */
  matrix: { sources: SourceRef[]; rows: { factId: string; cells: (Relation | null)[] }[] };
  timeline: {
    date: string;
    label: string;
    facts: { id: string; title: string }[];
    sources: SourceRef[];
  }[];
}

/** The popup's summary of a story. Throws on an unknown story. */
export function storySummaryView(storyId: string): StorySummaryView {
  const story = requireStory(storyId);
  const columns = story.sources.map((s) => s.id);
  const titles = new Map(story.facts.map((f) => [f.id, f.title]));
  const facts = story.facts.map((fact): SummaryFact => {
    const bySource = new Map(fact.statements.map((s) => [s.source, s.relation]));
    return {
      id: fact.id,
      title: fact.title,
      statement: fact.statement,
      kind: fact.kind,
      reportedBy: columns
        .filter((id) => bySource.has(id))
        .map((id) => ({
          source: sourceRefs(story, [id])[0] as SourceRef,
          relation: bySource.get(id) as Relation,
        })),
    };
  });
  return {
    id: story.id,
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
    facts,
    matrix: {
      sources: sourceRefs(story, columns),
      rows: story.facts.map((fact) => {
        const bySource = new Map(fact.statements.map((s) => [s.source, s.relation]));
        return { factId: fact.id, cells: columns.map((id) => bySource.get(id) ?? null) };
      }),
    },
    timeline: story.timeline.map((e) => ({
      date: e.date,
      label: e.label,
      facts: e.facts.map((id) => ({ id, title: titles.get(id) ?? id })),
      sources: sourceRefs(story, e.sources),
    })),
  };
}

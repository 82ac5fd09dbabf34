/**
 * The popup's data, from the core's view models (`src/view/`), shaped for the ui/ components. Pure:
 * it reads the bundled story and the content script's PageState, never the page.
 */
import type { Mention } from '../../src/read-page';
import { storyById } from '../../src/stories';
import { pageFactsView } from '../../src/view/page-facts';
import { storySummaryView } from '../../src/view/story-summary';
import type { PageState } from '../platform/messages';
import type { PageFact, StorySummaryModel, SummaryFact } from '../ui/summary-model';

/**
 * The story summary. The core's view gives each cell's relation; each outlet's own value and the
 * explanations of the differences (what the matrix's cells and the consolidated facts say in
 * words) come from the story itself.
 */
export function storySummaryModel(storyId: string): StorySummaryModel | null {
  const story = storyById(storyId);
  if (story === undefined) return null;
  const view = storySummaryView(storyId);
  const details = new Map(story.facts.map((f) => [f.id, f]));
  return {
    id: view.id,
    title: view.title,
    summary: view.summary,
    sources: view.sources,
    facts: view.facts.map((f): SummaryFact => {
      const fact = details.get(f.id);
      const statements = new Map(fact?.statements.map((s) => [s.source, s]));
      return {
        id: f.id,
        title: f.title,
        statement: f.statement,
        cells: Object.fromEntries(
          f.reportedBy.map(({ source, relation }) => {
            const st = statements.get(source.id);
            const note = st?.note;
            return [source.id, { relation, value: st?.value ?? '', ...(note ? { note } : {}) }];
          }),
        ),
        differences: fact?.differences.map((d) => d.explanation) ?? [],
      };
    }),
    timeline: view.timeline.map((e) => ({
      date: e.date,
      label: e.label,
      sources: e.sources.map((s) => s.id),
    })),
  };
}

/** One entry per fact the page states, in page order, pointing at its first mention. */
export function pageFacts(storyId: string, mentions: PageState['mentions']): PageFact[] {
  if (storyById(storyId) === undefined) return [];
  const ordered = [...mentions].sort((a, b) => a.index - b.index);
  // The core takes the reader's mentions; only the fields it reads are meaningful here.
  const asRead = ordered.map((m): Mention => ({
    block: 0,
    start: 0,
    end: 0,
    storyId,
    factId: m.factId,
    cue: '',
    verdict: m.verdict,
    ...(m.reason !== undefined ? { reason: m.reason } : {}),
  }));
  return pageFactsView(storyId, asRead).map((f) => {
    const first = ordered[f.firstMention]!;
    return {
      factId: f.factId,
      title: f.title,
      text: first.text,
      verdict: f.verdict,
      reasons: f.reasons,
      index: first.index,
      mentionCount: f.mentionCount,
    };
  });
}

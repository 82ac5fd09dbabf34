/**
 * The popup's data: the story summary and this page's facts, shaped for the ui/ components. Pure:
 * it reads the bundled story and the content script's PageState, never the page.
 */
import { worstVerdict } from '../../src/judge/verdict';
import type { Story } from '../../src/stories/schema';
import type { PageState } from '../platform/messages';
import type { PageFact, StorySummaryModel, SummaryFact } from '../ui/summary-model';

export function storySummaryModel(story: Story): StorySummaryModel {
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
      notes: s.notes,
    })),
    facts: story.facts.map((f): SummaryFact => ({
      id: f.id,
      title: f.title,
      statement: f.statement,
      cells: Object.fromEntries(
        f.statements.map((st) => [
          st.source,
          {
            relation: st.relation,
            value: st.value,
            ...(st.note !== undefined ? { note: st.note } : {}),
          },
        ]),
      ),
      differences: f.differences.map((d) => d.explanation),
    })),
    timeline: story.timeline.map((e) => ({ date: e.date, label: e.label, sources: e.sources })),
  };
}

/**
 * One entry per fact the page states, in page order. Its verdict is the notable one among its
 * mentions, and the quoted text and the scroll target are the first mention with that verdict.
 */
export function pageFacts(story: Story | undefined, mentions: PageState['mentions']): PageFact[] {
  const titles = new Map(story?.facts.map((f) => [f.id, f.title]));
  const byFact = new Map<string, PageState['mentions']>();
  for (const m of [...mentions].sort((a, b) => a.index - b.index)) {
    const list = byFact.get(m.factId) ?? [];
    list.push(m);
    byFact.set(m.factId, list);
  }
  return [...byFact].map(([factId, list]) => {
    const verdict = worstVerdict(list.map((m) => m.verdict));
    const shown = list.find((m) => m.verdict === verdict) ?? list[0]!;
    return {
      factId,
      title: titles.get(factId) ?? factId,
      text: shown.text,
      verdict,
      ...(shown.reason !== undefined ? { reason: shown.reason } : {}),
      index: shown.index,
      mentionCount: list.length,
    };
  });
}

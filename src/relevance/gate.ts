/**
 * The relevance gate: a page is about a story only when enough of the story's distinct facts, or a
 * cue specific to it, co-occur. One fact alone (WeChat closing accounts, the 2017 ban, a "124")
 * never is. The decision comes with its evidence so the popup can explain it.
 */
import type { CueTable } from '../match/cue-table';
import type { Match } from '../match/scan';

export interface RelevanceEvidence {
  storyId: string;
  /** Distinct facts mentioned, in the order the page first mentions them. */
  facts: string[];
  /** Distinct strong cues that matched (as written in the dataset). */
  strongCues: string[];
  mentionCount: number;
}

export interface Relevance {
  relevant: boolean;
  storyId: string | null;
  /** One plain sentence: why the page is (or is not) taken as about a story. */
  reason: string;
  /** Per story with at least one mention, most facts first. */
  evidence: RelevanceEvidence[];
}

/** The rule: a story-specific cue with this many distinct facts, or this many facts without one. */
export const MIN_FACTS_WITH_STRONG_CUE = 3;
export const MIN_FACTS = 5;

function passes(e: RelevanceEvidence): boolean {
  const facts = e.facts.length;
  return (e.strongCues.length > 0 && facts >= MIN_FACTS_WITH_STRONG_CUE) || facts >= MIN_FACTS;
}

function rank(a: RelevanceEvidence, b: RelevanceEvidence): number {
  return (
    b.facts.length - a.facts.length ||
    b.strongCues.length - a.strongCues.length ||
    b.mentionCount - a.mentionCount ||
    (a.storyId < b.storyId ? -1 : a.storyId > b.storyId ? 1 : 0)
  );
}

const RULE = `${MIN_FACTS_WITH_STRONG_CUE} distinct facts with a story-specific cue, or ${MIN_FACTS} distinct facts`;

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Decides whether the matches make the page about one story, and which. */
export function judgeRelevance(table: CueTable, matches: readonly Match[]): Relevance {
  const byStory = new Map<string, { facts: Set<string>; strong: Set<string>; count: number }>();
  for (const m of matches) {
    const cue = table.cues[m.cue];
    if (cue === undefined) continue;
    let e = byStory.get(cue.story);
    if (e === undefined) {
      e = { facts: new Set(), strong: new Set(), count: 0 };
      byStory.set(cue.story, e);
    }
    e.facts.add(cue.fact);
    if (cue.strong) e.strong.add(cue.text);
    e.count++;
  }
  const evidence = [...byStory].map(([storyId, e]): RelevanceEvidence => ({
    storyId,
    facts: [...e.facts],
    strongCues: [...e.strong],
    mentionCount: e.count,
  }));
  evidence.sort(rank);
  const best = evidence[0];
  if (best === undefined) {
    return {
      relevant: false,
      storyId: null,
      reason: 'No fact of any story is mentioned.',
      evidence,
    };
  }
  const found = `${plural(best.facts.length, 'distinct fact')} and ${plural(best.strongCues.length, 'story-specific cue')} of ${best.storyId}`;
  if (passes(best)) {
    return { relevant: true, storyId: best.storyId, reason: `${found} (needs ${RULE}).`, evidence };
  }
  return {
    relevant: false,
    storyId: null,
    reason: `Only ${found}; a page is about a story with ${RULE}.`,
    evidence,
  };
}

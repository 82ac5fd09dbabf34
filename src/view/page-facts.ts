/**
 * What the popup lists for this page: each fact of the story the page states, once, with the
 * page's verdict on it and where it is first mentioned. Pure data.
 */
import { worstVerdict } from '../judge/verdict';
import type { Mention } from '../read-page';
import { requireStory } from './sources';
import { storyText, type Reading } from './story-text';
import type { Verdict } from './types';

export interface PageFact {
  factId: string;
  title: string;
  statement: string;
  /** The most notable verdict among the page's wordings of the fact. */
  verdict: Verdict;
  /** The distinct reasons behind verdicts other than `agrees`, from the dataset. */
  reasons: string[];
  /** Index in `mentions` of the fact's first mention (to scroll to it). */
  firstMention: number;
  mentionCount: number;
}

/**
 * One entry per fact the page mentions, in the order of first mention; titles and reasons in the
 * reader's language (`reading`; the original without).
 */
export function pageFactsView(
  storyId: string,
  mentions: readonly Mention[],
  reading?: Reading,
): PageFact[] {
  const story = requireStory(storyId);
  const text = storyText(story, reading);
  const facts = new Map(story.facts.map((f) => [f.id, f]));
  const entries = new Map<string, { first: number; verdicts: Verdict[]; reasons: Set<string> }>();
  mentions.forEach((m, index) => {
    if (m.storyId !== storyId || !facts.has(m.factId)) return;
    let e = entries.get(m.factId);
    if (e === undefined) {
      e = { first: index, verdicts: [], reasons: new Set() };
      entries.set(m.factId, e);
    }
    e.verdicts.push(m.verdict);
    if (m.verdict !== 'agrees' && m.reason !== undefined) e.reasons.add(text.reason(m.reason));
  });
  return [...entries].map(([factId, e]) => {
    const fact = facts.get(factId);
    return {
      factId,
      title: fact ? text.factTitle(fact) : factId,
      statement: fact ? text.statement(fact) : '',
      verdict: worstVerdict(e.verdicts),
      reasons: [...e.reasons],
      firstMention: e.first,
      mentionCount: e.verdicts.length,
    };
  });
}

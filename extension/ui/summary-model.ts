/**
 * The shapes the popup's story components draw. They mirror the core's view models (`src/view/`);
 * `popup/view.ts` maps one onto the other, so a change there touches one file.
 */
import type { Language, Relation, Verdict } from '../../src/stories/schema';

export type { Relation, Verdict };

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

/** What one source says of one fact. */
export interface MatrixCell {
  relation: Relation;
  /** The value or wording this source gives ("124", "more than 100"). */
  value: string;
  note?: string;
}

export interface SummaryFact {
  id: string;
  title: string;
  /** What the sources together support. */
  statement: string;
  /** Per source id; a source missing here did not report the fact. */
  cells: Record<string, MatrixCell | undefined>;
  /** Plain sentences on where the sources differ. */
  differences: string[];
}

export interface SummaryEvent {
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  date: string;
  label: string;
  /** Source ids. */
  sources: string[];
}

export interface StorySummaryModel {
  id: string;
  title: string;
  summary: string;
  sources: SummarySource[];
  facts: SummaryFact[];
  timeline: SummaryEvent[];
}

/** One fact this page states, with the verdict on its wording and its first mention. */
export interface PageFact {
  factId: string;
  title: string;
  /** The page's words (the first mention's text). */
  text: string;
  /** The most notable verdict among the page's wordings of the fact. */
  verdict: Verdict;
  /** Why, for verdicts other than `agrees` (one line each, from the dataset). */
  reasons: string[];
  /** The first mention: what `focus-mention` scrolls to. */
  index: number;
  /** How many times the page states the fact. */
  mentionCount: number;
}

/** True when a relation is a disagreement worth flagging in the matrix. */
export function disagrees(relation: Relation): boolean {
  return relation === 'differs' || relation === 'contradicts';
}

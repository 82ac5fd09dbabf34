/**
 * How a page's wording relates to the sources. The dataset decides it per cue (a page that says
 * "more than 100" rounds the sources' 124); this module only orders and summarises those verdicts.
 */
import type { Verdict } from '../stories/schema';

/** From agreeing to going furthest from the sources: a fact stated several ways shows the worst. */
const SEVERITY: Record<Verdict, number> = { agrees: 0, rounds: 1, differs: 2, beyond: 3 };

/** The verdict that says most about a set of wordings (`agrees` for none). */
export function worstVerdict(verdicts: Iterable<Verdict>): Verdict {
  let worst: Verdict = 'agrees';
  for (const v of verdicts) if (SEVERITY[v] > SEVERITY[worst]) worst = v;
  return worst;
}

/** Sorts verdicts from the most to the least notable. */
export function compareVerdicts(a: Verdict, b: Verdict): number {
  return SEVERITY[b] - SEVERITY[a];
}

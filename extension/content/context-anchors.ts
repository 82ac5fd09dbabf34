/**
 * The first stage's second step: every word of the stories' contexts
 * (`src/anchors/context.generated.json`: their places as well as their subjects), loaded only on a
 * page that holds the rarest of them (`first.generated.json`, shipped in the first stage).
 */
import { conditions, patterns } from '../../src/anchors/context.generated.json';
import type { ContextSpec } from '../../src/anchors/context-check';

/** The groups' RegExp sources and conditions: the page's text was prepared by the first step. */
export const contextAnchors: Pick<ContextSpec, 'patterns' | 'conditions'> = {
  patterns,
  conditions,
};

/**
 * The first stage's first two steps: whether a page's text holds some story's context words
 * (`first.generated.json`, shipped: the rarest of them; then `context.generated.json`: all of
 * them). A condition's groups are found anywhere on the page. Each group is one RegExp, made at
 * build time (`context-patterns.ts`), run by the browser's engine over the normalised text
 * (`normalize.ts`) with every run of separators read as one space: no finder of heads, no parsing
 * of anchors. A class of separators inside each alternative made the engine 16 times slower than
 * the stories' check; one space makes it faster.
 *
 * Kept small: it ships in the content script every page gets; `check.ts` loads with the stories'
 * anchors.
 */
import type { AnchorSpec } from './derive';
import { normalizer } from './normalize';

/**
 * Past this many UTF-16 units in one stretch, the page is taken as possibly about a story: reading
 * it whole would hold the page's main thread too long in one task (the reader reads in steps).
 */
export const MAX_TEXT = 1_000_000;

export interface ContextSpec extends Pick<
  AnchorSpec,
  'conditions' | 'gap' | 'skip' | 'space' | 'pairs'
> {
  /** Each group's RegExp source (`contextPatterns`). */
  readonly patterns: readonly string[];
}

/**
 * The two passes that prepare a page's text for the context's anchors: normalising it, then reading
 * every run of separators as one space. Both context steps read the same (their specs share how to
 * read text), so a page's text is prepared once. The first stage runs a long page's passes in tasks
 * of their own.
 */
export function contextSteps(
  spec: Pick<ContextSpec, 'gap' | 'skip' | 'space' | 'pairs'>,
): [normalize: (text: string) => string, collapse: (normalized: string) => string] {
  // Runs of separators, but not a lone space (most of them: replacing each took 40 ms on 1 MB).
  // A run is told by its first character: this form ran about a third faster in V8 than
  // `[gap]{2,}|(?! )[gap]`, which tries both alternatives at every separator.
  const gaps = new RegExp(`(?! )[${spec.gap}]+| [${spec.gap}]+`, 'g');
  return [normalizer(spec), (normalized) => normalized.replace(gaps, ' ')];
}

/** The page's text as the context's anchors are looked for in (`contextSteps`, both passes). */
export function contextText(
  spec: Pick<ContextSpec, 'gap' | 'skip' | 'space' | 'pairs'>,
): (text: string) => string {
  const [normalize, collapse] = contextSteps(spec);
  return (text) => collapse(normalize(text));
}

/**
 * The context's check: true when text prepared by `contextText` may be about some story. A
 * condition's groups are looked for anywhere on the page, whatever its reach (a context's is 0:
 * anywhere).
 */
export function contextCheck({
  patterns,
  conditions,
}: Pick<ContextSpec, 'patterns' | 'conditions'>): (text: string) => boolean {
  const found = patterns.map((source) => new RegExp(source));
  return (text) => {
    const seen: (boolean | undefined)[] = [];
    return conditions.some((condition) =>
      condition.slice(1).every((g) => (seen[g] ??= found[g]?.test(text) ?? false)),
    );
  };
}

/**
 * The first stage's first two steps: whether a page's text holds some story's context words
 * (`first.generated.json`, shipped: the rarest of them; then `context.generated.json`: all of
 * them). A condition's groups are found anywhere on the page. Each group is one RegExp of its
 * anchors, run by the browser's engine over the normalised text (`normalize.ts`) with every run of
 * separators read as one space: no finder of heads, no parsing of anchors. It reads an anchor as
 * the stories' check does (`check.ts`): a word at a word start (anywhere for `~`: a word glued to
 * the one before), separators between two words, separators or none beside a CJK character, no
 * letter after a whole word (`=`). A class of separators inside each alternative made the engine
 * 16 times slower than the stories' check; one space makes it faster.
 *
 * Kept small: it ships in the content script every page gets; `check.ts` loads with the stories'
 * anchors.
 */
import type { AnchorSpec } from './derive';
import { normalizer } from './normalize';

/**
 * Between a group's anchors (`AnchorSpec.groups`): check.ts's `ANCHOR_SEPARATOR`, not imported
 * (check.ts loads in a chunk of its own).
 */
const SEPARATOR = '|';

/**
 * Past this many UTF-16 units in one stretch, the page is taken as possibly about a story: reading
 * it whole would hold the page's main thread too long in one task (the reader reads in steps).
 */
export const MAX_TEXT = 1_000_000;

export type ContextSpec = Pick<
  AnchorSpec,
  'groups' | 'conditions' | 'word' | 'gap' | 'skip' | 'space' | 'pairs'
>;

/**
 * The page's text as the context's anchors are looked for in: normalised, every run of separators
 * one space. Both context steps read the same (their specs share how to read text), so a page's
 * text is prepared once.
 */
export function contextText(spec: ContextSpec): (text: string) => string {
  const normalize = normalizer(spec);
  // Runs of separators, but not a lone space (most of them: replacing each took 40 ms on 1 MB).
  const gaps = new RegExp(`[${spec.gap}]{2,}|(?! )[${spec.gap}]`, 'g');
  return (text) => normalize(text).replace(gaps, ' ');
}

/**
 * The context's check: true when text prepared by `contextText` may be about some story. A
 * condition's groups are looked for anywhere on the page, whatever its reach (a context's is 0:
 * anywhere).
 */
export function contextCheck(spec: ContextSpec): (text: string) => boolean {
  const { word } = spec;
  const wordChar = new RegExp(`[${word}]`);
  const isWord = (ch: string | undefined) => ch !== undefined && wordChar.test(ch);
  /** One anchor's RegExp source, after its start (a word start for a word). */
  const source = (anchor: string): string => {
    let out = '';
    for (let k = 0; k < anchor.length; k++) {
      const ch = anchor[k] as string;
      if (ch !== ' ' && k > 0 && anchor[k - 1] !== ' ' && !(isWord(ch) && isWord(anchor[k - 1])))
        out += ' ?';
      out += ch.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
    }
    return out;
  };
  const found = spec.groups.map((group) => {
    const words: string[] = [];
    const others: string[] = [];
    for (const raw of group.split(SEPARATOR)) {
      const anchor = raw.replace(/^[=~]/, '');
      const src = source(anchor) + (raw[0] === '=' ? `(?![${word}])` : '');
      (isWord(anchor[0]) && raw[0] !== '~' ? words : others).push(src);
    }
    if (words.length) others.push(`(?<![${word}])(?:${words.join('|')})`);
    return new RegExp(others.join('|'));
  });
  return (text) => {
    const seen: (boolean | undefined)[] = [];
    return spec.conditions.some((condition) =>
      condition.slice(1).every((g) => (seen[g] ??= found[g]?.test(text) ?? false)),
    );
  };
}

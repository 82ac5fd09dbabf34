/**
 * The context checks' RegExp sources, made at build time from a context's groups
 * (`build/anchors-plugin.ts` writes them to `first.generated.json` and `context.generated.json`):
 * the first stage only compiles them. Made on the page, they cost more than the check itself.
 *
 * Each group becomes one RegExp of its anchors, read over text prepared by `contextText` (every
 * run of separators one space) as the stories' check reads an anchor (`check.ts`): a word at a word
 * start (anywhere for `~`: a word glued to the one before), one space between two words, a space
 * or none beside a CJK character, no letter after a whole word (`=`).
 */
import { ANCHOR_SEPARATOR } from './check.ts';
import type { AnchorSpec } from './derive.ts';

export function contextPatterns({ groups, word }: Pick<AnchorSpec, 'groups' | 'word'>): string[] {
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
  return groups.map((group) => {
    const words: string[] = [];
    const others: string[] = [];
    for (const raw of group.split(ANCHOR_SEPARATOR)) {
      const anchor = raw.replace(/^[=~]/, '');
      const src = source(anchor) + (raw[0] === '=' ? `(?![${word}])` : '');
      (isWord(anchor[0]) && raw[0] !== '~' ? words : others).push(src);
    }
    if (words.length) others.push(`(?<![${word}])(?:${words.join('|')})`);
    return others.join('|');
  });
}

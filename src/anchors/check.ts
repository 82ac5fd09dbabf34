/**
 * The first stage's test of a page's text against the anchors (`derive.ts`), done mostly by the
 * browser's own string and RegExp engines: the text is normalised (`normalize.ts`); a RegExp of
 * plain words and characters, the heads of the anchors (the engine shares their common starts),
 * finds where an anchor may start, and the anchor is checked there. The trigger groups are looked
 * for on the whole page; a condition's other groups only once its trigger is found, near it (a
 * frame) or anywhere (a cue).
 *
 * Kept small: it ships in the content script every page gets.
 */
import type { AnchorSpec } from './derive';
import { normalizer } from './normalize';

export interface AnchorCheck {
  /**
   * Reads one more stretch of the page's text (the first read, then text added later): true once
   * the page may be about a story. A condition's groups must all be found in one stretch.
   */
  scan(text: string): boolean;
}

/** Past this many places to look at in one stretch, the page is taken as possibly about a story. */
const MAX_LOOKS = 1000;
/**
 * Past this many UTF-16 units in one stretch, the page is taken as possibly about a story: reading
 * it whole would hold the page's main thread too long in one task (the reader reads in steps).
 */
export const MAX_TEXT = 1_000_000;

/** Finds anchors: a RegExp of their heads, and per head the anchors it starts, with their groups. */
interface Finder {
  readonly heads: RegExp;
  /** Head -> `[anchor, group, anchor, group, …]`. */
  readonly byHead: Readonly<Record<string, readonly number[]>>;
}

export function anchorCheck(spec: AnchorSpec): AnchorCheck {
  const normalize = normalizer(spec);
  const { anchors, heads, groups, conditions, word } = spec;
  const wordChar = new RegExp(`[${word}]`);
  const gapChar = new RegExp(`[${spec.gap}]`);
  const isWord = (ch: string | undefined) => ch !== undefined && wordChar.test(ch);
  const isGap = (ch: string | undefined) => ch === ' ' || (ch !== undefined && gapChar.test(ch));
  const textOf = (a: number) => (anchors[a] as string).replace(/^=/, '');

  /** Whether anchor `a` starts at `at` of normalised text. */
  const startsAt = (a: number, text: string, at: number): boolean => {
    const s = textOf(a);
    let i = at;
    for (let k = 0; k < s.length; k++) {
      const ch = s[k] as string;
      if (ch === ' ') {
        // Between two words: a run of separators.
        if (!isGap(text[i])) return false;
        while (isGap(text[i])) i++;
        continue;
      }
      // Beside a CJK character: a run of separators, or none.
      if (k > 0 && s[k - 1] !== ' ' && !(isWord(ch) && isWord(s[k - 1])))
        while (isGap(text[i])) i++;
      if (text[i++] !== ch) return false;
    }
    return (anchors[a] as string)[0] !== '=' || !isWord(text[i]);
  };

  /** A finder for the anchors of `gs`: an anchor that starts with a word, at a word start. */
  const finder = (gs: readonly number[]): Finder => {
    const byHead: Record<string, number[]> = {};
    const words = new Set<string>();
    let chars = '';
    for (const g of gs) {
      for (const a of groups[g] ?? []) {
        const length = heads[a] as number;
        const head = textOf(a).slice(0, length < 0 ? 1 : length);
        if (length > 0) words.add(head);
        else if (!chars.includes(head)) chars += head;
        (byHead[head] ??= []).push(a, g);
      }
    }
    // Longest first: where several heads start, the engine reports the first alternative that
    // matches, so the longest; the others found there are its starts (looked up in `find`).
    const sorted = [...words].sort((a, b) => b.length - a.length);
    const source = [
      sorted.length ? `(?<![${word}])(?:${sorted.join('|')})` : '',
      chars && `[${chars}]`,
    ];
    return { heads: new RegExp(source.filter(Boolean).join('|') || '(?!)', 'g'), byHead };
  };

  /**
   * Calls `found(group, at)` for each anchor of the finder's groups starting in `text` between
   * `from` and `to`; false when there were too many places to look at.
   */
  const find = (
    { heads, byHead }: Finder,
    text: string,
    from: number,
    to: number,
    found: (group: number, at: number) => void,
  ): boolean => {
    let looks = 0;
    heads.lastIndex = from;
    for (let m = heads.exec(text); m && m.index < to; m = heads.exec(text)) {
      const at = m.index;
      heads.lastIndex = at + 1;
      for (let k = 1; k <= m[0].length; k++) {
        const list = byHead[m[0].slice(0, k)] ?? [];
        for (let i = 0; i < list.length; i += 2) {
          if (++looks > MAX_LOOKS) return false;
          if (startsAt(list[i] as number, text, at)) found(list[i + 1] as number, at);
        }
      }
    }
    return true;
  };

  // The trigger groups' finder comes built (`spec.trigger`).
  const triggers: Finder = {
    heads: new RegExp(spec.trigger.source, 'g'),
    byHead: spec.trigger.byHead,
  };
  const others: (Finder | undefined)[] = [];
  /** Whether some anchor of group `g` starts between `from` and `to`. */
  const foundIn = (g: number, text: string, from: number, to: number): boolean => {
    let any = false;
    return !find((others[g] ??= finder([g])), text, from, to, () => (any = true)) || any;
  };

  return {
    scan(input) {
      if (input.length > MAX_TEXT) return true;
      const text = normalize(input);
      /** Trigger group -> where its anchors start, in text order. */
      const hits = new Map<number, number[]>();
      const complete = find(triggers, text, 0, text.length, (g, at) => {
        const list = hits.get(g);
        if (!list) hits.set(g, [at]);
        else if (list.at(-1) !== at) list.push(at);
      });
      if (!complete) return true;
      return conditions.some(([reach, trigger, ...rest]) => {
        const at = hits.get(trigger as number);
        if (!at) return false;
        if (!reach) return rest.every((g) => foundIn(g, text, 0, text.length));
        // Some trigger found with every other group within `reach` of it.
        if (at.length * rest.length > MAX_LOOKS / 10) return true;
        return at.some((p) =>
          rest.every((g) => foundIn(g, text, Math.max(0, p - reach), p + reach)),
        );
      });
    },
  };
}

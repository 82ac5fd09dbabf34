/**
 * The first stage's test of a page's text against the anchors (`derive.ts`), done mostly by the
 * browser's own string and RegExp engines: the text is normalised (`normalize.ts`); a RegExp of
 * plain words and characters, the heads of the anchors (the engine shares their common starts),
 * finds where an anchor may start, and the anchor is checked there. The trigger groups are looked
 * for on the whole page; a condition's other groups only once its trigger is found, near it (a
 * frame) or anywhere (a cue).
 *
 * It loads with the stories' anchors, after the context's check (`context-check.ts`) passed the
 * same text (no longer than its `MAX_TEXT`). It takes the normalisation from its caller, so the
 * chunk it loads in shares no module with the first stage: a module the two shared would be split
 * into a third file that every page loads.
 */
import type { AnchorSpec } from './derive';

export interface AnchorCheck {
  /**
   * Reads one more stretch of the page's text (the first read, then text added later): true once
   * the page may be about a story. A condition's groups must all be found in one stretch.
   */
  scan(text: string): boolean;
}

/** Between a group's anchors (`AnchorSpec.groups`): a separator, so never a character of one. */
export const ANCHOR_SEPARATOR = '|';

/** Past this many places to look at in one stretch, the page is taken as possibly about a story. */
const MAX_LOOKS = 1000;
/** An anchor as a finder keeps it. */
interface Anchor {
  readonly text: string;
  /** Its last word is whole: no letter may follow it. */
  readonly whole: boolean;
  readonly group: number;
}

/**
 * Finds anchors: a RegExp of their heads (a word's start at a word start, or a CJK character), and
 * a head's anchors.
 */
interface Finder {
  readonly heads: RegExp;
  anchors(head: string): readonly Anchor[] | undefined;
}

/** The check of `spec`'s anchors, on text normalised by `normalize` (`normalizer(spec)`). */
export function anchorCheck(spec: AnchorSpec, normalize: (text: string) => string): AnchorCheck {
  const { groups, conditions, word, trigger } = spec;
  const wordChar = new RegExp(`[${word}]`);
  const wordAt = new RegExp(`[${word}]*`, 'y');
  const gapChar = new RegExp(`[${spec.gap}]`);
  const isWord = (ch: string | undefined) => ch !== undefined && wordChar.test(ch);
  const isGap = (ch: string | undefined) => ch === ' ' || (ch !== undefined && gapChar.test(ch));
  /** The word starting at `at`, or the character there when it is not a letter (a CJK one). */
  const tokenAt = (text: string, at: number): string => {
    wordAt.lastIndex = at;
    return wordAt.exec(text)?.[0] || (text[at] ?? '');
  };

  /** Whether `anchor` starts at `at` of normalised text. */
  const startsAt = ({ text: s, whole }: Anchor, text: string, at: number): boolean => {
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
    return !whole || !isWord(text[i]);
  };

  const anchor = (raw: string, group: number): Anchor =>
    raw[0] === '='
      ? { text: raw.slice(1), whole: true, group }
      : { text: raw, whole: false, group };

  /**
   * A RegExp of heads: words at a word start, longest first (where several heads start, the engine
   * reports the first alternative that matches, so the longest; the others found there are its
   * starts, looked up in `find`); CJK characters one by one.
   */
  const headsOf = (words: readonly string[], chars: string): RegExp => {
    const byLength: string[][] = [];
    for (const w of words) (byLength[w.length] ??= []).push(w);
    const source = [
      words.length ? `(?<![${word}])(?:${byLength.reverse().flat().join('|')})` : '',
      chars && `[${chars}]`,
    ];
    return new RegExp(source.filter(Boolean).join('|') || '(?!)', 'g');
  };

  // The trigger groups' finder: its heads as shipped; a head's anchors parsed once it is found.
  const parsed = new Map<string, Anchor[]>();
  const triggerWords = Object.keys(trigger.words);
  const triggers: Finder = {
    heads: headsOf(triggerWords, Object.keys(trigger.chars).join('')),
    anchors(head) {
      let list = parsed.get(head);
      if (list) return list;
      const entries = Object.hasOwn(trigger.words, head)
        ? trigger.words[head]
        : Object.hasOwn(trigger.chars, head)
          ? trigger.chars[head]
          : undefined;
      if (entries === undefined) return undefined;
      list = entries.split(ANCHOR_SEPARATOR).map((entry) => {
        const comma = entry.lastIndexOf(',');
        return anchor(entry.slice(0, comma), Number(entry.slice(comma + 1)));
      });
      parsed.set(head, list);
      return list;
    },
  };

  /** The finder of group `g`, looked for near a trigger or anywhere. */
  const finder = (g: number): Finder => {
    const byHead = new Map<string, Anchor[]>();
    let chars = '';
    for (const raw of (groups[g] ?? '').split(ANCHOR_SEPARATOR)) {
      const a = anchor(raw, g);
      const head = tokenAt(a.text, 0);
      if (!isWord(head) && !chars.includes(head)) chars += head;
      const list = byHead.get(head);
      if (list) list.push(a);
      else byHead.set(head, [a]);
    }
    const words = [...byHead.keys()].filter((head) => isWord(head[0]));
    return { heads: headsOf(words, chars), anchors: (head) => byHead.get(head) };
  };

  /**
   * Calls `found(group, at)` for each anchor of the finder's groups starting in `text` between
   * `from` and `to`; false when there were too many places to look at. Where a head is found, the
   * anchors of every head that starts there are looked at: the head found and each start of it.
   */
  const find = (
    { heads, anchors }: Finder,
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
        for (const a of anchors(m[0].slice(0, k)) ?? []) {
          if (++looks > MAX_LOOKS) return false;
          if (startsAt(a, text, at)) found(a.group, at);
        }
      }
    }
    return true;
  };

  const others: (Finder | undefined)[] = [];
  /** Trigger groups shipped as plain lists (a small spec's), not keyed by head. */
  const plainTriggers = [...new Set(conditions.map((c) => c[1] as number))].filter(
    (g) => groups[g],
  );
  /** Whether some anchor of group `g` starts between `from` and `to`. */
  const foundIn = (g: number, text: string, from: number, to: number): boolean => {
    let any = false;
    return !find((others[g] ??= finder(g)), text, from, to, () => (any = true)) || any;
  };

  return {
    scan(input) {
      const text = normalize(input);
      /** Trigger group -> where its anchors start, in text order. */
      const hits = new Map<number, number[]>();
      const hit = (g: number, at: number) => {
        const list = hits.get(g);
        if (!list) hits.set(g, [at]);
        else if (list.at(-1) !== at) list.push(at);
      };
      const complete =
        find(triggers, text, 0, text.length, hit) &&
        plainTriggers.every((g) => find((others[g] ??= finder(g)), text, 0, text.length, hit));
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

/**
 * Derives the first stage's anchors from the dataset: short strings, some of which every page that
 * could get a mark must hold. A page gets a mark only when a strong cue or a strong frame matches
 * (`src/relevance/gate.ts`), so each of those gets a condition: a trigger group of anchors, looked
 * for on the whole page, and maybe other groups, looked for near a trigger found (a frame's
 * concepts stand in one sentence) or anywhere (a cue's other words). A group is found when any one
 * of its anchors is.
 *
 * Sound by construction. Whatever a phrase (a cue, or a word of a concept) requires is a part: each
 * required slot, each run of a slot with one spelling, and neighbouring slots together. A group
 * stands for a part when every spelling of the part holds one of its anchors: tokens in a row
 * (`pieces.ts`; the last word may be cut short). A frame's group stands for an entry when it stands
 * for a part of every word of every concept the entry may be. Which of the sound choices is made is
 * a matter of cost only: rare anchors, from how often their words occur in reference texts about
 * other things, and few of them (the anchors ship in the script every page gets).
 */
import { phrasesOf } from '../match/compile.ts';
import type { CueTable } from '../match/cue-table.ts';
import type { Language } from '../stories/schema.ts';
import { ANCHOR_SEPARATOR } from './check.ts';
import type { Folding } from './normalize.ts';
import { isCjk, runsOf } from './pieces.ts';
import { requiredParts, runKeys, type Key, type Part } from './parts.ts';
import { classes, folding, foldPlan, type Classes } from './tables.ts';

/**
 * What the first stage ships: anchors in groups, conditions on groups, how to read text.
 *
 * An anchor is tokens in a row (`joinTokens` in `pieces.ts`); the last word may be the start of a longer one,
 * unless the anchor starts with `=`. One that starts with a word is found at the start of a word
 * only, unless it starts with `~` (a context's only: `GLUED` in `parts.ts`). The first stage finds where an
 * anchor may start by its head: its first word (or the start of one), or its first CJK character.
 */
export interface AnchorSpec extends Classes, Folding {
  /**
   * The trigger groups' anchors by head, as the first stage looks them up: per head, its anchors,
   * each `anchor,group`, joined by `ANCHOR_SEPARATOR`. Heads that are words, and CJK characters.
   * The browser parses this (JSON); a head's string is split only once a page holds the head.
   */
  readonly trigger: {
    readonly words: Readonly<Record<string, string>>;
    readonly chars: Readonly<Record<string, string>>;
  };
  /**
   * Each group looked for near a trigger or anywhere: its anchors, sorted, joined by
   * `ANCHOR_SEPARATOR` (empty for a group that is only ever a trigger, keyed in `trigger`). Not
   * keyed by head like the triggers: these groups are long lists of anchors that are mostly their
   * own heads, and keyed they shipped at 30.8 KB gzipped instead of 17.5; the page reads their
   * heads itself, and only for the few groups a trigger found calls for. A small spec (a context's)
   * ships its triggers here too, as plain lists, and `trigger` empty: half the size, and the page
   * reads a few hundred heads in well under a millisecond.
   */
  readonly groups: readonly string[];
  /**
   * A page may be marked when, for some condition, every one of its groups is found. Each is
   * `[reach, trigger, ...others]`: the trigger group is looked for on the whole page, the others
   * within `reach` UTF-16 units of a trigger found (0: anywhere on the page).
   */
  readonly conditions: readonly (readonly number[])[];
}

/** The characters a spec's anchors are made of (the normalisation must read them as the matcher). */
export function anchorCharacters(spec: Pick<AnchorSpec, 'groups' | 'trigger'>): Set<string> {
  const used = new Set<string>();
  const lists = [
    ...spec.groups,
    ...Object.values(spec.trigger.words),
    ...Object.values(spec.trigger.chars),
  ];
  for (const list of lists)
    for (const entry of list.split(ANCHOR_SEPARATOR))
      for (const ch of entry.replace(/^[=~]/, '').replace(/,\d+$/, ''))
        if (ch !== ' ') used.add(ch);
  return used;
}

/** Tokens of a typical page, for the chance that a page holds an anchor. */
const PAGE_TOKENS = 2000;
/**
 * A frame's reach is measured on a block's text; the first stage reads the page's text nodes,
 * skipped elements and all, so an element the reader skips inside a sentence (an icon's label, a
 * button) may stand between a frame's words: this much is allowed for it.
 */
export const REACH_MARGIN = 64;
/** How many of a frame's entries beside its trigger are checked. */
const MAX_OTHERS = 2;

/** Common words and how often they occur, counted over many pages (`build/anchor-words.json`). */
export interface WordCounts {
  /** Tokens counted. */
  readonly tokens: number;
  /** A word is in `words` when it was counted this many times or more. */
  readonly minCount: number;
  readonly words: Readonly<Record<string, number>>;
}

/**
 * How often an anchor occurs on pages about other things: its words from the word counts, tokens
 * in a row from reference texts (pages and near-misses, where the collocations of other stories
 * show: "third party payment").
 */
class Reference {
  readonly #tokens: number;
  readonly #count = new Map<Key, number>();
  readonly #words: WordCounts;
  readonly #prefix = new Map<string, number>();

  constructor(texts: readonly string[], words: WordCounts, candidates: ReadonlySet<Key>) {
    this.#words = words;
    let tokens = 0;
    const seen = new Set<Key>();
    for (const text of texts) {
      for (const run of runsOf(text)) {
        tokens += run.length;
        seen.clear();
        runKeys(run, seen);
        for (const k of seen)
          if (candidates.has(k)) this.#count.set(k, (this.#count.get(k) ?? 0) + 1);
      }
    }
    this.#tokens = Math.max(tokens, 1);
    const starts = new Set<string>();
    // An `i:` anchor is counted as a word's start: the counts hold few words of its scripts.
    for (const k of candidates) if (!k.startsWith('x:') && !k.includes(' ')) starts.add(k.slice(2));
    for (const [word, n] of Object.entries(words.words)) {
      for (let i = 1; i <= word.length; i++) {
        const start = word.slice(0, i);
        if (starts.has(start)) this.#prefix.set(start, (this.#prefix.get(start) ?? 0) + n);
      }
    }
  }

  /** How many times a page of PAGE_TOKENS tokens holds the anchor, on average. */
  occurrences(key: Key): number {
    return PAGE_TOKENS * ((this.#count.get(key) ?? 0) / this.#tokens + this.#expected(key));
  }

  /** The chance that a page holds the anchor. */
  chance(key: Key): number {
    return 1 - Math.exp(-this.occurrences(key));
  }

  /** A token's share of the counted words (a word the counts lack: rarer than their least). */
  #share(token: string, start: boolean): number {
    const { tokens, minCount, words } = this.#words;
    const n = start ? this.#prefix.get(token) : words[token];
    if (n !== undefined) return n / tokens;
    return ((minCount / 4) * (isCjk(token) ? 1 : 0.8 ** Math.max(0, token.length - 5))) / tokens;
  }

  /**
   * Tokens in a row: as often as their rarest, a quarter of the time (words run together far more
   * than chance would have it: "rounds of", "access to the").
   */
  #expected(key: Key): number {
    const tokens = tokensOf(key.slice(2));
    const start = !key.startsWith('x:');
    if (tokens.length === 1) return this.#share(tokens[0] as string, start);
    let least = Infinity;
    tokens.forEach((token, i) => {
      least = Math.min(least, this.#share(token, start && i === tokens.length - 1));
    });
    return least / 4;
  }
}

/** An anchor's tokens: words split at spaces and CJK characters one by one. */
function tokensOf(text: string): string[] {
  const out: string[] = [];
  let word = '';
  for (const ch of text) {
    if (ch === ' ' || isCjk(ch)) {
      if (word) out.push(word);
      word = '';
      if (ch !== ' ') out.push(ch);
    } else word += ch;
  }
  if (word) out.push(word);
  return out;
}

/** What the first stage looks for first: an anchor's first word (or its start), or CJK character. */
function headOf(key: Key): Key {
  const tokens = tokensOf(key.slice(2));
  return tokens.length === 1 && !key.startsWith('x:') ? key : `w:${tokens[0] as string}`;
}

/**
 * Costs, in the currency of a page passed for nothing (which loads the reader, tens of
 * milliseconds): checking an anchor where its head occurs, a microsecond or so; a character of
 * anchors shipped in the script every page gets.
 */
const HEAD_COST = 5e-4;
/** A head found this many times on a page, on average, is common. */
const COMMON_HEAD = Infinity; // (a cap tried; it cost more rare anchors than it saved)
const CHAR_COST = 1e-4;

type Group = ReadonlySet<Key>;

/** How much an anchor's chance and its head's occurrences weigh, by what its group is for. */
type Regime = readonly [chance: number, head: number, size: number];
/** A cue's trigger: a page passes on it alone. */
const CUE: Regime = [1, 1, 1];
/** A frame's trigger: its other groups are looked for near each (ten times the work). */
const FRAME: Regime = [0.2, 10, 1];
/** Looked for near a trigger only. */
const NEAR: Regime = [0.2, 0, 1];

/** Chooses anchors and conditions, phrase by phrase. */
class Chooser {
  readonly chosen = new Set<Key>();
  readonly conditions: { reach: number; groups: Group[] }[] = [];

  /** `inside`: whether `i:` anchors may be chosen (the stories' check finds anchors by head). */
  constructor(
    readonly reference: Reference,
    readonly inside = false,
  ) {}

  /**
   * An anchor's cost: its chance on a page (an anchor chosen by another phrase is no cheaper: each
   * condition can pass a page on its own), the checks where its head occurs, its size.
   */
  #cost(key: Key, [chance, head, size]: Regime): number {
    const heads = this.reference.occurrences(headOf(key));
    return (
      chance * this.reference.chance(key) +
      head * HEAD_COST * heads +
      // A head on most pages ("de", "the") is looked at on every page, many times: only as a
      // last resort.
      (head > 0 && heads > COMMON_HEAD ? 1 : 0) +
      (this.chosen.has(key) ? 0 : size * CHAR_COST * key.length)
    );
  }

  /** The anchors that cover every spelling of a part (greedy weighted set cover), none of `not`. */
  cover(part: Part, regime: Regime = CUE, not: Group = new Set()): Group | null {
    if (part.length === 0) return null;
    const cost = (k: Key) =>
      not.has(k) || (!this.inside && k.startsWith('i:')) ? Infinity : this.#cost(k, regime);
    const keys = new Set<Key>();
    let open = [...part];
    while (open.length > 0) {
      const counts = new Map<Key, number>();
      for (const spelling of open)
        for (const k of spelling) counts.set(k, (counts.get(k) ?? 0) + 1);
      let best: Key | undefined;
      let bestRatio = Infinity;
      for (const [k, n] of counts) {
        const ratio = cost(k) / n;
        // On a tie, the longer anchor: it says more, and is found no more often.
        if (
          ratio < bestRatio ||
          (ratio === bestRatio &&
            best !== undefined &&
            (k.length > best.length || (k.length === best.length && k < best)))
        ) {
          bestRatio = ratio;
          best = k;
        }
      }
      if (best === undefined || bestRatio === Infinity) return null;
      keys.add(best);
      open = open.filter((spelling) => !spelling.has(best));
    }
    return keys;
  }

  /** The chance a page holds some anchor of the group. */
  chance(group: Group): number {
    let miss = 1;
    for (const k of group) miss *= 1 - this.reference.chance(k);
    return 1 - miss;
  }

  /** How many times a page holds the heads of the group's anchors, on average. */
  headHits(group: Group): number {
    let n = 0;
    for (const head of new Set([...group].map(headOf))) n += this.reference.occurrences(head);
    return n;
  }

  #keep(condition: { reach: number; groups: Group[] }): void {
    this.conditions.push(condition);
    for (const group of condition.groups) for (const k of group) this.chosen.add(k);
  }

  /**
   * A cue's condition: its rarest part; when that one is not rare enough, with the rarest part of
   * other anchors (found anywhere: a cue is a phrase, but its words may be far apart in the page's
   * text when white space runs long between them).
   */
  chooseCue(parts: readonly Part[]): void {
    const groups = parts.map((part) => this.cover(part));
    if (groups.some((g) => g === null)) return; // a required part that never matches
    const rank = (g: Group) => this.chance(g) + HEAD_COST * this.headHits(g);
    const sorted = [...(groups as Group[])].sort((a, b) => rank(a) - rank(b));
    const first = sorted[0];
    if (first === undefined) throw new Error('a cue without a required part');
    const second = sorted.find((g) => !related(first, g));
    if (second === undefined || this.chance(first) <= RARE_ENOUGH) {
      this.#keep({ reach: 0, groups: [first] });
      return;
    }
    const other = this.cover(parts[groups.indexOf(second)] as Part, NEAR, first) ?? second;
    this.#keep({ reach: 0, groups: [first, other] });
  }

  /** A group for a frame's or a context's entry: the anchors that cover each of its words. */
  #coverEntry(terms: readonly Part[], regime: Regime): Group {
    const keys = new Set<Key>();
    for (const part of terms) for (const k of this.cover(part, regime) ?? []) keys.add(k);
    return withoutRedundant(keys, terms.flat());
  }

  /**
   * A frame's condition: its entry cheapest to look for on the whole page as the trigger, and the
   * entries likeliest to rule a page out near it (their words ship too: a few of them).
   */
  chooseFrame(entries: readonly (readonly Part[])[], reach: number): void {
    const triggers = entries.map((terms) => this.#coverEntry(terms, FRAME));
    const cost = (g: Group) =>
      this.chance(g) +
      10 * HEAD_COST * this.headHits(g) +
      [...g].reduce((n, k) => n + (this.chosen.has(k) ? 0 : CHAR_COST * k.length), 0);
    let trigger = 0;
    triggers.forEach((g, i) => {
      if (cost(g) < cost(triggers[trigger] as Group)) trigger = i;
    });
    const others = entries
      .map((terms, i) => (i === trigger ? null : this.#coverEntry(terms, NEAR)))
      .filter((g): g is Group => g !== null && g.size > 0)
      .sort((a, b) => this.chance(a) - this.chance(b))
      .slice(0, MAX_OTHERS);
    this.#keep({ reach, groups: [triggers[trigger] as Group, ...others] });
  }

  /**
   * A context's condition: a group for each entry, found anywhere on the page; the one found least
   * often is the trigger.
   */
  chooseContext(entries: readonly (readonly Part[])[]): void {
    const groups = entries.map((terms) => this.#coverEntry(terms, CUE));
    groups.sort((a, b) => this.chance(a) - this.chance(b));
    this.#keep({ reach: 0, groups });
  }
}

/** Whether two groups share a word (or the start of one): finding one says the other is likely. */
function related(a: Group, b: Group): boolean {
  const words = (g: Group) => [...g].flatMap((k) => tokensOf(k.slice(2)));
  const mine = words(a);
  return words(b).some((u) => mine.some((t) => t.startsWith(u) || u.startsWith(t)));
}

/** A group alone is a cue's condition when a page holds it this rarely. */
const RARE_ENOUGH = 2e-4;

interface Phrase {
  readonly text: string;
  readonly lang: Language | null;
}

/**
 * What the first stage checks, in three steps: `first`, the rarest entry of each story's context
 * (its subject: crypto, blockchain…), small enough to ship in the script every page gets; then, on
 * a page that has those words, `context`, every entry of the stories' contexts (a page about a
 * story names its place and its subject, `Story.context`); then `stories`, the anchors of every
 * strong cue and strong frame. Each is loaded only on a page that passed the step before.
 */
export interface AnchorSpecs {
  readonly first: AnchorSpec;
  readonly context: AnchorSpec;
  readonly stories: AnchorSpec;
}

/**
 * Plain texts about other things the anchors are chosen against: `pages`, about anything (what the
 * contexts' anchors must pass by); `nearMisses`, about the stories' neighbours (other years'
 * crackdowns, other WeChat rules: what the stories' anchors must pass by too).
 */
export interface ReferenceTexts {
  readonly pages: readonly string[];
  readonly nearMisses: readonly string[];
}

/**
 * The anchors of every story's context, and of every strong cue and strong frame, of `table`
 * (built with its terms' texts), chosen against `reference`.
 */
export function deriveAnchors(
  table: CueTable,
  reference: ReferenceTexts,
  words: WordCounts,
): AnchorSpecs {
  const phrases = phrasesOf(table) as Phrase[];
  const partsOf = new Map<number, Part[]>();
  const parts = (p: number): Part[] => {
    let found = partsOf.get(p);
    if (!found) {
      const phrase = phrases[p] as Phrase;
      partsOf.set(p, (found = requiredParts(phrase.text, phrase.lang)));
    }
    return found;
  };
  const strongCues = table.cues.flatMap((cue, c) => (cue.strong ? [c] : []));
  const termsOf = new Map<number, number[]>();
  table.terms.forEach((term, t) => {
    const list = termsOf.get(term.concept) ?? [];
    list.push(table.cues.length + t);
    termsOf.set(term.concept, list);
  });
  const strongFrames = table.frames.filter((frame) => frame.strong);
  const termsOfEntries = (required: readonly (readonly number[])[]) =>
    required.map((entry) => entry.flatMap((concept) => termsOf.get(concept) ?? []));
  const frameTerms = strongFrames.map((frame) => termsOfEntries(frame.required));
  const contextTerms = table.contexts.map((context) => termsOfEntries(context.required));
  const all = [...strongCues, ...frameTerms.flat(2), ...contextTerms.flat(2)];

  // Anchors only of characters the first stage's normalisation reads as the matcher does.
  const wanted = new Set<string>();
  for (const p of all)
    for (const part of parts(p))
      for (const spelling of part)
        for (const k of spelling) for (const ch of k.slice(2)) wanted.add(ch);
  wanted.delete(' ');
  const plan = foldPlan(wanted);
  const candidates = new Set<Key>();
  for (const p of all) {
    for (const part of parts(p)) {
      for (const spelling of part) {
        for (const k of spelling)
          if (![...k.slice(2)].every((ch) => ch === ' ' || plan.stable.has(ch))) spelling.delete(k);
        if (spelling.size === 0)
          throw new Error(
            `"${(phrases[p] as Phrase).text}": a spelling has no anchor the first stage can read`,
          );
        for (const k of spelling) candidates.add(k);
      }
    }
  }
  // Each token's own count feeds the estimate of tokens in a row.
  for (const k of [...candidates]) {
    const tokens = tokensOf(k.slice(2));
    for (const token of tokens) candidates.add(`x:${token}`);
    candidates.add(headOf(k));
  }
  const chooser = new Chooser(
    new Reference([...reference.pages, ...reference.nearMisses], words, candidates),
  );
  /** A concept's word is found only when all its parts are: its cheapest part stands for it. */
  const entriesOf = (terms: readonly (readonly number[])[]): Part[][] =>
    terms.map((entry) =>
      entry.map((p) => {
        const options = parts(p);
        let best = options[0] as Part;
        for (const part of options) {
          const group = chooser.cover(part);
          const current = chooser.cover(best);
          if (group && current && chooser.chance(group) < chooser.chance(current)) best = part;
        }
        return best;
      }),
    );

  for (const c of strongCues) chooser.chooseCue(parts(c));
  strongFrames.forEach((frame, f) =>
    chooser.chooseFrame(entriesOf(frameTerms[f] as number[][]), frame.within + REACH_MARGIN),
  );
  // The contexts: each entry's words anywhere on the page (reach 0), chosen on their own.
  const context = new Chooser(new Reference(reference.pages, words, candidates), true);
  for (const terms of contextTerms) context.chooseContext(entriesOf(terms));
  // A context's groups are sorted rarest first (`chooseContext`): the first is its trigger.
  const triggers = context.conditions.map(({ groups }) => ({
    reach: 0,
    groups: groups.slice(0, 1),
  }));
  const contextSpec = specOf(context.conditions, plan, false);
  // The first step reads text as the second does (`contextText`): a page's text is prepared once.
  const { word, skip, gap, space, pairs } = contextSpec;
  return {
    first: { ...specOf(triggers, plan, false), word, skip, gap, space, pairs },
    context: contextSpec,
    stories: specOf(chooser.conditions, plan),
  };
}

/**
 * Whether wherever anchor `b` is found, `a` is too: `a` is a start of `b` (its last word may be cut
 * short), or `a`'s whole words and then a space start `b`. With `inside`, also where such a start
 * is one of `b`'s later words (or CJK characters): for groups looked for anywhere on the page, not
 * near a trigger, since it moves where the group is found ("bitcoin" for "behind bitcoin").
 */
function implies(a: Key, b: Key, inside: boolean): boolean {
  const at = a.slice(2);
  const bt = b.slice(2);
  if (a.startsWith('i:')) return bt.includes(at);
  if (b.startsWith('i:')) return false;
  const startsAt = (from: number) => {
    const rest = bt.slice(from);
    if (a.startsWith('w:'))
      return rest.startsWith(at) && (from > 0 || rest !== at || b.startsWith('x:'));
    return rest.startsWith(`${at} `) || (from > 0 && rest === at && b.startsWith('x:'));
  };
  if (startsAt(0)) return true;
  if (!inside) return false;
  for (let i = 1; i < bt.length; i++) {
    const before = bt[i - 1] as string;
    if ((before === ' ' || isCjk(before) || isCjk(bt[i] as string)) && startsAt(i)) return true;
  }
  return false;
}

/**
 * `keys` without the anchors every spelling they cover has another of `keys` for, longest first:
 * each word of an entry is covered on its own, so one word's anchor may find another's spellings
 * too ("ativos cri" for "ativos cripto", which "cripto" finds), and the rest only adds bytes.
 */
export function withoutRedundant(keys: ReadonlySet<Key>, spellings: readonly Set<Key>[]): Set<Key> {
  const kept = new Set(keys);
  for (const k of [...keys].sort((a, b) => b.length - a.length || (a < b ? -1 : 1))) {
    kept.delete(k);
    if (spellings.some((s) => s.has(k) && ![...kept].some((o) => s.has(o)))) kept.add(k);
  }
  return kept;
}

/** A group's anchors without those another of them implies: a group is found when any one is. */
function withoutImplied(group: Group, inside: boolean): Key[] {
  const keys = [...group];
  return keys.filter((b) => !keys.some((a) => a !== b && implies(a, b, inside)));
}

/** How an anchor's kind ships: `=` before a whole last word, `~` before an `i:` anchor. */
const MARKS: Readonly<Record<string, string>> = { x: '=', i: '~' };

/** The chosen conditions as shipped: each group once, its anchors sorted; conditions once each. */
function specOf(
  conditions: readonly { reach: number; groups: readonly Group[] }[],
  plan: ReturnType<typeof foldPlan>,
  keyed = true,
): AnchorSpec {
  const text = (k: Key) => (MARKS[k[0] as string] ?? '') + k.slice(2);
  const anywhere = conditions.every(({ reach }) => reach === 0);
  const groupIds = new Map<string, number>();
  const groups: string[][] = [];
  const unique = new Map<string, number[]>();
  for (const { reach, groups: chosen } of conditions) {
    const ids = chosen.map((group) => {
      const keys = withoutImplied(group, anywhere).sort((a, b) => (text(a) < text(b) ? -1 : 1));
      const id = keys.map(text).join(ANCHOR_SEPARATOR);
      let g = groupIds.get(id);
      if (g === undefined) {
        g = groups.length;
        groupIds.set(id, g);
        groups.push(keys);
      }
      return g;
    });
    // The trigger stays first; the others in a stable order.
    const [trigger, ...others] = ids as [number, ...number[]];
    const ordered = [trigger, ...others.sort((a, b) => a - b)];
    unique.set(`${reach}:${ordered.join(',')}`, [reach, ...ordered]);
  }
  if (keyed && groups.some((keys) => keys.some((k) => k.startsWith('i:'))))
    throw new Error("an anchor found inside words in a spec the stories' check reads by head");
  const shipped = [...unique.values()];
  const triggers = new Set(shipped.map((c) => c[1] as number));
  const near = new Set(shipped.flatMap((c) => c.slice(2)));
  const words = new Map<string, string[]>();
  const chars = new Map<string, string[]>();
  groups.forEach((keys, g) => {
    if (!keyed || !triggers.has(g)) return;
    for (const k of keys) {
      const head = tokensOf(k.slice(2))[0] as string;
      const byHead = isCjk(head) ? chars : words;
      const list = byHead.get(head) ?? [];
      list.push(`${text(k)},${g}`);
      byHead.set(head, list);
    }
  });
  const record = (byHead: Map<string, string[]>) =>
    Object.fromEntries(
      [...byHead]
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([head, list]) => [head, list.join(ANCHOR_SEPARATOR)]),
    );
  const spec = {
    trigger: { words: record(words), chars: record(chars) },
    groups: groups.map((keys, g) =>
      near.has(g) || !keyed ? keys.map(text).join(ANCHOR_SEPARATOR) : '',
    ),
    conditions: shipped,
  };
  return { ...spec, ...classes(), ...folding(plan, anchorCharacters(spec)) };
}

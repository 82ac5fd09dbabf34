/**
 * Recognition by meaning: a frame's fact is stated where one sentence holds a word of each of its
 * concepts, in any order, with other words between. Works on the concept words the scan found
 * (`findMatches`' terms), so its cost follows the words found, never the page's length: sentence
 * ends are looked for only between two found words, and each sentence is checked against the
 * frames its words can start.
 */
import { oneSentenceEndBetween, sentenceEndsBetween } from '../text/sentences';
import type { CueTable, FrameEntry } from './cue-table';
import { plansOf, type Plan, type Plans } from './frame-plans';
import type { TermHits } from './scan';
import { sentenceWords } from './sentence-words';

/** The stamp of the sentence being matched (see `Plans`). */
let sentenceStamp = 0;

const NO_ENTRIES: readonly number[] = [];

/** Where a frame's words stand in a block. `start`/`end`: UTF-16 offsets, end exclusive. */
export interface FrameWords {
  readonly start: number;
  readonly end: number;
  /** The words that made the match, as start, end pairs in the block, in order. */
  readonly words: readonly number[];
  /** Index into `table.terms` of each of those words. */
  readonly terms: readonly number[];
  /**
   * For each word, the frame's required entries it fills, as bits (bit 0: the first concept, the
   * one a frame puts first: the fact's key); 0 for a word of an optional one. Words that overlap
   * (막겠 and 겠다 in 막겠다) are one word with both entries.
   */
  readonly entries: readonly number[];
}

/** A frame's fact, stated in a block. */
export interface FrameMatch extends FrameWords {
  readonly block: number;
  /** Index into `table.frames`. */
  readonly frame: number;
  /**
   * Other words of the same sentence that state it, for a mark where another mark holds these
   * words (see `window`).
   */
  readonly alternatives?: readonly FrameWords[];
}

/**
 * A stretch without a sentence end longer than this is read in parts (no frame reaches half as
 * far): a page that never ends a sentence costs no more than one that does.
 */
const LONGEST_SENTENCE = 1200;

/** How much further than its required words a mark may reach to take in an optional one. */
const OPTIONAL_REACH = 16;

/**
 * The words of the sentence being matched, one index each (no object per word): start, end,
 * concept and term. Shared: matching is synchronous, never re-entered.
 */
let wordStart = new Int32Array(256);
let wordEnd = new Int32Array(256);
let wordConcept = new Int32Array(256);
let wordTerm = new Int32Array(256);
/** 1 for a word in its concept's list (not inside a name, not a repeat of the same word). */
let wordListed = new Uint8Array(256);
/** The listed words of the frame being tried: `relevant[0 .. Trial.count]`. */
let relevant = new Int32Array(256);
/** Per entry of the frame being tried, how many words of the window fill it. */
let counts = new Int32Array(16);

function makeRoom(n: number): void {
  if (n <= wordStart.length) return;
  const grow = (a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> => {
    const b = new Int32Array(Math.max(n, a.length * 2));
    b.set(a);
    return b;
  };
  wordStart = grow(wordStart);
  wordEnd = grow(wordEnd);
  wordConcept = grow(wordConcept);
  wordTerm = grow(wordTerm);
  wordListed = new Uint8Array(wordStart.length);
  relevant = new Int32Array(wordStart.length);
}

/**
 * Every frame stated in the blocks (several may overlap: the reader picks), sorted by block then
 * start. `hits` are the scan's concept words (`TermHits`), sorted by block then start. With
 * `overTwo`, the frames read over two sentences in a row (`FrameEntry.twoSentences`) are appended
 * to it in the same pass.
 */
export function findFrames(
  table: CueTable,
  blocks: readonly string[],
  hits: TermHits,
  overTwo?: FrameMatch[],
): FrameMatch[] {
  const out: FrameMatch[] = [];
  if (table.frames.length === 0 || hits.length === 0) return out;
  const plans = plansOf(table);
  const pairs = overTwo !== undefined && plans.twoSentences ? overTwo : undefined;
  hits = withinSentences(blocks, hits);
  let from = 0; // where the sentence being read starts in `hits`
  let previous = -1; // where the sentence before it starts, when the two follow each other
  for (let k = 4; k < hits.length; k += 4) {
    const block = hits[k] as number;
    const start = hits[k + 1] as number;
    const previousEnd = hits[k - 2] as number;
    const newBlock = block !== hits[from];
    const tooLong = start - (hits[from + 1] as number) > LONGEST_SENTENCE;
    if (
      newBlock ||
      tooLong ||
      (start > previousEnd && sentenceEndsBetween(blocks[block] ?? '', previousEnd, start))
    ) {
      matchSentence(table, plans, blocks, hits, from, k, out);
      if (pairs && previous >= 0) matchPair(table, plans, blocks, hits, previous, from, k, pairs);
      // The next pair starts with this sentence when nothing but one sentence end parts the two.
      previous =
        pairs &&
        !newBlock &&
        !tooLong &&
        oneSentenceEndBetween(blocks[block] ?? '', previousEnd, start)
          ? from
          : -1;
      from = k;
    }
  }
  matchSentence(table, plans, blocks, hits, from, hits.length, out);
  if (pairs && previous >= 0)
    matchPair(table, plans, blocks, hits, previous, from, hits.length, pairs);
  return out;
}

/**
 * The frames read over two sentences (`FrameEntry.twoSentences`) that the sentences `hits[from ..
 * second]` and `hits[second .. to]` state together, with words of both: what either states alone is
 * the one-sentence reading's.
 */
function matchPair(
  table: CueTable,
  plans: Plans,
  blocks: readonly string[],
  hits: TermHits,
  from: number,
  second: number,
  to: number,
  out: FrameMatch[],
): void {
  const found: FrameMatch[] = [];
  matchSentence(table, plans, blocks, hits, from, to, found, true);
  const firstEnd = hits[second - 2] as number;
  const secondStart = hits[second + 1] as number;
  for (const m of found) if (m.start < firstEnd && m.end > secondStart) out.push(m);
}

/**
 * `hits` without the concept words that span a sentence's end: an entry of several words is one
 * phrase, never the last word of a question and the first of its answer ("…không? Trả lời…").
 * A semicolon may stand inside one ("blockchain, oui ; bitcoin, non"). A copy only when one is
 * dropped.
 */
function withinSentences(blocks: readonly string[], hits: TermHits): TermHits {
  let kept: TermHits | undefined;
  for (let k = 0; k < hits.length; k += 4) {
    const text = blocks[hits[k] as number] ?? '';
    const spans = sentenceEndsBetween(
      text,
      hits[k + 1] as number,
      (hits[k + 2] as number) - 1,
      false,
    );
    if (spans) kept ??= hits.slice(0, k);
    else
      kept?.push(
        hits[k] as number,
        hits[k + 1] as number,
        hits[k + 2] as number,
        hits[k + 3] as number,
      );
  }
  return kept ?? hits;
}

/** Whether `list` (word indices, in order of start) ends with word `w`'s place already. */
function sameWordLast(list: readonly number[], w: number): boolean {
  for (let k = list.length - 1; k >= 0 && wordStart[list[k] as number] === wordStart[w]; k--)
    if (wordEnd[list[k] as number] === wordEnd[w]) return true;
  return false;
}

/** The frames one sentence (`hits[from .. to]`) states, appended to `out` in order of start. */
function matchSentence(
  table: CueTable,
  plans: Plans,
  blocks: readonly string[],
  hits: TermHits,
  from: number,
  to: number,
  out: FrameMatch[],
  twoSentences = false,
): void {
  const startedBy = twoSentences ? plans.startedByTwo : plans.startedBy;
  // Most sentences hold no word that can start a frame: they cost this one pass.
  let starts = false;
  for (let k = from; k < to && !starts; k += 4) {
    const concept = plans.termConcept[hits[k + 3] as number] as number;
    starts = (startedBy[concept]?.length ?? 0) > 0;
  }
  if (!starts) return;
  const block = hits[from] as number;
  const text = blocks[block] ?? '';
  const kept = sentenceWords(plans, hits, from, to, text);
  // By concept, in order; the same word found as several terms of one concept (124 is listed in
  // every language) counts once.
  makeRoom(kept.length);
  wordListed.fill(0, 0, kept.length);
  const byConcept = new Map<number, number[]>();
  for (let i = 0; i < kept.length; i++) {
    const k = kept[i] as number;
    const term = hits[k + 3] as number;
    const concept = plans.termConcept[term] as number;
    wordStart[i] = hits[k + 1] as number;
    wordEnd[i] = hits[k + 2] as number;
    wordConcept[i] = concept;
    wordTerm[i] = term;
    const list = byConcept.get(concept);
    wordListed[i] = 1;
    if (list === undefined) byConcept.set(concept, [i]);
    else if (!sameWordLast(list, i)) list.push(i);
    else wordListed[i] = 0;
  }
  // An unless-concept turns a frame off whatever language its word is in: it guards against a
  // false reading, and a sentence's language is only a majority.
  const stamp = ++sentenceStamp;
  for (let k = from; k < to; k += 4)
    plans.conceptSeen[plans.termConcept[hits[k + 3] as number] as number] = stamp;
  const found: FrameMatch[] = [];
  for (const c of byConcept.keys()) {
    for (const f of startedBy[c] ?? []) {
      if (plans.frameTried[f] === stamp) continue;
      plans.frameTried[f] = stamp;
      const frame = table.frames[f] as FrameEntry;
      const plan = plans.plans[f] as Plan;
      if (!requiredMet(frame, byConcept)) continue;
      if (frame.unless.some((concept) => plans.conceptSeen[concept] === stamp)) continue;
      // A local fact's frame, in a sentence that names another country and not the story's: it
      // says the fact of that country ("Japan's FSA tightened its checks").
      if (
        frame.abroad !== undefined &&
        plans.conceptSeen[frame.abroad[0]] === stamp &&
        plans.conceptSeen[frame.abroad[1]] !== stamp
      )
        continue;
      // The listed words of the frame's concepts, in the text's order (word indices follow it).
      let count = 0;
      for (let w = 0; w < kept.length; w++)
        if (wordListed[w] === 1 && plan.fills.has(wordConcept[w] as number)) relevant[count++] = w;
      const match = window({ text, block, f, frame, plan, count });
      if (match !== null) found.push(match);
    }
  }
  found.sort((a, b) => a.start - b.start || a.end - b.end || a.frame - b.frame);
  for (const m of found) out.push(m);
}

/** Whether the sentence holds a word of each of the frame's required entries. */
function requiredMet(
  frame: FrameEntry,
  byConcept: ReadonlyMap<number, readonly number[]>,
): boolean {
  for (const entry of frame.required) {
    let met = false;
    for (let k = 0; k < entry.length && !met; k++) met = byConcept.has(entry[k] as number);
    if (!met) return false;
  }
  return true;
}

/**
 * How many different words `relevant[from .. to]` are: one word found for two concepts is one, and
 * so is a CJK word inside a longer one (取引 in 取引所: CJK text has no spaces to end words, so
 * the shorter is no word of its own there; a Latin phrase such as "WeChat accounts" does hold
 * "WeChat"). Each entry of a frame needs a word of its own. Counted up to the number any frame
 * needs.
 */
function distinctWords(text: string, from: number, to: number): number {
  let n = 1;
  let start = wordStart[relevant[from] as number] as number;
  let end = wordEnd[relevant[from] as number] as number;
  for (let k = from + 1; k <= to && n < 16; k++) {
    const w = relevant[k] as number;
    const s = wordStart[w] as number;
    const e = wordEnd[w] as number;
    const same = s === start && e === end;
    const nested =
      s < end &&
      isCjk(text.charCodeAt(s)) &&
      ((s >= start && e <= end) || (s <= start && e >= end));
    if (!same && !nested) n++;
    if (e > end || s > start) {
      start = s;
      end = Math.max(e, end);
    }
  }
  return n;
}

/** A character of Chinese, Japanese or Korean writing (ideographs, kana, hangul). */
function isCjk(c: number): boolean {
  return (
    (c >= 0x3040 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af) || (c >= 0xf900 && c <= 0xfaff)
  );
}

/**
 * How far `text[start .. end]` reaches, in characters of a spaced script: a CJK character says
 * about as much as three letters and a space, so it counts three.
 */
function reach(text: string, start: number, end: number): number {
  let units = end - start;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isCjk(c)) units += 2;
  }
  return units;
}

/** A frame tried on the sentence being matched. */
interface Trial {
  readonly text: string;
  readonly block: number;
  /** Index into `table.frames`. */
  readonly f: number;
  readonly frame: FrameEntry;
  readonly plan: Plan;
  /** How many listed words of the frame's concepts the sentence has: `relevant[0 .. count]`. */
  readonly count: number;
}

/** The frame's entries word `w` fills. */
const fillsOf = (plan: Plan, w: number): readonly number[] =>
  plan.fills.get(wordConcept[w] as number) ?? NO_ENTRIES;

/**
 * The frame stated in the sentence, or null: its tightest window (the fewest characters holding a
 * word of each required concept), with the other windows that state it beside it as
 * `alternatives`, nearest first.
 */
function window(t: Trial): FrameMatch | null {
  const { frame, plan } = t;
  if (counts.length < plan.entries) counts = new Int32Array(2 * plan.entries);
  counts.fill(0, 0, plan.entries);
  let covered = 0;
  // The windows no shorter one lies within (left, right, span), in order.
  const windows: number[] = [];
  let left = 0;
  for (let right = 0; right < t.count; right++) {
    for (const e of fillsOf(plan, relevant[right] as number)) {
      if (e < plan.required) {
        counts[e] = (counts[e] as number) + 1;
        if (counts[e] === 1) covered++;
      }
    }
    let tightest = -1;
    while (covered === plan.required) {
      // Too few different words for the entries (one word for two, or a concept a frame names
      // twice, as in two outlets' names): a shorter window has no more, so grow it to the right.
      if (distinctWords(t.text, left, right) < plan.required) break;
      tightest = left;
      for (const e of fillsOf(plan, relevant[left] as number)) {
        if (e < plan.required) {
          counts[e] = (counts[e] as number) - 1;
          if (counts[e] === 0) covered--;
        }
      }
      left++;
    }
    if (tightest >= 0 && tightest !== windows.at(-3)) {
      // Words are sorted by start and short: the last one's end stands for the window's.
      const span =
        (wordEnd[relevant[right] as number] as number) -
        (wordStart[relevant[tightest] as number] as number);
      if (span <= frame.within) windows.push(tightest, right, span);
    }
  }
  if (windows.length === 0) return null;
  let best = 0;
  for (let k = 3; k < windows.length; k += 3)
    if ((windows[k + 2] as number) < (windows[best + 2] as number)) best = k;
  const words = wordsOf(t, windows[best] as number, windows[best + 1] as number);
  if (words === null) return null;
  const match = { block: t.block, frame: t.f, ...words };
  if (windows.length === 3) return match;
  // The others that overlap it, nearest first: where another mark holds the best one's key word
  // ("the WeChat purge is the latest step in a crackdown": the closures' mark holds "purge"), one
  // of them may still state the fact in words of its own.
  const others: number[] = [];
  for (let k = 0; k < windows.length; k += 3) if (k !== best) others.push(k);
  others.sort((a, b) => (windows[a + 2] as number) - (windows[b + 2] as number) || a - b);
  const alternatives: FrameWords[] = [];
  for (const k of others) {
    const other = wordsOf(t, windows[k] as number, windows[k + 1] as number);
    if (other === null || other.end <= match.start || other.start >= match.end) continue;
    alternatives.push(other);
    if (alternatives.length === MAX_ALTERNATIVES) break;
  }
  return alternatives.length > 0 ? { ...match, alternatives } : match;
}

/** Whether word `w` fills one of the frame's required entries. */
function fillsRequired(plan: Plan, w: number): boolean {
  const fills = fillsOf(plan, w);
  for (let k = 0; k < fills.length; k++) if ((fills[k] as number) < plan.required) return true;
  return false;
}

/**
 * Sorts a few numbers, in place, ascending: an insertion sort, as they come nearly sorted, and
 * without the copy `Array.prototype.sort` makes (7% of what reading a 10 MB page
 * allocated).
 */
function sortNumbers(list: number[]): void {
  for (let i = 1; i < list.length; i++) {
    const v = list[i] as number;
    let j = i - 1;
    for (; j >= 0 && (list[j] as number) > v; j--) list[j + 1] = list[j] as number;
    list[j + 1] = v;
  }
}

/** How many other windows of a frame in one sentence are kept beside its tightest. */
const MAX_ALTERNATIVES = 2;

/**
 * The words that state the frame in the window `relevant[first .. last]`, with the optional
 * entries' words beside them, or null where they state none.
 */
function wordsOf(
  { text, frame, plan, count }: Trial,
  first: number,
  last: number,
): FrameWords | null {
  // The words of the window that fill required entries, one per entry at least.
  const used: number[] = [];
  for (let k = first; k <= last; k++) {
    const w = relevant[k] as number;
    if (fillsRequired(plan, w)) used.push(w);
  }
  // Each entry needs a word of its own: "offshore" is no "move" and "offshore" at once.
  let distinct = 0;
  let start = Infinity;
  let end = -Infinity;
  for (let i = 0; i < used.length; i++) {
    const w = used[i] as number;
    const s = wordStart[w] as number;
    const e = wordEnd[w] as number;
    let again = false;
    for (let j = 0; j < i && !again; j++)
      again = wordStart[used[j] as number] === s && wordEnd[used[j] as number] === e;
    if (!again) distinct++;
    start = Math.min(start, s);
    end = Math.max(end, e);
  }
  if (distinct < plan.required) return null;
  if (reach(text, start, end) > frame.within) return null;
  // Optional entries: the nearest word of each, when it stands right by the others ("124
  // exchanges abroad"); a word further off the sentence states on its own.
  for (let e = plan.required; e < plan.entries; e++) {
    let pick = -1;
    let cost = Infinity;
    for (let k = 0; k < count; k++) {
      const w = relevant[k] as number;
      if (!fillsOf(plan, w).includes(e)) continue;
      const grow =
        Math.max(end, wordEnd[w] as number) -
        Math.min(start, wordStart[w] as number) -
        (end - start);
      if (grow < cost) {
        cost = grow;
        pick = w;
      }
    }
    if (pick < 0) continue;
    const from = Math.min(start, wordStart[pick] as number);
    const to = Math.max(end, wordEnd[pick] as number);
    if (reach(text, from, to) - reach(text, start, end) > OPTIONAL_REACH) continue;
    if (reach(text, from, to) > frame.within) continue;
    used.push(pick);
    start = from;
    end = to;
  }
  sortNumbers(used);
  const words: number[] = [];
  const terms: number[] = [];
  const entries: number[] = [];
  for (const w of used) {
    let mask = 0;
    for (const e of fillsOf(plan, w)) if (e < plan.required) mask |= 1 << e;
    const lastEnd = words.at(-1);
    if (lastEnd !== undefined && (wordStart[w] as number) < lastEnd) {
      words[words.length - 1] = Math.max(lastEnd, wordEnd[w] as number);
      entries[entries.length - 1] = (entries.at(-1) as number) | mask;
      continue;
    }
    words.push(wordStart[w] as number, wordEnd[w] as number);
    terms.push(wordTerm[w] as number);
    entries.push(mask);
  }
  return { start, end, words, terms, entries };
}

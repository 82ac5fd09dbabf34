/**
 * Recognition by meaning: a frame's fact is stated where one sentence holds a word of each of its
 * concepts, in any order, with other words between. Works on the concept words the scan found
 * (`findMatches`' terms), so its cost follows the words found, never the page's length: sentence
 * ends are looked for only between two found words, and each sentence is checked against the
 * frames its words can start.
 */
import { sentenceEndsBetween } from '../text/sentences';
import type { CueTable, FrameEntry } from './cue-table';
import type { Match } from './scan';

/** A frame's fact, stated in a block. `start`/`end`: UTF-16 offsets into the block, end exclusive. */
export interface FrameMatch {
  readonly block: number;
  readonly start: number;
  readonly end: number;
  /** Index into `table.frames`. */
  readonly frame: number;
  /** The words that made the match, as start, end pairs in the block, in order. */
  readonly words: readonly number[];
  /** Index into `table.terms` of each of those words. */
  readonly terms: readonly number[];
  /**
   * For each word, the frame's required entry it fills (0 is the first concept, the one a frame
   * puts first: the fact's key), or -1 for a word of an optional one.
   */
  readonly entries: readonly number[];
}

/** Per frame, which of its entries each concept fills (required entries first, then optional). */
interface Plan {
  readonly entries: number;
  readonly required: number;
  /** concept -> entry indices. */
  readonly fills: ReadonlyMap<number, readonly number[]>;
}

interface Plans {
  readonly plans: readonly Plan[];
  /** concept -> frames that require it in their first required entry (the frames it can start). */
  readonly startedBy: readonly (readonly number[])[];
}

const cache = new WeakMap<CueTable, Plans>();

function plansOf(table: CueTable): Plans {
  let plans = cache.get(table);
  if (plans === undefined) {
    const startedBy: number[][] = table.concepts.map(() => []);
    const list = table.frames.map((frame, f): Plan => {
      const fills = new Map<number, number[]>();
      const entries = [...frame.required, ...frame.optional];
      entries.forEach((concepts, e) => {
        for (const c of concepts) {
          const list = fills.get(c) ?? [];
          list.push(e);
          fills.set(c, list);
        }
      });
      for (const c of frame.required[0] ?? []) startedBy[c]?.push(f);
      return {
        entries: entries.length,
        required: frame.required.length,
        fills,
      };
    });
    plans = { plans: list, startedBy };
    cache.set(table, plans);
  }
  return plans;
}

/**
 * A stretch without a sentence end longer than this is read in parts (no frame reaches half as
 * far): a page that never ends a sentence costs no more than one that does.
 */
const LONGEST_SENTENCE = 1200;

/** How much further than its required words a mark may reach to take in an optional one. */
const OPTIONAL_REACH = 16;

/** A found concept word: the term match with its concept. */
interface Hit {
  readonly start: number;
  readonly end: number;
  readonly concept: number;
  readonly term: number;
}

/**
 * Every frame stated in the blocks (several may overlap: the reader picks), sorted by block then
 * start. `terms` are the scan's term matches, sorted by block then start.
 */
export function findFrames(
  table: CueTable,
  blocks: readonly string[],
  terms: readonly Match[],
): FrameMatch[] {
  const out: FrameMatch[] = [];
  if (table.frames.length === 0 || terms.length === 0) return out;
  const plans = plansOf(table);
  const termsFrom = table.cues.length;
  let sentence: Hit[] = [];
  for (let k = 0; k < terms.length; k++) {
    const m = terms[k] as Match;
    const text = blocks[m.block] ?? '';
    const term = m.cue - termsFrom;
    const hit = { start: m.start, end: m.end, concept: table.terms[term]?.concept ?? -1, term };
    const last = sentence.at(-1);
    const previous = k > 0 ? (terms[k - 1] as Match) : undefined;
    if (
      last !== undefined &&
      (previous?.block !== m.block ||
        m.start - (sentence[0] as Hit).start > LONGEST_SENTENCE ||
        (m.start > last.end && sentenceEndsBetween(text, last.end, m.start)))
    ) {
      const at = previous?.block ?? m.block;
      matchSentence(table, plans, blocks[at] ?? '', at, sentence, out);
      sentence = [];
    }
    // The same word found as several terms of one concept (124 is listed in every language) counts once.
    if (hit.concept >= 0 && !foundAlready(sentence, hit)) sentence.push(hit);
  }
  if (sentence.length > 0) {
    const at = (terms.at(-1) as Match).block;
    matchSentence(table, plans, blocks[at] ?? '', at, sentence, out);
  }
  return out;
}

/** Whether `hit` (same word, same concept) is among the sentence's words that start where it does. */
function foundAlready(sentence: readonly Hit[], hit: Hit): boolean {
  for (let k = sentence.length - 1; k >= 0 && (sentence[k] as Hit).start === hit.start; k--) {
    const h = sentence[k] as Hit;
    if (h.end === hit.end && h.concept === hit.concept) return true;
  }
  return false;
}

/** The frames one sentence states, appended to `out` in order of start. */
function matchSentence(
  table: CueTable,
  plans: Plans,
  text: string,
  block: number,
  hits: readonly Hit[],
  out: FrameMatch[],
): void {
  // The sentence's words by concept, in order: a frame looks only at the words of its concepts.
  const byConcept = new Map<number, Hit[]>();
  for (const h of hits) {
    const list = byConcept.get(h.concept);
    if (list === undefined) byConcept.set(h.concept, [h]);
    else list.push(h);
  }
  const found: FrameMatch[] = [];
  const tried = new Set<number>();
  for (const c of byConcept.keys()) {
    for (const f of plans.startedBy[c] ?? []) {
      if (tried.has(f)) continue;
      tried.add(f);
      const frame = table.frames[f] as FrameEntry;
      const plan = plans.plans[f] as Plan;
      if (!frame.required.every((entry) => entry.some((concept) => byConcept.has(concept))))
        continue;
      if (frame.unless.some((concept) => byConcept.has(concept))) continue;
      const relevant: Hit[] = [];
      for (const concept of plan.fills.keys()) relevant.push(...(byConcept.get(concept) ?? []));
      relevant.sort((a, b) => a.start - b.start || a.end - b.end);
      const match = window(text, block, f, frame, plan, relevant);
      if (match !== null) found.push(match);
    }
  }
  found.sort((a, b) => a.start - b.start || a.end - b.end || a.frame - b.frame);
  out.push(...found);
}

/**
 * How many different words `hits[from .. to]` are (one word found for two concepts is one): each
 * entry of a frame needs a word of its own. Counted up to the number any frame needs.
 */
function distinctWords(hits: readonly Hit[], from: number, to: number): number {
  let n = 1;
  for (let k = from + 1; k <= to && n < 16; k++) {
    const a = hits[k - 1] as Hit;
    const b = hits[k] as Hit;
    if (a.start !== b.start || a.end !== b.end) n++;
  }
  return n;
}

/**
 * How far `text[start .. end]` reaches, in characters of a spaced script: a CJK character says
 * about as much as three letters and a space, so it counts three.
 */
function reach(text: string, start: number, end: number): number {
  let units = end - start;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (
      (c >= 0x3040 && c <= 0x9fff) ||
      (c >= 0xac00 && c <= 0xd7af) ||
      (c >= 0xf900 && c <= 0xfaff)
    )
      units += 2;
  }
  return units;
}

function window(
  text: string,
  block: number,
  f: number,
  frame: FrameEntry,
  plan: Plan,
  relevant: readonly Hit[],
): FrameMatch | null {
  const counts = new Int32Array(plan.entries);
  let covered = 0;
  let bestFrom = -1;
  let bestTo = -1;
  let bestSpan = Infinity;
  let left = 0;
  for (let right = 0; right < relevant.length; right++) {
    for (const e of plan.fills.get((relevant[right] as Hit).concept) ?? []) {
      if (e < plan.required) {
        counts[e] = (counts[e] as number) + 1;
        if (counts[e] === 1) covered++;
      }
    }
    while (covered === plan.required) {
      // Words are sorted by start and short: the last one's end stands for the window's.
      const span = (relevant[right] as Hit).end - (relevant[left] as Hit).start;
      if (span < bestSpan && distinctWords(relevant, left, right) >= plan.required) {
        bestSpan = span;
        bestFrom = left;
        bestTo = right;
      }
      for (const e of plan.fills.get((relevant[left] as Hit).concept) ?? []) {
        if (e < plan.required) {
          counts[e] = (counts[e] as number) - 1;
          if (counts[e] === 0) covered--;
        }
      }
      left++;
    }
  }
  if (bestFrom < 0 || bestSpan > frame.within) return null;
  // The words of the window that fill required entries, one per entry at least.
  const used: Hit[] = [];
  for (let k = bestFrom; k <= bestTo; k++) {
    const h = relevant[k] as Hit;
    if ((plan.fills.get(h.concept) ?? []).some((e) => e < plan.required)) used.push(h);
  }
  // Each entry needs a word of its own: "offshore" is no "move" and "offshore" at once.
  if (new Set(used.map((h) => `${h.start}:${h.end}`)).size < plan.required) return null;
  let start = Math.min(...used.map((h) => h.start));
  let end = Math.max(...used.map((h) => h.end));
  if (reach(text, start, end) > frame.within) return null;
  // Optional entries: the nearest word of each, when it stands right by the others ("124
  // exchanges abroad"); a word further off the sentence states on its own.
  for (let e = plan.required; e < plan.entries; e++) {
    let pick: Hit | undefined;
    let cost = Infinity;
    for (const h of relevant) {
      if (!(plan.fills.get(h.concept) ?? []).includes(e)) continue;
      const grow = Math.max(end, h.end) - Math.min(start, h.start) - (end - start);
      if (grow < cost) {
        cost = grow;
        pick = h;
      }
    }
    if (pick === undefined) continue;
    const from = Math.min(start, pick.start);
    const to = Math.max(end, pick.end);
    if (reach(text, from, to) - reach(text, start, end) > OPTIONAL_REACH) continue;
    if (reach(text, from, to) > frame.within) continue;
    used.push(pick);
    start = from;
    end = to;
  }
  used.sort((a, b) => a.start - b.start || a.end - b.end);
  const words: number[] = [];
  const terms: number[] = [];
  const entries: number[] = [];
  for (const h of used) {
    // The first required entry the word fills (-1: only optional ones).
    const entry = Math.min(...(plan.fills.get(h.concept) ?? []).filter((e) => e < plan.required));
    const lastEnd = words.at(-1);
    if (lastEnd !== undefined && h.start < lastEnd) {
      words[words.length - 1] = Math.max(lastEnd, h.end);
      if (Number.isFinite(entry) && (entries.at(-1) === -1 || entry < (entries.at(-1) as number)))
        entries[entries.length - 1] = entry;
      continue;
    }
    words.push(h.start, h.end);
    terms.push(h.term);
    entries.push(Number.isFinite(entry) ? entry : -1);
  }
  return { block, start, end, frame: f, words, terms, entries };
}

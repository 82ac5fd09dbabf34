/**
 * Which findings become marks, and which stretches of text each covers. A sentence often states
 * several facts ("regulators will block 124 offshore exchanges that still serve mainland users"),
 * and facts share words ("exchanges" is in both the count and the block). Best first, each finding
 * takes the words no better one holds; it is marked if those still state it, or else, once every
 * finding has had its turn, where another window of its frame in the sentence does. A mark covers
 * its words and the text between them, except where another mark's word stands: there it breaks
 * into pieces, so two marks never cover the same text.
 */
import type { Finding } from './relevance/gate';
import { runToEnd } from './steps';

/** A finding chosen to be marked: `ranges` are the start, end pairs of text its mark covers. */
export interface Selected {
  readonly finding: Finding;
  readonly ranges: readonly number[];
}

interface Taken {
  readonly finding: Finding;
  /** The words it holds (those no better finding held), start, end pairs. */
  readonly own: readonly number[];
}

/**
 * One block's taken marks, bucketed by where they start: a finding spans a sentence at most, so
 * only a few buckets can hold one that overlaps another, and choosing stays linear however many
 * marks a block gets.
 */
class Placed {
  static readonly BUCKET = 512;
  readonly all: Taken[] = [];
  readonly #buckets = new Map<number, Taken[]>();
  /** The longest stretch taken: how far back a bucket may hold one reaching a given place. */
  #reach = 0;

  add(t: Taken): void {
    this.all.push(t);
    this.#reach = Math.max(this.#reach, t.finding.end - t.finding.start);
    const b = Math.floor(t.finding.start / Placed.BUCKET);
    const bucket = this.#buckets.get(b);
    if (bucket === undefined) this.#buckets.set(b, [t]);
    else bucket.push(t);
  }

  /** The taken marks whose stretch overlaps `[from, to)`. */
  near(from: number, to: number): Taken[] {
    const out: Taken[] = [];
    const first = Math.floor((from - this.#reach) / Placed.BUCKET);
    const last = Math.floor(to / Placed.BUCKET);
    for (let b = first; b <= last; b++) {
      for (const t of this.#buckets.get(b) ?? []) {
        if (overlaps(from, to, t.finding.start, t.finding.end)) out.push(t);
      }
    }
    return out;
  }
}

const sameFact = (a: Finding, b: Finding): boolean =>
  a.factId === b.factId && a.storyId === b.storyId;

function overlaps(a0: number, a1: number, b0: number, b1: number): boolean {
  return a0 < b1 && b0 < a1;
}

/** Whether any of `words` (start, end pairs) overlaps `[from, to)`. */
export function wordIn(words: readonly number[], from: number, to: number): boolean {
  for (let k = 0; k < words.length; k += 2)
    if (overlaps(words[k] as number, words[k + 1] as number, from, to)) return true;
  return false;
}

/**
 * The words `f` can hold beside the marks taken in its block that overlap its stretch (start, end
 * pairs), or null when it cannot be marked: no better mark of the same fact stands there, and the
 * words left must still state it (its key concept's, and another concept's
 * when the frame has three or more: "crypto" alone states no closure of media accounts).
 */
function claim(f: Finding, taken: readonly Taken[]): number[] | null {
  // One mark per fact and stretch: a better finding of the same fact there says it already.
  if (taken.some((t) => sameFact(t.finding, f))) return null;
  const own: number[] = [];
  let entries = 0;
  for (let k = 0; k < f.words.length; k += 2) {
    const a = f.words[k] as number;
    const b = f.words[k + 1] as number;
    if (taken.some((t) => wordIn(t.own, a, b))) continue;
    own.push(a, b);
    entries |= f.wordEntries[k / 2] as number;
  }
  let filled = 0;
  for (let bits = entries; bits !== 0; bits &= bits - 1) filled++;
  if ((entries & 1) === 0 || filled < Math.max(1, f.entries - 1)) return null;
  return own;
}

/**
 * Marks `f` in the first of its alternatives (`Finding.alternatives`) that can be, when `f` itself
 * cannot: another mark holds its key word, and the sentence states the fact again in words of its
 * own.
 */
function placeAlternative(f: Finding, placed: Placed): void {
  if (placed.near(f.start, f.end).some((t) => sameFact(t.finding, f))) return;
  for (const a of f.alternatives ?? []) {
    const other: Finding = {
      ...f,
      start: a.start,
      end: a.end,
      words: a.words,
      wordEntries: a.entries,
    };
    const own = claim(other, placed.near(other.start, other.end));
    if (own !== null) {
      placed.add({ finding: other, own });
      return;
    }
  }
}

/**
 * Picks the findings to mark, best first: a strong one, then one with a verdict, then a cue (the
 * sources' own phrase), then the frame whose words sit closest together. Returns them in text
 * order, each with the stretches its mark covers.
 */
export function selectMentions(findings: readonly Finding[]): Selected[] {
  return runToEnd(selectMentionsInSteps(findings));
}

/** How many findings are chosen between two steps of `selectMentionsInSteps`. */
const STEP_FINDINGS = 1024;

/**
 * `selectMentions` in steps, block by block (findings compete only within their block): a page
 * of 10 MB has thousands of findings, tens of milliseconds of choosing in one task otherwise.
 */
export function* selectMentionsInSteps(findings: readonly Finding[]): Generator<void, Selected[]> {
  const blocks = new Map<number, Finding[]>();
  for (const f of firstOfOnce(findings)) {
    const group = blocks.get(f.block);
    if (group === undefined) blocks.set(f.block, [f]);
    else group.push(f);
  }
  const out: Selected[] = [];
  let work = 0;
  for (const block of [...blocks.keys()].sort((a, b) => a - b)) {
    const ranked = tightest(withoutGivenWay(blocks.get(block) as Finding[])).sort(better);
    const placed = new Placed();
    const unplaced: Finding[] = [];
    for (const f of ranked) {
      const own = claim(f, placed.near(f.start, f.end));
      if (own !== null) placed.add({ finding: f, own });
      else if (f.alternatives !== undefined) unplaced.push(f);
    }
    // Last, in words no finding took.
    for (const f of unplaced) placeAlternative(f, placed);
    const chosen: Selected[] = [];
    for (const t of placed.all) {
      const ranges = rangesOf(t, placed.near(t.finding.start, t.finding.end));
      if (ranges.length > 0) chosen.push({ finding: t.finding, ranges });
    }
    chosen.sort((a, b) => a.finding.start - b.finding.start);
    for (const c of chosen) out.push(c);
    work += ranked.length;
    if (work >= STEP_FINDINGS) {
      work = 0;
      yield;
    }
  }
  return out;
}

/**
 * Which of two findings is chosen first: a strong one, then one with a verdict, then a cue (the
 * sources' own phrase), then the frame whose words sit closest together.
 */
function better(a: Finding, b: Finding): number {
  return (
    Number(b.strong) - Number(a.strong) ||
    Number(b.verdict !== 'agrees') - Number(a.verdict !== 'agrees') ||
    Number(a.fromFrame) - Number(b.fromFrame) ||
    spread(a) - spread(b) ||
    a.start - b.start
  );
}

const spread = (f: Finding): number => (f.end - f.start) / Math.max(1, f.entries);

/**
 * The findings of one fact that stand where a mark of it may be: best first, each that overlaps no
 * better one (one mark of a fact stands in a stretch, so the others there never take words).
 */
function standing(findings: readonly Finding[]): Finding[] {
  const placed = new Placed();
  for (const f of [...findings].sort(better))
    if (placed.near(f.start, f.end).length === 0) placed.add({ finding: f, own: [] });
  return placed.all.map((t) => t.finding);
}

/**
 * Stretches of text, sorted by start with the furthest end so far: whether one of them overlaps a
 * given stretch, by one binary search.
 */
class Stretches {
  readonly #starts: number[] = [];
  readonly #furthest: number[] = [];

  /** `pairs`: start, end pairs, in any order. */
  constructor(pairs: readonly number[]) {
    const order: number[] = [];
    for (let k = 0; k < pairs.length; k += 2) order.push(k);
    order.sort((a, b) => (pairs[a] as number) - (pairs[b] as number));
    for (const k of order) {
      this.#starts.push(pairs[k] as number);
      this.#furthest.push(Math.max(pairs[k + 1] as number, this.#furthest.at(-1) ?? 0));
    }
  }

  /** How far the stretches that start before `at` reach (0: none). */
  #reach(at: number): number {
    let lo = 0;
    let hi = this.#starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.#starts[mid] as number) < at) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 ? (this.#furthest[lo - 1] as number) : 0;
  }

  /** Whether one of the stretches overlaps `[from, to)`. */
  overlap(from: number, to: number): boolean {
    return this.#reach(to) > from;
  }
}

/**
 * A block's findings without those that give way (`Fact.givesWayTo`) to a fact read over them:
 * where a finding of that fact that may be marked overlaps them, or where each of their words is a
 * word of a reading of it (the paper asked for comment is a word of that sentence's no-comment
 * reading, and is not named as the source there). A loose reading of the other fact that a tighter
 * one beside it replaces ("plans to block them, and also go after domestic sites and WeChat
 * accounts") takes nothing from the fact that gives way.
 */
function withoutGivenWay(findings: readonly Finding[]): readonly Finding[] {
  const wanted = new Set<string>();
  for (const f of findings)
    for (const fact of f.givesWayTo ?? []) wanted.add(`${f.storyId} ${fact}`);
  if (wanted.size === 0) return findings;
  const ofFact = new Map<string, Finding[]>();
  for (const g of findings) {
    const key = `${g.storyId} ${g.factId}`;
    if (!wanted.has(key)) continue;
    const list = ofFact.get(key);
    if (list === undefined) ofFact.set(key, [g]);
    else list.push(g);
  }
  const read = new Map<string, { marked: Stretches; words: Stretches }>();
  for (const [key, list] of ofFact)
    read.set(key, {
      marked: new Stretches(standing(list).flatMap((g) => [g.start, g.end])),
      words: new Stretches(list.flatMap((g) => g.words)),
    });
  const givesWay = (f: Finding, fact: string): boolean => {
    const r = read.get(`${f.storyId} ${fact}`);
    if (r === undefined) return false;
    if (r.marked.overlap(f.start, f.end)) return true;
    for (let k = 0; k < f.words.length; k += 2)
      if (!r.words.overlap(f.words[k] as number, f.words[k + 1] as number)) return false;
    return f.words.length > 0;
  };
  return findings.filter((f) => !(f.givesWayTo ?? []).some((fact) => givesWay(f, fact)));
}

/** The findings without those of a `once` frame (`Frame.once`) but its first on the page. */
function firstOfOnce(findings: readonly Finding[]): readonly Finding[] {
  const first = new Map<string, Finding>();
  for (const f of findings) {
    if (f.once !== true) continue;
    const key = `${f.storyId} ${f.factId}`;
    const seen = first.get(key);
    if (seen === undefined || (f.block - seen.block || f.start - seen.start) < 0) first.set(key, f);
  }
  if (first.size === 0) return findings;
  const kept = new Set(first.values());
  return findings.filter((f) => f.once !== true || kept.has(f));
}

/**
 * The findings without the frames that hold a tighter finding of the same fact and verdict: "more
 * than 120 offshore platforms" says the count, and the longer "more than 120 offshore platforms …
 * to block" would take the words of the block from its own fact. The tighter one keeps the
 * strength. A cue is the sources' own phrase, its longest form the best: it stays.
 */
function tightest(findings: readonly Finding[]): Finding[] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = `${f.block} ${f.storyId} ${f.factId} ${f.verdict}`;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [f]);
    else group.push(f);
  }
  const out: Finding[] = [];
  for (const group of groups.values()) {
    if (group.length === 1) {
      out.push(group[0] as Finding);
      continue;
    }
    group.sort((a, b) => a.start - b.start || a.end - b.end);
    const strongInside = new Set<Finding>();
    const dropped = new Set<Finding>();
    for (let i = 0; i < group.length; i++) {
      const outer = group[i] as Finding;
      if (!outer.fromFrame) continue;
      for (let j = i + 1; j < group.length; j++) {
        const inner = group[j] as Finding;
        if (inner.start >= outer.end) break;
        if (inner.end <= outer.end && (inner.start > outer.start || inner.end < outer.end)) {
          dropped.add(outer);
          if (outer.strong) strongInside.add(inner);
        }
      }
      // An equal start and a shorter end sorts first: check the ones before with the same start.
      for (let j = i - 1; j >= 0 && (group[j] as Finding).start === outer.start; j--) {
        const inner = group[j] as Finding;
        if (inner.end < outer.end) {
          dropped.add(outer);
          if (outer.strong) strongInside.add(inner);
        }
      }
    }
    for (const f of group) {
      if (dropped.has(f)) continue;
      out.push(strongInside.has(f) && !f.strong ? { ...f, strong: true } : f);
    }
  }
  return out;
}

/**
 * The stretches of `t`'s text its mark covers: its words, joined across the text between two of
 * them unless a word of another mark stands there. Two marks never cover the same text: where
 * their stretches cross, each stops at the other's words.
 */
function rangesOf(t: Taken, overlapping: readonly Taken[]): number[] {
  const others = overlapping.filter((o) => o !== t);
  const ranges: number[] = [];
  for (let k = 0; k < t.own.length; k += 2) {
    const start = t.own[k] as number;
    const end = t.own[k + 1] as number;
    const last = ranges.length - 1;
    if (last > 0 && !others.some((o) => wordIn(o.own, ranges[last] as number, start)))
      ranges[last] = end;
    else ranges.push(start, end);
  }
  return ranges;
}

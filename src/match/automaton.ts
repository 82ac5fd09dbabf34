/**
 * An Aho-Corasick automaton over tokens, laid out breadth-first: a state's children are consecutive
 * states, sorted by the token that leads to them, so a state is its first child and a count. The
 * root, where nearly every step starts, has a direct table from token to child. A step from another
 * state scans its few children (a binary search past eight), then follows `fail`. Memory is a few
 * integers per state whatever the number of tokens, so a thousand stories cost memory in proportion
 * to their cues, and a page's words are looked up at the same cost.
 */

export interface Automaton {
  /** The root's child on each token, or 0. */
  readonly rootNext: Int32Array;
  /** Per state: its children are states `firstChild[s] .. firstChild[s] + childCount[s]`. */
  readonly firstChild: Int32Array;
  readonly childCount: Int32Array;
  /** Per state: the token leading to it (its children are sorted by it). */
  readonly token: Int32Array;
  readonly fail: Int32Array;
  /** For a state: itself when a pattern ends there, else the nearest suffix state where one does, else -1. */
  readonly report: Int32Array;
  /** The pattern ending exactly at a state, or -1. */
  readonly patternAt: Int32Array;
}

/** Patterns as one flat token array: pattern `p` is `symbols[offsets[p] .. offsets[p + 1]]`. */
export interface PatternSet {
  readonly symbols: Int32Array;
  readonly offsets: Int32Array;
}

function compareKeys(set: PatternSet, a: number, b: number): number {
  const { symbols, offsets } = set;
  const aEnd = offsets[a + 1] as number;
  const bEnd = offsets[b + 1] as number;
  let i = offsets[a] as number;
  let j = offsets[b] as number;
  for (; i < aEnd && j < bEnd; i++, j++) {
    const d = (symbols[i] as number) - (symbols[j] as number);
    if (d !== 0) return d;
  }
  return aEnd - i - (bEnd - j);
}

/** Whether the patterns come in sorted order (the build writes them so; the page then sorts nothing). */
export function patternsSorted(set: PatternSet): boolean {
  for (let i = 1; i < set.offsets.length - 1; i++) if (compareKeys(set, i - 1, i) > 0) return false;
  return true;
}

/** The child of `s` (not the root) on `token`, or -1. */
export function childOf(a: Automaton, s: number, token: number): number {
  let lo = a.firstChild[s] as number;
  const end = lo + (a.childCount[s] as number);
  // Narrow to the first child whose token is not below `token` (it may be `hi` itself), then scan.
  let hi = end;
  while (hi - lo > 8) {
    const mid = (lo + hi) >>> 1;
    if ((a.token[mid] as number) < token) lo = mid + 1;
    else hi = mid;
  }
  for (; lo < end; lo++) {
    const t = a.token[lo] as number;
    if (t === token) return lo;
    if (t > token) break;
  }
  return -1;
}

/** The state after `token` from `s`: the goto, following fail links until it exists or the root is hit. */
export function step(a: Automaton, s: number, token: number): number {
  for (;;) {
    if (s === 0) return a.rootNext[token] as number;
    const t = childOf(a, s, token);
    if (t >= 0) return t;
    s = a.fail[s] as number;
  }
}

/**
 * Builds the automaton for a set of distinct, non-empty patterns over tokens 1…tokenCount - 1
 * (0 means "in no pattern" to the scanner, which then resets to the root without a lookup), in
 * steps of 4,096 states (see `src/steps.ts`).
 */
export function* buildAutomatonInSteps(
  set: PatternSet,
  tokenCount: number,
): Generator<void, Automaton> {
  const count = set.offsets.length - 1;
  // Sorted input (checked with one comparison per pattern) is taken as it is.
  let order = new Int32Array(count);
  for (let i = 0; i < count; i++) order[i] = i;
  if (!patternsSorted(set)) order = order.sort((a, b) => compareKeys(set, a, b));
  const { symbols, offsets } = set;
  // At most one state per token of the patterns, plus the root.
  const states = symbols.length + 1;
  const automaton: Automaton = {
    rootNext: new Int32Array(tokenCount),
    firstChild: new Int32Array(states),
    childCount: new Int32Array(states),
    token: new Int32Array(states),
    fail: new Int32Array(states),
    report: new Int32Array(states).fill(-1),
    patternAt: new Int32Array(states).fill(-1),
  };
  const { rootNext, firstChild, childCount, token, fail, report, patternAt } = automaton;
  // Breadth-first over the sorted patterns: a state is a range [lo, hi) of them sharing `depth`
  // leading tokens, and its children get the next free numbers, in token order. Fail links need
  // every shallower state built first, which breadth-first order gives.
  const lows = new Int32Array(states);
  const highs = new Int32Array(states);
  const depths = new Int32Array(states);
  highs[0] = count;
  let built = 1;
  for (let q = 0; q < built; q++) {
    if ((q & 0xfff) === 0xfff) yield;
    const lo = lows[q] as number;
    const hi = highs[q] as number;
    const depth = depths[q] as number;
    firstChild[q] = built;
    for (let k = lo; k < hi; k++) {
      const p = order[k] as number;
      const start = offsets[p] as number;
      if ((offsets[p + 1] as number) - start <= depth) continue; // ends here (handled by parent)
      const sym = symbols[start + depth] as number;
      const last = built - 1;
      if (built > (firstChild[q] as number) && token[last] === sym) {
        highs[last] = k + 1;
        continue;
      }
      const t = built++;
      token[t] = sym;
      lows[t] = k;
      highs[t] = k + 1;
      depths[t] = depth + 1;
      if ((offsets[p + 1] as number) - start === depth + 1) patternAt[t] = p;
      if (q === 0) rootNext[sym] = t;
      else {
        // Fail link: the longest proper suffix that is also a state.
        let f = fail[q] as number;
        for (;;) {
          const u = f === 0 ? (rootNext[sym] as number) : childOf(automaton, f, sym);
          if (u > 0) {
            f = u;
            break;
          }
          if (f === 0) break;
          f = fail[f] as number;
        }
        fail[t] = f;
      }
    }
    childCount[q] = built - (firstChild[q] as number);
  }
  // Reports need fail links, which need every shallower state: a second breadth-first pass.
  for (let t = 1; t < built; t++) {
    report[t] = (patternAt[t] as number) >= 0 ? t : (report[fail[t] as number] as number);
  }
  return {
    rootNext,
    firstChild: firstChild.slice(0, built),
    childCount: childCount.slice(0, built),
    token: token.slice(0, built),
    fail: fail.slice(0, built),
    report: report.slice(0, built),
    patternAt: patternAt.slice(0, built),
  };
}

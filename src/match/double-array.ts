/**
 * An Aho-Corasick automaton stored as a double-array trie: the transition from state `s` on symbol
 * `c` is `t = base[s] + c`, valid when `check[t] === s`; otherwise follow `fail[s]`. Two array reads
 * per step whatever the number of patterns, and a few bytes per state, so a thousand stories cost
 * memory, not time per character.
 */

export interface Automaton {
  readonly base: Int32Array;
  readonly check: Int32Array;
  readonly fail: Int32Array;
  /** For a state: itself when a pattern ends there, else the nearest suffix state where one does, else -1. */
  readonly report: Int32Array;
  /** The pattern ending exactly at a state, or -1. */
  readonly patternAt: Int32Array;
}

/** Patterns as one flat symbol array: pattern `p` is `symbols[offsets[p] .. offsets[p + 1]]`. */
export interface PatternSet {
  readonly symbols: Uint16Array;
  readonly offsets: Int32Array;
}

// Free slots tried before giving up on packing a state among earlier ones and placing it at the end.
const MAX_TRIES = 48;

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

/**
 * Builds the automaton for a set of distinct, non-empty patterns over symbols 1…alphabetSize - 1
 * (0 means "in no pattern" to the scanner, which then resets to the root without a lookup).
 */
export function buildAutomaton(set: PatternSet, alphabetSize: number): Automaton {
  const count = set.offsets.length - 1;
  // Prepared matchers come sorted (`compile.ts`): checking costs one comparison per pattern, a
  // comparator sort several, and this runs on the page's first pass.
  let order = new Int32Array(count);
  for (let i = 0; i < count; i++) order[i] = i;
  let sorted = true;
  for (let i = 1; i < count && sorted; i++) if (compareKeys(set, i - 1, i) > 0) sorted = false;
  if (!sorted) order = order.sort((a, b) => compareKeys(set, a, b));
  const { symbols, offsets } = set;
  // At most one state per symbol plus the root; room for most layouts without growing.
  let capacity = 1024;
  while (capacity < symbols.length + alphabetSize + 2) capacity *= 2;
  let base: Int32Array<ArrayBuffer> = new Int32Array(capacity);
  let check = new Int32Array(capacity).fill(-1);
  let fail = new Int32Array(capacity);
  let report = new Int32Array(capacity).fill(-1);
  let patternAt = new Int32Array(capacity).fill(-1);
  // Doubly linked list of free slots (slot 0 is the root and never free).
  let nextFree = new Int32Array(capacity);
  let prevFree = new Int32Array(capacity);
  let used = 1; // one past the highest slot in use
  let head = 1;

  const linkFree = (from: number, to: number): void => {
    for (let i = from; i < to; i++) {
      nextFree[i] = i + 1 < to ? i + 1 : -1;
      prevFree[i] = i - 1;
    }
  };
  linkFree(1, capacity);
  prevFree[1] = -1;
  let tail = capacity - 1;

  const grow = (need: number): void => {
    if (need < capacity) return;
    let size = capacity;
    while (size <= need) size *= 2;
    const copy = (a: Int32Array, fill: number): Int32Array<ArrayBuffer> => {
      const b = new Int32Array(size);
      if (fill !== 0) b.fill(fill);
      b.set(a);
      return b;
    };
    base = copy(base, 0);
    check = copy(check, -1);
    fail = copy(fail, 0);
    report = copy(report, -1);
    patternAt = copy(patternAt, -1);
    nextFree = copy(nextFree, 0);
    prevFree = copy(prevFree, 0);
    const old = capacity;
    capacity = size;
    linkFree(old, capacity);
    if (tail >= 0) {
      nextFree[tail] = old;
      prevFree[old] = tail;
    } else {
      head = old;
      prevFree[old] = -1;
    }
    tail = capacity - 1;
  };

  const take = (slot: number): void => {
    const n = nextFree[slot] as number;
    const p = prevFree[slot] as number;
    if (p >= 0) nextFree[p] = n;
    else head = n;
    if (n >= 0) prevFree[n] = p;
    else tail = p;
    if (slot + 1 > used) used = slot + 1;
  };

  // Breadth-first over the sorted patterns: a state is a range [lo, hi) of them sharing `depth`
  // leading symbols. Fail links need every shallower state placed first, which BFS gives.
  // Typed arrays sized up front (a state per symbol at most): no array grows while building.
  const states = symbols.length + 1;
  const queueState = new Int32Array(states);
  const queueLo = new Int32Array(states);
  const queueHi = new Int32Array(states);
  const queueDepth = new Int32Array(states);
  queueHi[0] = count;
  let queued = 1;
  const childSyms = new Int32Array(alphabetSize);
  const childLo = new Int32Array(alphabetSize);
  const childHi = new Int32Array(alphabetSize);
  check[0] = 0;
  for (let q = 0; q < queued; q++) {
    const state = queueState[q] as number;
    const lo = queueLo[q] as number;
    const hi = queueHi[q] as number;
    const depth = queueDepth[q] as number;
    let children = 0;
    for (let k = lo; k < hi; k++) {
      const p = order[k] as number;
      const start = offsets[p] as number;
      if ((offsets[p + 1] as number) - start <= depth) continue; // ends here (handled by parent)
      const sym = symbols[start + depth] as number;
      if (children > 0 && childSyms[children - 1] === sym) childHi[children - 1] = k + 1;
      else {
        childSyms[children] = sym;
        childLo[children] = k;
        childHi[children] = k + 1;
        children++;
      }
    }
    if (children === 0) continue;
    const first = childSyms[0] as number;
    let b = -1;
    let tries = 0;
    // Every slot visited counts, so a wide alphabet cannot make the search walk the whole list.
    for (let slot = head; slot >= 0 && tries < MAX_TRIES; slot = nextFree[slot] as number) {
      tries++;
      if (slot <= first) continue;
      const candidate = slot - first;
      let fits = true;
      for (let c = 1; c < children; c++) {
        const t = candidate + (childSyms[c] as number);
        if (t < capacity && check[t] !== -1) {
          fits = false;
          break;
        }
      }
      if (fits) {
        b = candidate;
        break;
      }
    }
    // Nothing fits among earlier states: the first child goes to the first never-used slot.
    if (b < 0) b = Math.max(1, used - first);
    grow(b + (childSyms[children - 1] as number) + 1);
    base[state] = b;
    for (let c = 0; c < children; c++) {
      const sym = childSyms[c] as number;
      const t = b + sym;
      take(t);
      check[t] = state;
      // Fail link: the longest proper suffix that is also a state.
      let f = 0;
      if (state !== 0) {
        let s = fail[state] as number;
        for (;;) {
          const u = (base[s] as number) + sym;
          if (u < capacity && check[u] === s && u !== t) {
            f = u;
            break;
          }
          if (s === 0) break;
          s = fail[s] as number;
        }
      }
      fail[t] = f;
      const lo2 = childLo[c] as number;
      const p = order[lo2] as number;
      if ((offsets[p + 1] as number) - (offsets[p] as number) === depth + 1) patternAt[t] = p;
      report[t] = (patternAt[t] as number) >= 0 ? t : (report[f] as number);
      queueState[queued] = t;
      queueLo[queued] = lo2;
      queueHi[queued] = childHi[c] as number;
      queueDepth[queued] = depth + 1;
      queued++;
    }
  }
  // Room for base[s] + any symbol without a bounds check in the scanner.
  const size = used + alphabetSize + 1;
  grow(size);
  return {
    base: base.slice(0, size),
    check: check.slice(0, size),
    fail: fail.slice(0, size),
    report: report.slice(0, size),
    patternAt: patternAt.slice(0, size),
  };
}

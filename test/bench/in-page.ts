/**
 * Functions the benchmark runs inside the page (serialised by the driver, so self-contained).
 */

/**
 * The floor: a plain TreeWalker pass that reads every text node's data. Repeated until 25 ms have
 * passed and averaged, because a pass can take less than the clock's resolution (Firefox rounds
 * `performance.now()` to whole milliseconds).
 */
export function floorPass(): { ms: number; textNodes: number; chars: number } {
  const root = document.body ?? document.documentElement;
  let textNodes: number;
  let chars: number;
  let runs = 0;
  const start = performance.now();
  do {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    textNodes = 0;
    chars = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      chars += (node as Text).data.length;
      textNodes++;
    }
    runs++;
  } while (performance.now() - start < 25);
  return { ms: (performance.now() - start) / runs, textNodes, chars };
}

/**
 * The content script's state: the first stage's measure (and whether it found the page may be
 * about a story, so loaded the reader), the time to the first marks, when there are.
 */
export function firstStage(): {
  ran: boolean;
  found: boolean;
  ms: number | null;
  start: number | null;
  firstMarksMs: number | null;
} {
  const stage = performance.getEntriesByName('crosscheck:first-stage')[0];
  const marks = performance.getEntriesByName('crosscheck:first-marks')[0];
  return {
    ran: stage !== undefined,
    found: performance.getEntriesByName('crosscheck:found').length > 0,
    ms: stage?.duration ?? null,
    start: stage?.startTime ?? null,
    firstMarksMs: marks?.duration ?? null,
  };
}

/** Crosscheck's annotation passes so far, from its `crosscheck:annotate` measures. */
export function annotatePasses(): { start: number; duration: number }[] {
  return performance
    .getEntriesByName('crosscheck:annotate')
    .map((entry) => ({ start: entry.startTime, duration: entry.duration }));
}

/** Installed before the page's own code: records long tasks and layout shifts (Chromium). */
export function observeTasksAndShifts(): void {
  const record = { longTasks: [] as [number, number][], shifts: [] as [number, number][] };
  Object.defineProperty(window, '__crosscheckBench', { value: record });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) record.longTasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
      })[]) {
        if (!e.hadRecentInput) record.shifts.push([e.startTime, e.value]);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  } catch {
    // Not in this browser: the figures are reported as unavailable.
  }
}

/** Long tasks and layout shifts recorded since load. */
export function tasksAndShifts(): {
  longTasks: [number, number][];
  shifts: [number, number][];
} | null {
  return (
    (
      window as unknown as {
        __crosscheckBench?: { longTasks: [number, number][]; shifts: [number, number][] };
      }
    ).__crosscheckBench ?? null
  );
}

/** Our longest task (its `crosscheck:task` measures), in ms. */
export function ourLongestTask(): number {
  return Math.max(0, ...performance.getEntriesByName('crosscheck:task').map((e) => e.duration));
}

/** From the start of the first pass to the end of the last: the time to the last mark. */
export function timeToLastMark(passes: { start: number; duration: number }[]): number | null {
  if (passes.length === 0) return null;
  return Math.max(...passes.map((p) => p.start + p.duration)) - passes[0]!.start;
}

/** Marks Crosscheck placed (elements, and distinct mentions). */
export function markCount(): number {
  return new Set(
    Array.from(document.querySelectorAll('[data-crosscheck-mention]'), (e) =>
      e.getAttribute('data-crosscheck-mention'),
    ),
  ).size;
}

/** Runs mark.js (already evaluated into the page as `window.Mark`) with one RegExp; returns ms and marks. */
export function markJsPass(source: { pattern: string; flags: string }): {
  ms: number;
  marks: number;
} {
  const Mark = (
    window as unknown as {
      Mark: new (ctx: Element) => { markRegExp(re: RegExp, opts: object): void };
    }
  ).Mark;
  const start = performance.now();
  new Mark(document.body).markRegExp(new RegExp(source.pattern, source.flags), {
    acrossElements: true,
  });
  const ms = performance.now() - start;
  // Counted afterwards: a callback option would be a named function, which tsx's keepNames breaks in the page.
  return { ms, marks: document.querySelectorAll('mark[data-markjs]').length };
}

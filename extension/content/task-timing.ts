/**
 * Every task of ours leaves a `crosscheck:task` performance measure (its start and duration), so
 * a test or DevTools can check that none reaches 50 ms (issue #16): the Long Tasks API sees only
 * Chromium's tasks as a whole and missed a freeze made of many 70 ms tasks. The page's timeline is
 * shared with the page, so the measures are bounded: after MAX_RECORDED of them only slow tasks
 * (SLOW_MS or more) are still recorded, which is what anyone reading them looks for.
 */
export const TASK_MEASURE = 'crosscheck:task';
const MAX_RECORDED = 5000;

let recorded = 0;
let phase = '';

/** Names what our work is doing now (walk, read, plan, build, insert…): a task's measure carries it. */
export function setPhase(name: string): void {
  phase = name;
}

/** Records one task of ours that started at `start` (a `performance.now()` time) and ends now. */
export function recordTask(start: number, name = phase): void {
  if (++recorded <= MAX_RECORDED)
    performance.measure(TASK_MEASURE, { start, end: performance.now(), detail: name });
}

/** Runs `work` (a synchronous job of ours: an observer callback, an unmarking) as a recorded task. */
export function timed<R>(name: string, work: () => R): R {
  const start = performance.now();
  try {
    return work();
  } finally {
    recordTask(start, name);
  }
}

/**
 * Cooperative chunking: long work runs as an iterator whose steps are small, and `runChunked` gives
 * the page its main thread back before a task reaches its budget (well under the 50 ms of a long
 * task), with a message to ourselves. Each slice is recorded as a `crosscheck:task` measure.
 */
import { recordTask } from './task-timing';

export const TASK_BUDGET_MS = 12;

let channel: MessageChannel | undefined;
const waiting: (() => void)[] = [];

/**
 * Ends the current task and resumes in a new one: a message to ourselves, which queues behind the
 * page's own due timers and input (issue #16). Not `scheduler.yield()`: its continuation runs ahead
 * of every other queued task, so a pass of many slices kept a page's 5 ms timer from firing until
 * the whole pass was over (a 118 ms gap on a 250 KB article, the whole pass on larger ones). Not
 * `setTimeout(0)` either: it is clamped to 4 ms after a few nested calls and throttled to once a
 * second in a background tab, where a pass of a few hundred slices would take minutes.
 */
export function yieldToPage(): Promise<void> {
  if (typeof MessageChannel !== 'function') return new Promise((ok) => setTimeout(ok, 0));
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => waiting.shift()?.();
  }
  const port = channel.port2;
  return new Promise((resolve) => {
    waiting.push(resolve);
    port.postMessage(null);
  });
}

export class Aborted extends Error {
  constructor() {
    super('aborted');
    this.name = 'Aborted';
  }
}

/**
 * Drives `steps` to completion, yielding to the page whenever the current task has used its budget;
 * returns the iterator's return value. Throws `Aborted` when `signal` aborts between steps.
 */
export async function runChunked<R>(
  steps: Iterator<unknown, R>,
  signal: AbortSignal,
  budgetMs = TASK_BUDGET_MS,
): Promise<R> {
  let start = performance.now();
  let deadline = start + budgetMs;
  try {
    for (;;) {
      if (signal.aborted) throw new Aborted();
      const step = steps.next();
      if (step.done) return step.value;
      if (performance.now() >= deadline) {
        recordTask(start);
        await yieldToPage();
        start = performance.now();
        deadline = start + budgetMs;
      }
    }
  } finally {
    recordTask(start);
  }
}

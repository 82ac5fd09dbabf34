/**
 * Cooperative chunking: long work runs as an iterator whose steps are small, and `runChunked` gives
 * the page its main thread back before a task reaches its budget (well under the 50 ms of a long
 * task). `scheduler.yield()` where the browser has it (it resumes ahead of other queued tasks),
 * a zero-delay timeout otherwise.
 */
export const TASK_BUDGET_MS = 12;

interface Scheduler {
  yield?: () => Promise<void>;
}

let channel: MessageChannel | undefined;
const waiting: (() => void)[] = [];

/**
 * Ends the current task and resumes in a new one. Without `scheduler.yield` (Firefox ESR), a
 * message to ourselves: unlike `setTimeout(0)`, it is neither clamped to 4 ms after a few nested
 * calls nor throttled to once a second in a background tab, where a pass of a few hundred
 * slices would otherwise take minutes.
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
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
  let deadline = performance.now() + budgetMs;
  for (;;) {
    if (signal.aborted) throw new Aborted();
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() >= deadline) {
      await yieldToPage();
      deadline = performance.now() + budgetMs;
    }
  }
}

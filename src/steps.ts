/**
 * Work in steps: the core's long jobs are generators that yield between slices, so the content
 * script can run them a few milliseconds at a time; tests and Node callers run them to the end.
 */

/** Runs a generator of steps to its end and returns its value. */
export function runToEnd<R>(steps: Iterator<unknown, R>): R {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

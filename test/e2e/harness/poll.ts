import type { TestPage } from './types';

/** Polls `fn` inside `page` every 50 ms until it is truthy; throws naming `what` on timeout. */
export async function pollInPage<A>(
  page: TestPage,
  what: string,
  fn: (arg: A) => boolean,
  arg?: A,
  timeoutMs = 10_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      if ((await page.evaluate(fn as (arg: A | undefined) => boolean, arg)) === true) return;
    } catch (error) {
      last = error; // navigation in progress, or the page is still loading
    }
    if (Date.now() > deadline) {
      throw new Error(
        `timed out after ${timeoutMs} ms waiting for ${what}${last ? `: ${String(last)}` : ''}`,
      );
    }
    await new Promise((ok) => setTimeout(ok, 50));
  }
}

/** Calls `fn` every 50 ms until it gives a value; throws naming `what` on timeout. */
export async function poll<T>(
  what: string,
  timeoutMs: number,
  fn: () => T | undefined | Promise<T | undefined>,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await fn();
    if (value !== undefined) return value;
    if (Date.now() > deadline)
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((ok) => setTimeout(ok, 50));
  }
}

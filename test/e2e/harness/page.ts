import { pollInPage } from './poll';
import type { TestPage } from './types';

/** What playwright-core's and puppeteer-core's pages have in common, as far as `TestPage` needs. */
export interface DriverPage {
  goto(url: string, options: { waitUntil: 'load' }): Promise<unknown>;
  evaluate(fn: never, arg: never): Promise<unknown>;
  mouse: {
    move(x: number, y: number, options: { steps: number }): Promise<void>;
    click(x: number, y: number): Promise<void>;
  };
  touchscreen: { tap(x: number, y: number): Promise<void> };
  close(): Promise<void>;
}

/** The calls whose signatures differ between the two libraries (their events are typed apart too). */
export interface DriverSpecific extends Pick<
  TestPage,
  'press' | 'screenshot' | 'setViewport' | 'addInitScript'
> {
  /** Subscribes `record` to the page's uncaught exceptions and console errors. */
  onError(record: (message: string) => void): void;
}

/** A `TestPage` over either library's page; it records the page's errors from the start. */
export function testPageOf(page: DriverPage, specific: DriverSpecific): TestPage {
  const { onError, ...calls } = specific;
  const errors: string[] = [];
  onError((message) => errors.push(message));
  const testPage: TestPage = {
    ...calls,
    errors,
    goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg as never) as never,
    waitFor: (what, fn, arg, timeoutMs) => pollInPage(testPage, what, fn, arg, timeoutMs),
    mouseMove: (x, y) => page.mouse.move(x, y, { steps: 4 }),
    mouseClick: (x, y) => page.mouse.click(x, y),
    tap: (x, y) => page.touchscreen.tap(x, y),
    close: () => page.close(),
  };
  return testPage;
}

import type { BrowserName } from './browsers';

/** A page in a browser with Crosscheck loaded, the same for Chromium and Firefox. */
export interface TestPage {
  goto(url: string): Promise<void>;
  /** Runs `fn` in the page's main world and returns its (serialisable) result. */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Polls `fn` in the page until it returns true (return booleans: DOM nodes do not cross over); fails with `what` on timeout. */
  waitFor<A = undefined>(
    what: string,
    fn: (arg: A) => boolean,
    arg?: A,
    timeoutMs?: number,
  ): Promise<void>;
  /** Runs `source` (a script) in the page's main world before any of its own, on every navigation. */
  addInitScript(source: string): Promise<void>;
  mouseMove(x: number, y: number): Promise<void>;
  mouseClick(x: number, y: number): Promise<void>;
  tap(x: number, y: number): Promise<void>;
  press(key: string): Promise<void>;
  screenshot(path: string): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  /** Errors the page reported (uncaught exceptions and console errors), in order. */
  readonly errors: string[];
  close(): Promise<void>;
}

/** A browser with the built extension installed. */
export interface ExtensionBrowser {
  readonly name: BrowserName;
  newPage(): Promise<TestPage>;
  /** Opens one of the extension's own pages (`extension/popup/index.html?…`) in a new tab. */
  openExtensionPage(pathAndQuery: string): Promise<TestPage>;
  /** The tab the extension opened on one of its own pages (that exact address), once loaded. */
  waitForExtensionPage(pathAndQuery: string, timeoutMs?: number): Promise<TestPage>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** The unpacked build to load (dist/chrome or dist/firefox). */
  extensionDir: string;
  colorScheme?: 'light' | 'dark';
  locale?: string;
}

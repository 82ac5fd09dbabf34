import { resolve } from 'node:path';
import { afterAll, beforeAll, describe } from 'vitest';
import { browserAvailable, type BrowserName } from './browsers';
import { launchChromium } from './chromium';
import { launchFirefox } from './firefox';
import { serveStatic, type StaticServer } from './server';
import type { ExtensionBrowser, LaunchOptions } from './types';

export type { ExtensionBrowser, TestPage } from './types';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const BROWSERS: BrowserName[] = ['chromium', 'firefox'];

/** Launches `browser` with its build from dist/ (run `npm run build` first; `npm test` does). */
export function launch(
  browser: BrowserName,
  options: Omit<LaunchOptions, 'extensionDir'> = {},
): Promise<ExtensionBrowser> {
  const extensionDir = resolve(ROOT, 'dist', browser === 'chromium' ? 'chrome' : 'firefox');
  return browser === 'chromium'
    ? launchChromium({ ...options, extensionDir })
    : launchFirefox({ ...options, extensionDir });
}

export interface Suite {
  browser: ExtensionBrowser;
  server: StaticServer;
}

/**
 * Declares `body` once per browser: each gets its own browser with the extension and a server for
 * test/fixtures/pages on 127.0.0.1. A missing browser skips loudly outside CI and fails under CI.
 */
export function describeInBrowsers(
  title: string,
  body: (suite: () => Suite, name: BrowserName) => void,
  options: Omit<LaunchOptions, 'extensionDir'> = {},
): void {
  for (const name of BROWSERS) {
    describe.skipIf(!browserAvailable(name))(`${title} [${name}]`, () => {
      let suite: Suite | undefined;
      beforeAll(async () => {
        const server = await serveStatic([resolve(ROOT, 'test/fixtures/pages')]);
        suite = { server, browser: await launch(name, options) };
      });
      afterAll(async () => {
        await suite?.browser.close();
        await suite?.server.close();
      });
      body(() => {
        if (!suite) throw new Error('the browser did not start');
        return suite;
      }, name);
    });
  }
}

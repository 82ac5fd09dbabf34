import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { BROWSER_PATHS } from './browsers';
import { poll } from './poll';
import { testPageOf } from './page';
import type { ExtensionBrowser, LaunchOptions, TestPage } from './types';

/** The command line that loads the unpacked build into a fresh headless Chromium on this machine. */
export function chromiumArgs(extensionDir: string): string[] {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    // No network in tests: requests off this machine go to a proxy that refuses at once (port 9,
    // nothing listens), so pages' external scripts fail fast. Loopback bypasses proxies.
    '--proxy-server=127.0.0.1:9',
  ];
}

/**
 * The extension's service worker. It may register before or after we first look, and an event
 * that fired before `waitForEvent` was called never comes again: look, then wait a little, repeat.
 */
export async function serviceWorker(context: BrowserContext): Promise<Worker> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const worker = context.serviceWorkers()[0];
    if (worker) return worker;
    if (Date.now() > deadline) throw new Error('the extension service worker did not start');
    await context.waitForEvent('serviceworker', { timeout: 1000 }).catch(() => undefined);
  }
}

/** Real Chromium (Debian's) through playwright-core, with the unpacked build loaded. */
export async function launchChromium(options: LaunchOptions): Promise<ExtensionBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'crosscheck-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: BROWSER_PATHS.chromium,
    headless: true,
    hasTouch: true,
    colorScheme: options.colorScheme ?? 'light',
    locale: options.locale ?? 'en-US',
    viewport: { width: 1200, height: 900 },
    args: [...chromiumArgs(options.extensionDir), `--lang=${options.locale ?? 'en-US'}`],
  });
  const worker = await serviceWorker(context);
  const extensionId = new URL(worker.url()).host;
  for (const page of context.pages()) await page.close();

  return {
    name: 'chromium',
    newPage: async () => wrap(await context.newPage()),
    async openExtensionPage(pathAndQuery) {
      const page = wrap(await context.newPage());
      await page.goto(`chrome-extension://${extensionId}/${pathAndQuery}`);
      return page;
    },
    async waitForExtensionPage(pathAndQuery, timeoutMs = 10_000) {
      const url = `chrome-extension://${extensionId}/${pathAndQuery}`;
      const page = await poll(`a tab on ${url}`, timeoutMs, () =>
        context.pages().find((p) => p.url() === url),
      );
      await page.waitForLoadState('load');
      return wrap(page);
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

function wrap(page: Page): TestPage {
  return testPageOf(page, {
    onError(record) {
      page.on('pageerror', (error) => record(String(error)));
      page.on('console', (message) => {
        if (message.type() === 'error') record(message.text());
      });
    },
    press: (key) => page.keyboard.press(key),
    addInitScript: async (source) => void (await page.addInitScript(source)),
    screenshot: async (path) => void (await page.screenshot({ path })),
    setViewport: (width, height) => page.setViewportSize({ width, height }),
  });
}

import { randomUUID } from 'node:crypto';
import puppeteer, { type Page } from 'puppeteer-core';
import { GECKO_ID } from '../../../build/firefox-manifest';
import { BROWSER_PATHS } from './browsers';
import { poll } from './poll';
import { testPageOf } from './page';
import type { ExtensionBrowser, LaunchOptions, TestPage } from './types';

/** Real Firefox ESR (Debian's) through puppeteer-core over WebDriver BiDi, with the build installed. */
export async function launchFirefox(options: LaunchOptions): Promise<ExtensionBrowser> {
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: BROWSER_PATHS.firefox,
    headless: true,
    // Needed to open moz-extension:// pages from the test.
    args: ['--remote-allow-system-access', '--width=1200', '--height=900'],
    extraPrefsFirefox: {
      // A fixed UUID, so the test knows the popup's moz-extension:// address.
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
      // 0 = dark, 1 = light: how Firefox is told the system's colour scheme.
      'layout.css.prefers-color-scheme.content-override': options.colorScheme === 'dark' ? 0 : 1,
      'intl.locale.requested': options.locale ?? 'en-US',
      'intl.accept_languages': options.locale ?? 'en-US',
      'dom.w3c_touch_events.enabled': 1,
      // No network in tests: every request off this machine goes to a proxy that refuses at once
      // (port 9, nothing listens), so a page's external scripts fail fast instead of hanging until
      // a connection times out. Loopback is never proxied.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': 9,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': 9,
      'network.proxy.share_proxy_settings': true,
    },
  });
  await browser.installExtension(options.extensionDir);
  const wrapPage = async (page: Page) => {
    await page.setViewport({ width: 1200, height: 900, hasTouch: true });
    return wrap(page);
  };

  return {
    name: 'firefox',
    newPage: async () => wrapPage(await browser.newPage()),
    async openExtensionPage(pathAndQuery) {
      const page = await wrapPage(await browser.newPage());
      // In Firefox, a navigation to an extension page may never resolve: start it, then wait on the DOM.
      page.goto(`moz-extension://${uuid}/${pathAndQuery}`).catch(() => undefined);
      await page.waitFor('the extension page to load', () => document.readyState === 'complete');
      return page;
    },
    async waitForExtensionPage(pathAndQuery, timeoutMs = 10_000) {
      const url = `moz-extension://${uuid}/${pathAndQuery}`;
      // The driver may go on reporting about:blank for a tab the extension opened, and waiting on
      // its navigation forever: ask each page where it is, briefly, and do not resize the one found.
      const found = async () => {
        for (const p of await browser.pages()) {
          const href = await Promise.race([
            p.evaluate(() => location.href).catch(() => ''),
            new Promise<string>((ok) => setTimeout(() => ok(''), 500)),
          ]);
          if (href === url) return p;
        }
        return undefined;
      };
      const page = wrap(await poll(`a tab on ${url}`, timeoutMs, found));
      await page.waitFor('the extension page to load', () => document.readyState === 'complete');
      return page;
    },
    close: () => browser.close(),
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
    press: (key) => page.keyboard.press(key as never),
    addInitScript: async (source) => void (await page.evaluateOnNewDocument(source)),
    screenshot: async (path) => void (await page.screenshot({ path: path as `${string}.png` })),
    setViewport: (width, height) => page.setViewport({ width, height, hasTouch: true }),
  });
}

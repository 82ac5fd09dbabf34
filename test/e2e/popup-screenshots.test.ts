/**
 * Screenshots of the popup in light and dark, saved to artifacts/screenshots/ (git-ignored) for a
 * person to look at. Each also checks the variant really applied. The popup in every language:
 * languages.test.ts.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { describeInBrowsers, ROOT } from './harness';

const DIR = resolve(ROOT, 'artifacts/screenshots');
mkdirSync(DIR, { recursive: true });

const VARIANTS = [
  { name: 'light', options: { colorScheme: 'light' as const } },
  { name: 'dark', options: { colorScheme: 'dark' as const } },
];

for (const variant of VARIANTS) {
  describeInBrowsers(
    `popup screenshot (${variant.name})`,
    (suite, browserName) => {
      it('renders the popup over a page about the story', async () => {
        const { browser, server } = suite();
        const page = await browser.newPage();
        const url = `${server.origin}/demo/cryptovest.html`;
        await page.goto(url);
        await page.waitFor('the marks', () =>
          Boolean(document.querySelector('[data-crosscheck-fact]')),
        );
        const popup = await browser.openExtensionPage(
          `extension/popup/index.html?url=${encodeURIComponent(url)}`,
        );
        await popup.setViewport(400, 600).catch(() => undefined); // Firefox vetoes it on extension pages
        await popup.waitFor('the page facts', () =>
          Boolean(document.querySelector('[data-testid="page-facts"] li')),
        );
        const seen = await popup.evaluate(() => ({
          lang: document.documentElement.lang,
          // The story's text and the page's words inside the UI, each with its own language.
          factLang: document.querySelector<HTMLElement>('[data-testid="page-facts"] li strong')
            ?.lang,
          quoteLang: document.querySelector<HTMLElement>('[data-testid="page-facts"] li q')?.lang,
          heading: document.querySelector('h2')?.textContent ?? '',
          dark: matchMedia('(prefers-color-scheme: dark)').matches,
          background: getComputedStyle(document.body).backgroundColor,
        }));
        await popup.screenshot(resolve(DIR, `popup-${browserName}-${variant.name}.png`));
        // The summary further down, scrolled into view inside the popup's own scroll box.
        await popup.evaluate(() =>
          document.querySelector('[data-testid="source-matrix"]')?.scrollIntoView(),
        );
        await popup.screenshot(resolve(DIR, `popup-${browserName}-${variant.name}-matrix.png`));

        expect(seen.dark).toBe(variant.name === 'dark');
        expect([seen.factLang, seen.quoteLang]).toEqual(['en', 'en']);
        expect(seen.lang).toBe('en');
        expect(seen.heading).toBe('This page');
        expect(popup.errors).toEqual([]);
        await popup.close();
        await page.close();
      });

      it('renders the story view (compare all outlets)', async () => {
        const { browser } = suite();
        const popup = await browser.openExtensionPage('extension/popup/index.html#story');
        await popup.setViewport(800, 900).catch(() => undefined);
        await popup.waitFor('the matrix', () =>
          Boolean(document.querySelector('[data-testid="source-matrix"] td')),
        );
        await popup.screenshot(resolve(DIR, `story-${browserName}-${variant.name}.png`));
        expect(popup.errors).toEqual([]);
        await popup.close();
      });
    },
    variant.options,
  );
}

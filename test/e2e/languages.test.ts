/**
 * The card and the popup in every language Crosscheck speaks, picked on the options page: the
 * interface and the story's own text in that language, each quote verbatim with its translation
 * beneath, every text with its own lang, and nothing overflowing or clipped in the card or in a
 * popup 320 px wide. Writes a screenshot of each (artifacts/screenshots/), and the README's two
 * pictures (docs/), from the English run in Chromium. Then: with no language picked, Crosscheck
 * speaks the browser's (Chromium's --lang; Firefox would need a language pack).
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeInBrowsers, launch, ROOT, type ExtensionBrowser, type TestPage } from './harness';
import { browserAvailable } from './harness/browsers';
import { cardOpen, cardState } from './harness/dom';
import { chooseLanguage, LOCALES, message, overflowingText, plural } from './harness/languages';
import { serveStatic, type StaticServer } from './harness/server';

const SHOTS = resolve(ROOT, 'artifacts/screenshots');
const DOCS = resolve(ROOT, 'docs');
mkdirSync(SHOTS, { recursive: true });
mkdirSync(DOCS, { recursive: true });

const PAGE = '/demo/cryptovest.html';
const COUNT = '[data-crosscheck-fact="exchange-count"][tabindex="0"]';
const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

async function openArticle(browser: ExtensionBrowser, origin: string): Promise<TestPage> {
  const page = await browser.newPage();
  await page.goto(`${origin}${PAGE}`);
  await page.waitFor(
    'the marks',
    () => document.querySelector('crosscheck-mark[tabindex="0"]') !== null,
  );
  return page;
}

/** Opens the card of the mark `selector` by focusing it, as a keyboard reader would. */
async function focusOpen(page: TestPage, selector: string): Promise<void> {
  await page.evaluate((sel: string) => {
    const mark = document.querySelector<HTMLElement>(sel)!;
    mark.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    mark.focus();
  }, selector);
  await page.waitFor('the card', cardOpen, undefined, 5000);
  await sleep(200); // its entry animation
}

/** What the card shows of the languages: its own, its statement's, each quote's and translation's. */
const cardLanguages = () => {
  const card = document
    .querySelector('[data-crosscheck-ui]')!
    .shadowRoot!.querySelector<HTMLElement>('[data-testid="fact-card"]')!;
  return {
    quotes: Array.from(card.querySelectorAll('[data-testid="card-quote"] [lang]')).map(
      (q) => (q as HTMLElement).lang,
    ),
    translations: Array.from(card.querySelectorAll('[data-testid="translation"] [lang]')).map(
      (t) => (t as HTMLElement).lang,
    ),
    unlabelled: Array.from(card.querySelectorAll('*')).filter((e) => e.closest('[lang]') === null)
      .length,
  };
};

describeInBrowsers('in the reader’s language', (suite, browserName) => {
  for (const locale of LOCALES) {
    it(`shows the card and a 320 px popup in ${locale}, nothing overflowing`, async () => {
      const { browser, server } = suite();
      await chooseLanguage(browser, locale);
      const docs = locale === 'en' && browserName === 'chromium';

      // The card, on an article.
      const page = await openArticle(browser, server.origin);
      const after = message(locale, 'markDescription', ['\u0000']).split('\u0000')[1]!;
      await page.waitFor(
        'the marks described in the reader’s language',
        (end: string) =>
          document
            .querySelector('crosscheck-mark[tabindex="0"]')
            ?.getAttribute('aria-description')
            ?.endsWith(end) ?? false,
        after,
      );
      if (docs) await page.setViewport(960, 800);
      await focusOpen(page, COUNT);
      const card = (await cardState(page))!;
      expect(card.lang).toBe(locale);
      expect(card.statementLang).toBe(locale);
      expect(card.text).toContain(message(locale, 'cardCompare'));
      expect(card.text).toContain(plural(locale, 'cardAgreement', 5, ['5', '5']));
      const langs = await page.evaluate(cardLanguages);
      expect(langs.unlabelled).toBe(0);
      expect(langs.quotes.length).toBeGreaterThan(0);
      expect(new Set(langs.quotes)).toEqual(new Set(['en']));
      // Quotes in English: translated beneath for everyone but English readers.
      expect(langs.translations).toEqual(locale === 'en' ? [] : langs.quotes.map(() => locale));
      expect(await page.evaluate(overflowingText, 'card' as const)).toEqual([]);
      await page.screenshot(resolve(SHOTS, `card-${browserName}-${locale}.png`));
      if (docs) await page.screenshot(resolve(DOCS, 'card.png'));

      // The popup over that article, 400 px as in the toolbar, then 320 px.
      const url = `${server.origin}${PAGE}`;
      const popup = await browser.openExtensionPage(
        `extension/popup/index.html?url=${encodeURIComponent(url)}`,
      );
      await popup.setViewport(400, 600).catch(() => undefined); // Firefox vetoes it on extension pages
      await popup.waitFor('the page facts', () =>
        Boolean(document.querySelector('[data-testid="page-facts"] li')),
      );
      if (docs) await popup.screenshot(resolve(DOCS, 'popup.png'));
      await popup.setViewport(320, 640).catch(() => undefined);
      const seen = await popup.evaluate(() => {
        // 320 px wide even where the viewport cannot be set, and every <details> open.
        document.body.style.width = '320px';
        for (const d of Array.from(document.querySelectorAll('details'))) d.open = true;
        return {
          lang: document.documentElement.lang,
          heading: document.querySelector('h2')?.textContent ?? '',
          storyLang: document.querySelector<HTMLElement>('.cc-story-title')?.lang ?? '',
          headlines: Array.from(document.querySelectorAll('[data-testid="source-list"] q')).map(
            (q) => (q as HTMLElement).lang,
          ),
          translations: Array.from(
            document.querySelectorAll(
              '[data-testid="source-list"] [data-testid="translation"] [lang]',
            ),
          ).map((t) => (t as HTMLElement).lang),
        };
      });
      expect(seen.lang).toBe(locale);
      expect(seen.heading).toBe(message(locale, 'popupThisPageHeading'));
      expect(seen.storyLang).toBe(locale);
      expect(new Set(seen.headlines)).toEqual(new Set(['en']));
      expect(seen.translations).toEqual(locale === 'en' ? [] : seen.headlines.map(() => locale));
      expect(await popup.evaluate(overflowingText, 'body' as const)).toEqual([]);
      await popup.screenshot(resolve(SHOTS, `popup-${browserName}-${locale}.png`));
      expect(popup.errors).toEqual([]);
      await popup.close();
      await page.close();
    });
  }

  it('goes back to the browser’s language when the reader picks it', async () => {
    const { browser } = suite();
    await chooseLanguage(browser, 'auto');
    const options = await browser.openExtensionPage('extension/options/index.html');
    await options.waitFor(
      'the options',
      () => document.querySelector('[data-testid="language"]') !== null,
    );
    // The test browsers speak English (en-US).
    expect(await options.evaluate(() => document.documentElement.lang)).toBe('en');
    await options.close();
  });
});

describe.skipIf(!browserAvailable('chromium'))(
  'the browser’s own language by default [chromium]',
  () => {
    let browser: ExtensionBrowser | undefined;
    let server: StaticServer | undefined;
    beforeAll(async () => {
      server = await serveStatic([resolve(ROOT, 'test/fixtures/pages')]);
      browser = await launch('chromium', { locale: 'de-DE' }); // --lang=de-DE: no pack needed
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('speaks German in a German Chromium when no language is picked', async () => {
      const page = await openArticle(browser!, server!.origin);
      await focusOpen(page, COUNT);
      const card = (await cardState(page))!;
      expect(card.lang).toBe('de');
      expect(card.text).toContain(message('de', 'cardCompare'));
      const options = await browser!.openExtensionPage('extension/options/index.html');
      await options.waitFor(
        'the options',
        () => document.querySelector('[data-testid="language"]') !== null,
      );
      const choice = await options.evaluate(() => ({
        lang: document.documentElement.lang,
        value: document.querySelector<HTMLSelectElement>('[data-testid="language"]')!.value,
        auto: document.querySelector('[data-testid="language"] option[value="auto"]')?.textContent,
      }));
      expect(choice).toEqual({
        lang: 'de',
        value: 'auto',
        auto: message('de', 'optionsLanguageAuto', ['Deutsch']),
      });
      await options.close();
      await page.close();
    });
  },
);

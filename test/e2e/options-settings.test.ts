/**
 * The options page: it says in plain words how Crosscheck behaves, and each change takes effect at
 * once on an open page (mark style, the off-site list, the "only on these sites" mode).
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { describeInBrowsers, ROOT, type TestPage } from './harness';

const SCREENSHOTS = resolve(ROOT, 'artifacts/screenshots');

const hasMarks = () => document.querySelector('[data-crosscheck-fact]') !== null;
const noMarks = () => document.querySelector('[data-crosscheck-fact]') === null;

const click = (page: TestPage, selector: string) =>
  page.evaluate((sel) => {
    const el = document.querySelector<HTMLElement>(sel);
    if (!el) throw new Error(`nothing matches ${sel}`);
    el.click();
  }, selector);

/** Types `value` in the add-site field of list `name` and submits it. */
const addSite = (page: TestPage, name: string, value: string) =>
  page.evaluate(
    ({ name, value }) => {
      const input = document.querySelector<HTMLInputElement>(
        `[data-testid="sites-${name}"] input`,
      )!;
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.form!.requestSubmit();
    },
    { name, value },
  );

const listed = (page: TestPage, name: string) =>
  page.evaluate(
    (n) =>
      [...document.querySelectorAll(`[data-testid="sites-${n}"] li`)].map((li) =>
        li.getAttribute('data-site'),
      ),
    name,
  );

describeInBrowsers('options page', (suite, browserName) => {
  it('says in plain words that it runs everywhere, stays silent elsewhere and sends nothing', async () => {
    const { browser } = suite();
    const options = await browser.openExtensionPage('extension/options/index.html');
    await options.waitFor(
      'the options',
      () => document.querySelector('[data-testid="options-about"]') !== null,
    );
    const about = await options.evaluate(
      () => document.querySelector('[data-testid="options-about"]')!.textContent ?? '',
    );
    expect(about).toContain('runs on every web page');
    expect(about).toContain('relevance gate keeps it silent');
    expect(about).toContain('never sends anything anywhere');
    expect(
      await options.evaluate(
        () => document.querySelector<HTMLInputElement>('[data-testid="mode-everywhere"]')!.checked,
      ),
    ).toBe(true);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await options.screenshot(resolve(SCREENSHOTS, `options-${browserName}.png`));
    expect(options.errors).toEqual([]);
    await options.close();
  });

  it('changes take effect at once on an open page', async () => {
    const { browser, server } = suite();
    const url = `${server.origin}/demo/cryptocoinspace.html`;
    const site = new URL(url).hostname;
    const page = await browser.newPage();
    await page.goto(url);
    await page.waitFor('the marks', hasMarks);
    const options = await browser.openExtensionPage('extension/options/index.html');
    await options.waitFor(
      'the options',
      () => document.querySelector('[data-testid="mark-tint"]') !== null,
    );

    // Mark style: tint gives every mark a background; underline takes it away.
    const tinted = () =>
      [...document.querySelectorAll<HTMLElement>('[data-crosscheck-fact]')].every(
        (m) => !/^(transparent|rgba\(0, 0, 0, 0\))$/.test(getComputedStyle(m).backgroundColor),
      );
    expect(await page.evaluate(tinted)).toBe(false);
    await click(options, '[data-testid="mark-tint"]');
    await page.waitFor('tinted marks', tinted);
    await click(options, '[data-testid="mark-underline"]');
    await page.waitFor('underlined marks', () =>
      [...document.querySelectorAll<HTMLElement>('[data-crosscheck-fact]')].every((m) =>
        /^(transparent|rgba\(0, 0, 0, 0\))$/.test(getComputedStyle(m).backgroundColor),
      ),
    );

    // The off-site list: adding the site removes the marks, removing it restores them.
    await addSite(options, 'disabled', `${url}?from=options`);
    await options.waitFor(
      'the site in the list',
      (s) => document.querySelector(`[data-testid="sites-disabled"] li[data-site="${s}"]`) !== null,
      site,
    );
    await page.waitFor('the marks to go', noMarks);
    await click(options, `[data-testid="sites-disabled"] li[data-site="${site}"] button`);
    await page.waitFor('the marks to return', hasMarks);
    expect(await listed(options, 'disabled')).toEqual([]);

    // A bad entry is refused with a message, and stores nothing.
    await addSite(options, 'disabled', 'not a site');
    await options.waitFor(
      'the error',
      () => document.querySelector('[data-testid="sites-disabled"] [role="alert"]') !== null,
    );
    expect(await listed(options, 'disabled')).toEqual([]);

    // Only on listed sites: off here until the site is listed.
    await click(options, '[data-testid="mode-only-listed"]');
    await page.waitFor('the marks to go (site not listed)', noMarks);
    await options.waitFor(
      'the list of sites',
      () => document.querySelector('[data-testid="sites-enabled"]') !== null,
    );
    await addSite(options, 'enabled', site);
    await page.waitFor('the marks to return (site listed)', hasMarks);
    await click(options, '[data-testid="mode-everywhere"]');
    await options.waitFor(
      'the list to hide',
      () => document.querySelector('[data-testid="sites-enabled"]') === null,
    );

    // The card delay is stored as a number (the content script reads it when a card is about to open).
    await options.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('[data-testid="show-delay"]')!;
      input.value = '150';
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await options.waitFor('the delay to be stored', () => {
      const g = globalThis as unknown as {
        browser?: {
          storage: {
            local: { get: (k: string) => Promise<Record<string, { showDelayMs?: number }>> };
          };
        };
      };
      void g.browser?.storage.local.get('settings').then((r) => {
        document.body.dataset.storedDelay = String(r.settings?.showDelayMs);
      });
      return document.body.dataset.storedDelay === '150';
    });

    expect(options.errors).toEqual([]);
    await options.close();
    await page.close();
  });
});

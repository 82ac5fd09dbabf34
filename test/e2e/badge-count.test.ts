/**
 * The toolbar badge: on a page about the story it shows the number of marked mentions, it follows
 * the page as marks are added, and it clears on navigation to a page that is not about the story.
 */
import { expect, it } from 'vitest';
import { describeInBrowsers, type TestPage } from './harness';
import { settled } from './harness/settled';

/** Distinct marked mentions on the page (a mention split over elements counts once). */
const countMarks = () =>
  new Set(
    [...document.querySelectorAll('[data-crosscheck-mention]')].map((e) =>
      e.getAttribute('data-crosscheck-mention'),
    ),
  ).size;

/** The badge text of the tab showing `url`, read from one of our extension pages. */
async function badgeOf(extensionPage: TestPage, url: string): Promise<string | null> {
  return extensionPage.evaluate(async (target) => {
    type Api = {
      tabs: { query: (q: object) => Promise<{ id?: number; url?: string }[]> };
      action: { getBadgeText: (d: { tabId: number }) => Promise<string> };
    };
    const g = globalThis as unknown as { browser?: Api; chrome?: Api };
    const api = (g.browser ?? g.chrome)!;
    // Chromium hides the URL of pages we reach only through content scripts: then the one hidden tab.
    const tabs = await api.tabs.query({});
    const hidden = tabs.filter((t) => t.url === undefined);
    const tab = tabs.find((t) => t.url === target) ?? (hidden.length === 1 ? hidden[0] : undefined);
    if (tab?.id === undefined) return null;
    return api.action.getBadgeText({ tabId: tab.id });
  }, url);
}

async function waitForBadge(extensionPage: TestPage, url: string, text: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  let last: string | null = null;
  while (Date.now() < deadline) {
    last = await badgeOf(extensionPage, url);
    if (last === text) return;
    await new Promise((ok) => setTimeout(ok, 100));
  }
  throw new Error(`the badge of ${url} stayed "${last}", expected "${text}"`);
}

describeInBrowsers('toolbar badge', (suite) => {
  it('counts the marks on a page about the story, follows changes, clears on navigation', async () => {
    const { browser, server } = suite();
    const page = await browser.newPage();
    const url = `${server.origin}/demo/cryptovest.html`;
    await page.goto(url);
    await page.waitFor(
      'the marks',
      () => document.querySelector('[data-crosscheck-fact]') !== null,
    );
    // Let the passes settle: the count stops changing.
    await new Promise((ok) => setTimeout(ok, 500));
    const marks = await page.evaluate(countMarks);
    expect(marks).toBeGreaterThan(0);

    const extensionPage = await browser.openExtensionPage('extension/options/index.html');
    await extensionPage.waitFor('the options page', () =>
      Boolean(document.querySelector('[data-testid="options"]')),
    );
    await waitForBadge(extensionPage, url, String(marks));

    // New content with more of the story: the content script marks it, the badge follows.
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent =
        'The fintech risk rectification office was set up in 2016. WeChat closed the accounts of several crypto media outlets.';
      document.querySelector('article')!.append(p);
    });
    await page.waitFor(
      'more marks',
      (before) => {
        const now = new Set(
          [...document.querySelectorAll('[data-crosscheck-mention]')].map((e) =>
            e.getAttribute('data-crosscheck-mention'),
          ),
        ).size;
        return now > before;
      },
      marks,
    );
    await new Promise((ok) => setTimeout(ok, 300));
    const more = await page.evaluate(countMarks);
    await waitForBadge(extensionPage, url, String(more));

    // Navigation to a page that is not about the story: no badge.
    const other = `${server.origin}/popup/not-about.html`;
    await page.goto(other);
    await page.waitFor(...settled());
    await waitForBadge(extensionPage, other, '');
    expect(await page.evaluate(countMarks)).toBe(0);

    // And back: the badge returns.
    await page.goto(url);
    await page.waitFor(
      'the marks',
      () => document.querySelector('[data-crosscheck-fact]') !== null,
    );
    await new Promise((ok) => setTimeout(ok, 500));
    await waitForBadge(extensionPage, url, String(await page.evaluate(countMarks)));

    expect(extensionPage.errors).toEqual([]);
    await extensionPage.close();
    await page.close();
  });
});

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { stories } from '../../src/stories';
import { describeInBrowsers, ROOT, type Suite, type TestPage } from './harness';
import type { BrowserName } from './harness/browsers';
import { cardClosed, cardOpen, cardState, centerOf, crosscheckErrors } from './harness/dom';

const SHOTS = join(ROOT, 'artifacts/screenshots');
const COUNT = '[data-crosscheck-fact="exchange-count"][tabindex="0"]';
const { id: STORY_ID, title: STORY_TITLE } = stories[0]!;
const REGULATOR = '[data-crosscheck-fact="regulator"][tabindex="0"]';
const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

async function openSplit(suite: Suite): Promise<TestPage> {
  const page = await suite.browser.newPage();
  await page.goto(`${suite.server.origin}/hard/split.html`);
  await page.waitFor('marks', () =>
    Boolean(document.querySelector('crosscheck-mark[tabindex="0"]')),
  );
  return page;
}

/** Rests the pointer on the mark `selector` until its card is open. */
async function hoverOpen(page: TestPage, selector: string): Promise<void> {
  const at = await centerOf(page, selector);
  await page.mouseMove(at.x, at.y);
  await page.waitFor('the card', cardOpen, undefined, 5000);
}

/** Where nothing is: the left margin, level with the page's top. */
const AWAY = { x: 5, y: 5 };

const activeIsMark = (sel: string) => document.activeElement === document.querySelector(sel);

/** The card's box and the mention's boxes do not overlap. */
function cardClearOfMark(sel: string): boolean {
  const card = document
    .querySelector('[data-crosscheck-ui]')!
    .shadowRoot!.querySelector('[data-testid="fact-card"]')!
    .getBoundingClientRect();
  const mention = document.querySelector(sel)!.getAttribute('data-crosscheck-mention');
  return Array.from(document.querySelectorAll(`[data-crosscheck-mention="${mention}"]`)).every(
    (m) =>
      Array.from(m.getClientRects()).every(
        (r) =>
          r.right <= card.left ||
          r.left >= card.right ||
          r.bottom <= card.top ||
          r.top >= card.bottom,
      ),
  );
}

async function shoot(page: TestPage, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot(join(SHOTS, `${name}.png`));
}

function cardSuite(scheme: 'light' | 'dark') {
  return (suite: () => Suite, browserName: BrowserName) => {
    if (scheme === 'dark') {
      it('renders the card in dark mode (screenshot)', async () => {
        const page = await openSplit(suite());
        await hoverOpen(page, COUNT);
        await sleep(300);
        const colours = await page.evaluate(() => {
          const card = document
            .querySelector('[data-crosscheck-ui]')!
            .shadowRoot!.querySelector('[data-testid="fact-card"]')!;
          return getComputedStyle(card).backgroundColor;
        });
        expect(colours).toBe('rgb(30, 33, 41)');
        await shoot(page, `card-${browserName}-dark`);
        await page.close();
      });
      return;
    }

    it('opens on hover after the delay, not before, names the differing outlets, and does not cover its mark', async () => {
      const page = await openSplit(suite());
      const at = await centerOf(page, COUNT);
      const started = Date.now();
      await page.mouseMove(at.x, at.y);
      await sleep(200);
      expect(await page.evaluate(cardOpen)).toBe(false);
      await page.waitFor('the card', cardOpen, undefined, 5000);
      expect(Date.now() - started).toBeGreaterThanOrEqual(380);
      const card = (await cardState(page))!;
      expect(card.role).toBe('tooltip');
      expect([card.lang, card.statementLang]).toEqual(['en', 'en']);
      expect(card.outlets).toEqual(['Cryptona', 'CoinCentral', 'CryptoCoinSpace']);
      expect(card.text).toContain('5 of 5 outlets report this');
      expect(card.text).toContain('This page says “124 overseas cryptocurrency exchanges”');
      expect(card.text).toContain('Compare all outlets');
      expect(await page.evaluate(cardClearOfMark, COUNT)).toBe(true);
      expect(
        await page.evaluate(
          (sel: string) => document.querySelector(sel)!.getAttribute('aria-expanded'),
          COUNT,
        ),
      ).toBe('true');
      await sleep(300);
      await shoot(page, `card-${browserName}-light`);
      // Leaving: closes after the grace period.
      await page.mouseMove(AWAY.x, AWAY.y);
      await page.waitFor('the card to close', cardClosed, undefined, 3000);
      expect(crosscheckErrors(page)).toEqual([]);
      await page.close();
    });

    it('does not open while the pointer just passes over a mark', async () => {
      const page = await openSplit(suite());
      const at = await centerOf(page, COUNT);
      await page.mouseMove(at.x, at.y);
      await sleep(100);
      await page.mouseMove(AWAY.x, AWAY.y);
      await sleep(900);
      expect(await page.evaluate(cardOpen)).toBe(false);
      await page.close();
    });

    it('stays open while the pointer travels into the card and rests there', async () => {
      const page = await openSplit(suite());
      await hoverOpen(page, COUNT);
      const inside = await page.evaluate(() => {
        const r = document
          .querySelector('[data-crosscheck-ui]')!
          .shadowRoot!.querySelector('[data-testid="fact-card"]')!
          .getBoundingClientRect();
        return { x: r.left + 30, y: r.top + 30 };
      });
      await page.mouseMove(inside.x, inside.y);
      await sleep(1000);
      expect(await page.evaluate(cardOpen)).toBe(true);
      await page.mouseMove(AWAY.x, AWAY.y);
      await page.waitFor('the card to close', cardClosed, undefined, 3000);
      await page.close();
    });

    it('"Compare all outlets" opens the story with every outlet in a new tab', async () => {
      const page = await openSplit(suite());
      await hoverOpen(page, COUNT);
      // The link ends the card, which may scroll: bring it into view as a reader would.
      const button = await page.evaluate(() => {
        const link = document
          .querySelector('[data-crosscheck-ui]')!
          .shadowRoot!.querySelector('[data-testid="card-compare"]')!;
        link.scrollIntoView({ block: 'nearest' });
        const r = link.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      });
      await page.mouseMove(button.x, button.y);
      await page.mouseClick(button.x, button.y);
      const story = await suite().browser.waitForExtensionPage(
        `extension/popup/index.html?story=${STORY_ID}#story`,
      );
      await story.waitFor(
        'the story summary with its outlets',
        () => document.querySelector('[data-testid="source-matrix"] th.cc-matrix-outlet') !== null,
      );
      const shown = await story.evaluate(() => ({
        title: document.querySelector('.cc-story-title')?.textContent ?? '',
        outlets: document.querySelectorAll('[data-testid="source-matrix"] th.cc-matrix-outlet')
          .length,
        pageFacts: document.querySelector('[data-testid="page-facts"]') !== null,
      }));
      expect(shown.title).toBe(STORY_TITLE);
      expect(shown.outlets).toBe(5);
      expect(shown.pageFacts).toBe(false); // the story alone: no page of its own
      expect(story.errors).toEqual([]);
      await story.close();
      await page.close();
    });

    it('opens on keyboard focus; Esc closes it and focus stays on the mark', async () => {
      const page = await openSplit(suite());
      await page.evaluate(
        (sel: string) => (document.querySelector(sel) as HTMLElement).focus(),
        REGULATOR,
      );
      await page.waitFor('the card on focus', cardOpen, undefined, 5000);
      const card = (await cardState(page))!;
      expect(card.role).toBe('tooltip');
      expect(card.outlets).toContain('CoinRussia');
      await page.press('Escape');
      await page.waitFor('the card to close', cardClosed, undefined, 2000);
      expect(await page.evaluate(activeIsMark, REGULATOR)).toBe(true);
      await page.close();
    });

    it('Tab reaches the marks; Enter pins the card as a dialog and moves focus in; Esc returns focus to the mark', async () => {
      const page = await openSplit(suite());
      // Tab from the start of the page to the first mark (links come first on this page).
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      let reached = false;
      for (let i = 0; i < 6 && !reached; i++) {
        await page.press('Tab');
        reached = await page.evaluate(
          () => document.activeElement?.localName === 'crosscheck-mark',
        );
      }
      expect(reached).toBe(true);
      await page.press('Enter');
      await page.waitFor(
        'a pinned card',
        () =>
          document
            .querySelector('[data-crosscheck-ui]')
            ?.shadowRoot?.querySelector('[role="dialog"]') != null,
      );
      const focusInCard = await page.evaluate(
        () =>
          document.activeElement?.hasAttribute('data-crosscheck-ui') === true &&
          document
            .querySelector('[data-crosscheck-ui]')!
            .shadowRoot!.activeElement?.getAttribute('role') === 'dialog',
      );
      expect(focusInCard).toBe(true);
      const labelled = await page.evaluate(() => {
        const root = document.querySelector('[data-crosscheck-ui]')!.shadowRoot!;
        const dialog = root.querySelector('[role="dialog"]')!;
        return root.getElementById(dialog.getAttribute('aria-labelledby')!)?.textContent ?? '';
      });
      expect(labelled.length).toBeGreaterThan(0);
      await page.press('Escape');
      await page.waitFor('the card to close', cardClosed, undefined, 2000);
      expect(await page.evaluate(() => document.activeElement?.localName)).toBe('crosscheck-mark');
      await page.close();
    });

    it('a click pins the card (it stays when the pointer leaves); a click elsewhere closes it', async () => {
      const page = await openSplit(suite());
      const at = await centerOf(page, REGULATOR);
      await page.mouseClick(at.x, at.y);
      await page.waitFor(
        'a pinned card',
        () =>
          document
            .querySelector('[data-crosscheck-ui]')
            ?.shadowRoot?.querySelector('[role="dialog"]') != null,
      );
      await page.mouseMove(AWAY.x, AWAY.y);
      await sleep(900);
      expect((await cardState(page))?.role).toBe('dialog');
      await page.mouseClick(AWAY.x, AWAY.y);
      await page.waitFor('the card to close', cardClosed, undefined, 2000);
      await page.close();
    });

    it('a tap toggles the card', async () => {
      const page = await openSplit(suite());
      const at = await centerOf(page, COUNT);
      await page.tap(at.x, at.y);
      await page.waitFor('the card on tap', cardOpen, undefined, 5000);
      await sleep(500);
      expect(await page.evaluate(cardOpen)).toBe(true);
      await page.tap(at.x, at.y);
      await page.waitFor('the card to close on a second tap', cardClosed, undefined, 3000);
      await page.close();
    });

    it('stays inside the viewport and scrolls inside at 200% zoom', async () => {
      const page = await openSplit(suite());
      await page.setViewport(600, 450); // 1200x900 at 200%
      await hoverOpen(page, COUNT);
      await sleep(300);
      const box = await page.evaluate(() => {
        const card = document
          .querySelector('[data-crosscheck-ui]')!
          .shadowRoot!.querySelector<HTMLElement>('[data-testid="fact-card"]')!;
        const r = card.getBoundingClientRect();
        return {
          inside: r.left >= 0 && r.top >= 0 && r.right <= innerWidth && r.bottom <= innerHeight,
          scrolls:
            card.scrollHeight > card.clientHeight && getComputedStyle(card).overflowY === 'auto',
        };
      });
      expect(box.inside).toBe(true);
      expect(box.scrolls).toBe(true);
      expect(await page.evaluate(cardClearOfMark, COUNT)).toBe(true);
      await shoot(page, `card-${browserName}-zoom200`);
      await page.close();
    });

    it('styles the card under a strict CSP, and the page cannot hide it (hostile CSS)', async () => {
      const { browser, server } = suite();
      for (const name of ['csp', 'hostile']) {
        const page = await browser.newPage();
        await page.goto(`${server.origin}/hard/${name}.html`);
        await page.waitFor('marks', () =>
          Boolean(document.querySelector('crosscheck-mark[tabindex="0"]')),
        );
        await hoverOpen(page, COUNT);
        const style = await page.evaluate(() => {
          const host = document.querySelector('[data-crosscheck-ui]')!;
          const card = host.shadowRoot!.querySelector('[data-testid="fact-card"]')!;
          const r = card.getBoundingClientRect();
          return {
            host: getComputedStyle(host).display,
            position: getComputedStyle(card).position,
            radius: getComputedStyle(card).borderTopLeftRadius,
            visible: r.width > 100 && r.height > 50,
          };
        });
        expect(style).toEqual({ host: 'block', position: 'fixed', radius: '8px', visible: true });
        await shoot(page, `card-${browserName}-${name}`);
        await page.close();
      }
    });
  };
}

describeInBrowsers('card', cardSuite('light'));
describeInBrowsers('card (dark)', cardSuite('dark'), { colorScheme: 'dark' });

/**
 * Hostile and unusual pages (issue #16), in Chromium and Firefox: editors, mutation storms,
 * frameworks that replace or revert the marked nodes, a page that breaks the DOM and its globals
 * in its own world, open and closed shadow roots, a page that removes our UI host, and
 * document.open()/write() after load. Every test ends with the suite's common checks
 * (harness/hostile.ts): no error of ours, the page's text unchanged, no mark in editable text,
 * no task of ours that freezes the tab, the page's timers not kept waiting, passes that settle.
 */
import { expect, it } from 'vitest';
import { describeInBrowsers, type TestPage } from './harness';
import { cardOpen, writeSettings } from './harness/dom';
import {
  expectNoMorePasses,
  expectWellBehaved,
  openHostile,
  settle,
  withTimingChecked,
} from './harness/hostile';

const marks = (page: TestPage, selector = '[data-crosscheck-mention]') =>
  page.evaluate((sel: string) => document.querySelectorAll(sel).length, selector);

describeInBrowsers('hostile pages', (suite, name) => {
  const url = (path: string) => `${suite().server.origin}/hostile/${path}`;
  /** A test whose timing checks get a second load when they miss (see withTimingChecked). */
  const checked = (title: string, scenario: Parameters<typeof withTimingChecked>[1]) =>
    it(title, () => withTimingChecked(`[${name}] ${title}`, scenario));

  checked(
    'leaves editors alone: contenteditable (any value), plaintext-only, text fields',
    async () => {
      const page = await suite().browser.newPage();
      await openHostile(page, url('editors.html'));
      await settle(page);
      expect(await marks(page, '#article [data-crosscheck-mention]')).toBeGreaterThan(3);
      expect(await marks(page, '#rich *, #plain *, #inherit *')).toBeGreaterThan(0); // the editors are there
      expect(
        await marks(
          page,
          '#rich crosscheck-mark, #plain crosscheck-mark, #inherit crosscheck-mark',
        ),
      ).toBe(0);
      const line = await expectWellBehaved(page, `[${name}] editors`, { lateTiming: true });
      await page.close();
      return line;
    },
  );

  for (const [file, what] of [
    ['design-mode.html', 'a designMode document'],
    ['editable-body.html', 'an editable body'],
  ] as const) {
    checked(`marks nothing in ${what}, and adds no UI`, async () => {
      const page = await suite().browser.newPage();
      await openHostile(page, url(file));
      await settle(page);
      expect(await marks(page)).toBe(0);
      expect(await marks(page, '[data-crosscheck-ui]')).toBe(0);
      const line = await expectWellBehaved(page, `[${name}] ${what}`, { lateTiming: true });
      await page.close();
      return line;
    });
  }

  checked(
    'takes its marks out, exactly, from a region that turns editable, and all of them in designMode',
    async () => {
      const page = await suite().browser.newPage();
      await openHostile(page, url('turns-editable.html'));
      await settle(page);
      expect(await marks(page, '#article crosscheck-mark')).toBeGreaterThan(3);
      expect(await marks(page, '#second crosscheck-mark')).toBeGreaterThan(0);
      await page.evaluate(() =>
        (window as unknown as { makeArticleEditable(): void }).makeArticleEditable(),
      );
      // At once (the observer's record), not after a pass: the user may be about to type.
      await page.waitFor(
        'the article unmarked',
        () => !document.querySelector('#article crosscheck-mark'),
        undefined,
        1000,
      );
      const same = await page.evaluate(
        () =>
          document.getElementById('article')!.innerHTML ===
          (window as unknown as { pristineArticle: string }).pristineArticle,
      );
      expect(same).toBe(true);
      expect(await marks(page, '#second crosscheck-mark')).toBeGreaterThan(0);
      await settle(page);
      expect(await marks(page, '#article crosscheck-mark')).toBe(0);
      // Editing over: the article is marked again.
      await page.evaluate(() => {
        document.getElementById('article')!.contentEditable = 'false';
      });
      await page.waitFor('the article marked again', () =>
        Boolean(document.querySelector('#article crosscheck-mark')),
      );

      // The whole document turns editable: every mark goes, and comes back when it is over.
      await page.evaluate(() => {
        document.designMode = 'on';
      });
      await page.waitFor(
        'no mark in designMode',
        () => !document.querySelector('crosscheck-mark'),
        undefined,
        2000,
      );
      await settle(page);
      expect(await marks(page)).toBe(0);
      await page.evaluate(() => {
        document.designMode = 'off';
      });
      await page.waitFor('marks back', () =>
        Boolean(document.querySelector('#article crosscheck-mark')),
      );
      await settle(page);
      const line = await expectWellBehaved(page, `[${name}] turns editable`, { lateTiming: true });
      await page.close();
      return line;
    },
  );

  checked(
    'settles after a mutation storm and a ticker that never stops, and marks the storm’s story',
    async () => {
      const page = await suite().browser.newPage();
      await openHostile(page, url('storm.html'));
      await page.waitFor(
        'the storm over',
        () => document.querySelectorAll('#feed p').length === 600,
        undefined,
        20_000,
      );
      await settle(page, 2500);
      expect(await marks(page, '#feed crosscheck-mark')).toBeGreaterThan(30);
      const line = await expectWellBehaved(page, `[${name}] storm`, { lateTiming: true });
      // The ticker changes the page every 20 ms forever: passes that find nothing new back off.
      await expectNoMorePasses(page, 4000, 1);
      await page.close();
      return line;
    },
  );

  checked(
    'marks a re-rendered article once after the last render, and gives up on a framework that reverts every change',
    async () => {
      const page = await suite().browser.newPage();
      await openHostile(page, url('framework.html'));
      await page.waitFor(
        'ten renders',
        () => (window as unknown as { renders: { app: number } }).renders.app === 11,
        undefined,
        10_000,
      );
      await settle(page, 2500);
      const app = await page.evaluate(() => ({
        marks: document.querySelectorAll('#app crosscheck-mark').length,
        mentions: new Set(
          Array.from(document.querySelectorAll('#app [data-crosscheck-mention]'), (m) =>
            m.getAttribute('data-crosscheck-mention'),
          ),
        ).size,
        facts: document.querySelectorAll('#app crosscheck-mark[tabindex="0"]').length,
      }));
      expect(app.marks).toBeGreaterThan(3);
      expect(app.facts).toBe(app.mentions); // one mention, one focusable first mark: no duplicates
      const strict = await page.evaluate(
        () => (window as unknown as { renders: { strict: number } }).renders.strict,
      );
      expect(strict).toBeLessThanOrEqual(4); // a few attempts, then left alone
      const line = await expectWellBehaved(page, `[${name}] frameworks`, { lateTiming: true });
      await expectNoMorePasses(page);
      await page.close();
      return line;
    },
  );

  checked('marks a page that breaks DOM methods and globals in its own world', async () => {
    const page = await suite().browser.newPage();
    await openHostile(page, url('broken.html'));
    await settle(page);
    expect(await marks(page, '#article [data-crosscheck-mention]')).toBeGreaterThan(3);
    // The card opens too (its code loads and renders in our world).
    await page.evaluate(() =>
      (document.querySelector('crosscheck-mark[tabindex="0"]') as HTMLElement).focus(),
    );
    await page.waitFor('a card', cardOpen);
    const line = await expectWellBehaved(page, `[${name}] broken globals`, {
      control: false,
      lateTiming: true,
    });
    await expectNoMorePasses(page);
    await page.close();
    return line;
  });

  checked('leaves unmarked a page that defines a custom element of our marks’ name', async () => {
    const page = await suite().browser.newPage();
    await openHostile(page, url('claims-our-name.html'));
    await settle(page);
    expect(await marks(page)).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { upgrades: number }).upgrades)).toBe(0);
    const line = await expectWellBehaved(page, `[${name}] claims our name`, { lateTiming: true });
    await page.close();
    return line;
  });

  checked(
    'reads, marks and observes open shadow roots, leaves closed ones alone, and restores them exactly when switched off',
    async () => {
      const { browser } = suite();
      const page = await browser.newPage();
      await openHostile(page, url('shadow.html'));
      const inOpen = (sel: string) =>
        page.evaluate(
          (s: string) =>
            document.getElementById('open-article')!.shadowRoot!.querySelectorAll(s).length,
          sel,
        );
      await page.waitFor('the late paragraph marked', () =>
        Boolean(
          document
            .getElementById('open-article')!
            .shadowRoot!.querySelector('#late crosscheck-mark'),
        ),
      );
      await settle(page);
      expect(await inOpen('crosscheck-mark')).toBeGreaterThan(3);
      expect(
        await page.evaluate(() =>
          (window as unknown as { closedStructure(): string })
            .closedStructure()
            .includes('CROSSCHECK-MARK'),
        ),
      ).toBe(false);

      // Hovering a mark inside the shadow root opens its card, next to it.
      const at = await page.evaluate(() => {
        const mark = document
          .getElementById('open-article')!
          .shadowRoot!.querySelector('crosscheck-mark[tabindex="0"]')!;
        mark.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
        const r = mark.getClientRects()[0]!;
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      });
      await page.mouseMove(5, 5);
      await page.mouseMove(at.x, at.y);
      await page.waitFor('the card', cardOpen, undefined, 5000);
      const place = await page.evaluate(() => {
        const card = document
          .querySelector('[data-crosscheck-ui]')!
          .shadowRoot!.querySelector('[data-testid="fact-card"]')!
          .getBoundingClientRect();
        const mark = document
          .getElementById('open-article')!
          .shadowRoot!.querySelector('crosscheck-mark[tabindex="0"]')!
          .getBoundingClientRect();
        return {
          dx: Math.abs(card.left - mark.left),
          below: card.top - mark.bottom,
          above: mark.top - card.bottom,
        };
      });
      expect(place.dx).toBeLessThan(400);
      expect(Math.min(Math.abs(place.below), Math.abs(place.above))).toBeLessThan(30);
      await page.mouseMove(5, 5);
      const line = await expectWellBehaved(page, `[${name}] shadow roots`, {
        control: false,
        lateTiming: true,
      });

      const site = new URL(suite().server.origin).hostname;
      await writeSettings(browser, { disabledSites: [site] });
      await page.waitFor(
        'no marks',
        () =>
          !document.getElementById('open-article')!.shadowRoot!.querySelector('crosscheck-mark'),
      );
      const restored = await page.evaluate(
        () =>
          (window as unknown as { shadowStructure(n: Node): string }).shadowStructure(
            document.getElementById('open-article')!.shadowRoot!,
          ) === (window as unknown as { pristineShadow: string }).pristineShadow,
      );
      expect(restored).toBe(true);
      await writeSettings(browser, { disabledSites: [] });
      await page.waitFor('marks again', () =>
        Boolean(
          document.getElementById('open-article')!.shadowRoot!.querySelector('crosscheck-mark'),
        ),
      );
      await page.close();
      return line;
    },
  );

  checked('copes with a page that removes its UI host: no error, no loop', async () => {
    const page = await suite().browser.newPage();
    await openHostile(page, url('removes-ui.html'));
    await settle(page);
    for (const index of [0, 1, 2]) {
      await page.evaluate((i: number) => {
        (document.querySelectorAll('crosscheck-mark[tabindex="0"]')[i] as HTMLElement).focus();
      }, index);
      await new Promise((ok) => setTimeout(ok, 400));
    }
    const removed = await page.evaluate(() => (window as unknown as { removed: number }).removed);
    expect(removed).toBeGreaterThan(0);
    expect(removed).toBeLessThanOrEqual(3); // one host per card opened, not a fight
    const line = await expectWellBehaved(page, `[${name}] removes our UI`, { lateTiming: true });
    await expectNoMorePasses(page);
    await page.close();
    return line;
  });

  checked(
    'starts over after document.open() and write(): marks the written article, and its cards open',
    async () => {
      const page = await suite().browser.newPage();
      await openHostile(page, url('document-write.html'));
      await page.waitFor(
        'the written article marked',
        () => Boolean(document.querySelector('#article crosscheck-mark')),
        undefined,
        15_000,
      );
      await settle(page);
      await page.evaluate(() =>
        (document.querySelector('crosscheck-mark[tabindex="0"]') as HTMLElement).focus(),
      );
      await page.waitFor('a card', cardOpen);
      const line = await expectWellBehaved(page, `[${name}] document.write`, {
        control: false,
        lateTiming: true,
      });
      await page.close();
      return line;
    },
  );
});

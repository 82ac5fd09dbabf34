import type { ExtensionBrowser, TestPage } from './types';

/** A marked mention as the page's DOM shows it: its pieces joined, in page order. */
export interface MarkedMention {
  mention: string;
  fact: string;
  text: string;
  pieces: number;
}

/** Every Crosscheck mark on the page, grouped by mention, in document order. */
export function marksOnPage(page: TestPage): Promise<MarkedMention[]> {
  return page.evaluate(() => {
    const byMention = new Map<
      string,
      { mention: string; fact: string; text: string; pieces: number }
    >();
    for (const el of Array.from(document.querySelectorAll('[data-crosscheck-mention]'))) {
      const mention = el.getAttribute('data-crosscheck-mention')!;
      let entry = byMention.get(mention);
      if (!entry) {
        entry = {
          mention,
          fact: el.getAttribute('data-crosscheck-fact') ?? '',
          text: '',
          pieces: 0,
        };
        byMention.set(mention, entry);
      }
      entry.text += el.textContent ?? '';
      entry.pieces++;
    }
    // White space folded: a mention may span a line break of the page's source.
    return [...byMention.values()].map((m) => ({ ...m, text: m.text.replace(/\s+/g, ' ') }));
  });
}

/** The centre of the first box of the first element matching `selector` (viewport coordinates). */
export async function centerOf(
  page: TestPage,
  selector: string,
): Promise<{ x: number; y: number }> {
  const point = await page.evaluate((sel: string) => {
    const el = document.querySelector(sel);
    if (!el) return null;
    el.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    const r = el.getClientRects()[0] ?? el.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }, selector);
  if (!point) throw new Error(`no element matches ${selector}`);
  return point;
}

/**
 * Writes Crosscheck's settings from one of its own pages (the options page), as the options UI
 * would: `storage.local.set({ settings })`. Content scripts pick the change up without reload.
 */
export async function writeSettings(
  browser: ExtensionBrowser,
  settings: Record<string, unknown>,
): Promise<void> {
  const page = await browser.openExtensionPage('extension/options/index.html');
  // Firefox reports the tab's first document (about:blank) as complete before the navigation.
  await page.waitFor(
    'the extension page',
    () => /-extension:$/.test(location.protocol) && document.readyState === 'complete',
  );
  await page.evaluate(async (value: Record<string, unknown>) => {
    const g = globalThis as unknown as {
      browser?: { storage: { local: { set(v: object): Promise<void> } } };
      chrome: { storage: { local: { set(v: object): Promise<void> } } };
    };
    await (g.browser ?? g.chrome).storage.local.set({ settings: { version: 1, ...value } });
  }, settings);
  await page.close();
}

/** The open card's text (inside the UI host's shadow root), or null when none is open. */
export function cardState(page: TestPage): Promise<{
  role: string;
  text: string;
  outlets: string[];
  /** The card's `lang` (the UI's), and its statement's (the story's own text). */
  lang: string;
  statementLang: string;
} | null> {
  return page.evaluate(() => {
    const card = document
      .querySelector('[data-crosscheck-ui]')
      ?.shadowRoot?.querySelector<HTMLElement>('[data-testid="fact-card"]');
    if (!card) return null;
    return {
      role: card.getAttribute('role') ?? '',
      text: card.innerText,
      outlets: Array.from(card.querySelectorAll('[data-testid="card-outlet"]')).map(
        (o) => o.textContent ?? '',
      ),
      lang: card.lang,
      statementLang: card.querySelector<HTMLElement>('[data-testid="card-statement"]')?.lang ?? '',
    };
  });
}

/** Whether a card is open. */
export const cardOpen = () =>
  Boolean(
    document
      .querySelector('[data-crosscheck-ui]')
      ?.shadowRoot?.querySelector('[data-testid="fact-card"]'),
  );

/** Whether no card is open (a function of its own: page functions cannot call each other). */
export const cardClosed = () =>
  !document
    .querySelector('[data-crosscheck-ui]')
    ?.shadowRoot?.querySelector('[data-testid="fact-card"]');

/**
 * The page's errors that could be Crosscheck's: not the hard-case pages' own (they throw on
 * purpose, marked "page-own-error"), not the browser's favicon request (a 404 on the fixture
 * server, blocked by the CSP page's img-src).
 */
export function crosscheckErrors(page: TestPage): string[] {
  return page.errors.filter(
    (e) =>
      !e.includes('page-own-error') &&
      !e.includes('favicon.ico') &&
      !e.startsWith('Failed to load resource: the server responded with a status of 404'),
  );
}

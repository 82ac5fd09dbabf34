/**
 * Languages in the browser tests: the reader's language is picked on the options page, as a reader
 * would (so no test depends on the browser's own language packs), and every text shown is checked
 * for overflow and clipping.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { LOCALES, localeDir, type Locale } from '../../../src/i18n/locales';
import type { ExtensionBrowser } from './types';

export { LOCALES, type Locale };

/** A message of `public/_locales/<locale>/messages.json`, substituted like the extension does. */
export function message(locale: Locale, key: string, substitutions: string[] = []): string {
  const file = resolve(import.meta.dirname, '../../../public/_locales', localeDir(locale));
  const messages = JSON.parse(readFileSync(`${file}/messages.json`, 'utf8')) as Record<
    string,
    { message: string }
  >;
  const text = messages[key]?.message ?? messages[`${key}_other`]?.message;
  if (text === undefined) throw new Error(`no message ${key} in ${locale}`);
  return text.replace(/\$(\d)/g, (_, n: string) => substitutions[Number(n) - 1] ?? '');
}

/** A message that depends on a count, in the form `locale`'s plural rules choose for `count`. */
export function plural(
  locale: Locale,
  key: string,
  count: number,
  substitutions: string[],
): string {
  const category = new Intl.PluralRules(locale).select(count);
  try {
    return message(locale, `${key}_${category}`, substitutions);
  } catch {
    return message(locale, `${key}_other`, substitutions);
  }
}

/** Picks `language` (a locale, or `auto`) in the options page's language list, and waits for it. */
export async function chooseLanguage(
  browser: ExtensionBrowser,
  language: Locale | 'auto',
): Promise<void> {
  const options = await browser.openExtensionPage('extension/options/index.html');
  await options.waitFor(
    'the language list',
    () => document.querySelector('[data-testid="language"]') !== null,
  );
  await options.evaluate((value: string) => {
    const select = document.querySelector<HTMLSelectElement>('[data-testid="language"]')!;
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  }, language);
  await options.waitFor(
    'the options page in that language',
    (value: string) =>
      document.querySelector<HTMLSelectElement>('[data-testid="language"]')?.value === value &&
      document.querySelector('[data-testid="saved"]')?.textContent !== '',
    language,
  );
  if (language !== 'auto')
    await options.waitFor(
      'the options page in that language',
      (value: string) => document.documentElement.lang === value,
      language,
    );
  await options.close();
}

/**
 * Every piece of text that does not fit: a line box reaching past the area (the card, or the
 * popup's body) or past an ancestor that clips or scrolls sideways, or cut by an ancestor that
 * hides vertical overflow (an ellipsis). Screen-reader-only text is left out. Runs in the page.
 */
export function overflowingText(where: 'card' | 'body'): string[] {
  const area =
    where === 'card'
      ? document
          .querySelector('[data-crosscheck-ui]')!
          .shadowRoot!.querySelector<HTMLElement>('[data-testid="fact-card"]')!
      : document.body;
  const box = area.getBoundingClientRect();
  const bad: string[] = [];
  const walker = document.createTreeWalker(area, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const element = node.parentElement;
    if (!element || !node.textContent?.trim() || element.closest('.cc-visually-hidden')) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const lines = Array.from(range.getClientRects()).filter((r) => r.width > 0 && r.height > 0);
    const clips: HTMLElement[] = [];
    for (let a: HTMLElement | null = element; a && a !== area; a = a.parentElement) {
      const style = getComputedStyle(a);
      if (style.overflowX !== 'visible' || style.overflowY !== 'visible') clips.push(a);
    }
    const what = `"${node.textContent.trim().slice(0, 40)}" in <${element.localName} class="${element.className}">`;
    for (const r of lines) {
      if (r.left < box.left - 1 || r.right > box.right + 1) bad.push(`${what} overflows the area`);
      for (const clip of clips) {
        const c = clip.getBoundingClientRect();
        const y = getComputedStyle(clip).overflowY;
        if (r.left < c.left - 1 || r.right > c.right + 1)
          bad.push(`${what} overflows <${clip.localName} class="${clip.className}"> sideways`);
        else if ((y === 'hidden' || y === 'clip') && (r.top < c.top - 1 || r.bottom > c.bottom + 1))
          bad.push(`${what} is cut by <${clip.localName} class="${clip.className}">`);
      }
    }
  }
  return [...new Set(bad)];
}

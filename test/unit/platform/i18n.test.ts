/** The interface strings at run time: loading a locale, substitutions, plurals, numbers, lists. */
import { describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', async () => ({
  default: (await import('./fake-browser')).fakeBrowser(),
}));

const { formatList, hasLocale, setLocale, t, tAround, tn, uiLanguage } =
  await import('../../../extension/platform/i18n');

describe('i18n', () => {
  it('shows keys until a locale is loaded, so a string read too early is seen in tests', async () => {
    expect(hasLocale()).toBe(false);
    expect(t('cardCompare')).toBe('cardCompare');
    await setLocale('en');
    expect(hasLocale()).toBe(true);
    expect(t('cardCompare')).toBe('Compare all outlets');
    expect(t('no-such-key')).toBe('no-such-key');
  });

  it('splits a message around its substitution, so the substituted text can carry its own lang', async () => {
    await setLocale('en');
    const [before, after] = tAround('cardPageSays');
    expect(before + 'X' + after).toBe(t('cardPageSays', 'X'));
    expect(before).toBe('This page says “');
    expect(after).toBe('”');
  });

  it('switches language at run time, and names the language shown', async () => {
    await setLocale('ja');
    expect(uiLanguage()).toBe('ja');
    expect(t('cardCompare')).toBe('全メディアを比較');
    await setLocale('en');
    expect(uiLanguage()).toBe('en');
  });

  it('chooses the plural form by the locale’s rules', async () => {
    await setLocale('en');
    expect(tn('popupMentionCount', 1)).toBe('stated 1 time');
    expect(tn('popupMentionCount', 2)).toBe('stated 2 times');
    await setLocale('ru');
    expect([1, 2, 5, 11, 21, 22, 25].map((n) => tn('popupMarkedPassages', n))).toEqual([
      '1 отмеченный фрагмент',
      '2 отмеченных фрагмента',
      '5 отмеченных фрагментов',
      '11 отмеченных фрагментов',
      '21 отмеченный фрагмент',
      '22 отмеченных фрагмента',
      '25 отмеченных фрагментов',
    ]);
    await setLocale('ja');
    expect(tn('popupMentionCount', 1)).toBe('1 回記述');
  });

  it('writes numbers as the locale does', async () => {
    await setLocale('de');
    expect(t('optionsShowDelayHint', [0, 3000])).toContain('(0 bis 3.000)');
    await setLocale('en');
    expect(t('optionsShowDelayHint', [0, 3000])).toContain('(0 to 3,000)');
    await setLocale('fr');
    expect(t('optionsShowDelayHint', [0, 3000])).toContain('de 0 à 3\u202f000');
  });

  it('joins lists as the locale does', async () => {
    await setLocale('en');
    expect(formatList(['A', 'B', 'C'])).toBe('A, B, and C');
    await setLocale('zh-CN');
    expect(formatList(['A', 'B', 'C'])).toBe('A、B和C');
    await setLocale('de');
    expect(formatList(['A', 'B'])).toBe('A und B');
  });

  it('keeps a literal dollar sign written $$', async () => {
    await setLocale('en');
    expect(t('quoted', '$$1.5 billion')).toBe('“$$1.5 billion”'); // substitutions are not re-read
  });
});

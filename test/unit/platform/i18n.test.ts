import { describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', async () => ({
  default: (await import('./fake-browser')).fakeBrowser(),
}));

const { t, tAround, uiLanguage } = await import('../../../extension/platform/i18n');

describe('i18n', () => {
  it('splits a message around its substitution, so the substituted text can carry its own lang', () => {
    const [before, after] = tAround('cardPageSays');
    expect(before + 'X' + after).toBe(t('cardPageSays', 'X'));
    expect(before).toBe('This page says “');
    expect(after).toBe('”');
  });

  it('gives the language of the strings shown, from the locale file itself', () => {
    expect(uiLanguage()).toBe('en');
  });
});

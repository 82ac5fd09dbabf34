/** The reader's language: the one picked on the options page, else the browser's. */
import { describe, expect, it, vi } from 'vitest';
import type { FakeBrowser } from './fake-browser';

const fake = vi.hoisted(() => ({ browser: undefined as unknown as FakeBrowser }));
vi.mock('webextension-polyfill', async () => {
  const { fakeBrowser } = await import('./fake-browser');
  fake.browser = fakeBrowser();
  return { default: fake.browser };
});

const { applyReaderLocale, browserLocale, readerLocale } =
  await import('../../../extension/platform/locale');
const { parseSettings } = await import('../../../extension/platform/settings');
const { t, uiLanguage } = await import('../../../extension/platform/i18n');

describe('the reader’s language', () => {
  it('follows the browser by default, in the nearest language Crosscheck speaks', () => {
    fake.browser.i18n.getUILanguage.mockReturnValue('de-AT');
    expect(browserLocale()).toBe('de');
    expect(readerLocale({ language: 'auto' })).toBe('de');
    fake.browser.i18n.getUILanguage.mockReturnValue('it');
    expect(readerLocale({ language: 'auto' })).toBe('en');
  });

  it('is the one picked on the options page, whatever the browser speaks', () => {
    fake.browser.i18n.getUILanguage.mockReturnValue('de');
    expect(readerLocale({ language: 'ko' })).toBe('ko');
  });

  it('keeps a stored language Crosscheck speaks, and forgets one it does not', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(parseSettings({ language: 'zh-TW' }).language).toBe('zh-TW');
    expect(parseSettings({ language: 'it' }).language).toBe('auto');
  });

  it('loads the strings of the language stored', async () => {
    fake.browser.storage.local.reset({ settings: { version: 1, language: 'pt-BR' } });
    expect(await applyReaderLocale()).toBe('pt-BR');
    expect(uiLanguage()).toBe('pt-BR');
    expect(t('cardCompare')).toBe('Comparar todos os veículos');
  });
});

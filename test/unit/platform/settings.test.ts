import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { FakeBrowser } from './fake-browser';

const fake = vi.hoisted(() => ({ browser: undefined as unknown as FakeBrowser }));
vi.mock('webextension-polyfill', async () => {
  const { fakeBrowser } = await import('./fake-browser');
  fake.browser = fakeBrowser();
  return { default: fake.browser };
});

const { DEFAULT_SETTINGS, loadSettings, parseSettings, runsOn, saveSettings, watchSettings } =
  await import('../../../extension/platform/settings');

describe('parseSettings', () => {
  beforeEach(() => void vi.spyOn(console, 'warn').mockImplementation(() => undefined));

  it('gives the defaults for nothing stored', () => {
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings({})).toEqual(DEFAULT_SETTINGS);
  });

  it.each([['a string'], [42], [true], [[1, 2, 3]], [() => 1]])(
    'gives the defaults for garbage (%s)',
    (garbage) => expect(parseSettings(garbage)).toEqual(DEFAULT_SETTINGS),
  );

  it('keeps each valid field and replaces each corrupt one by its default', () => {
    const parsed = parseSettings({
      version: 1,
      disabledSites: ['news.example.com', 'bad host/with path'],
      siteMode: 'sometimes',
      enabledSites: 'news.example.com',
      showDelayMs: 250,
      markStyle: 'tint',
      unknownField: { nested: true },
    });
    expect(parsed).toEqual({
      ...DEFAULT_SETTINGS,
      showDelayMs: 250,
      markStyle: 'tint',
    });
    expect(console.warn).toHaveBeenCalled();
  });

  it.each([[-1], [3001], [1.5], [Number.NaN], ['400'], [null]])(
    'rejects a show delay of %s',
    (showDelayMs) => expect(parseSettings({ showDelayMs }).showDelayMs).toBe(400),
  );

  it('reads data without a version (before migrations) field by field', () => {
    expect(parseSettings({ markStyle: 'tint', disabledSites: ['a.example'] })).toMatchObject({
      markStyle: 'tint',
      disabledSites: ['a.example'],
    });
  });
});

describe('settings storage', () => {
  beforeEach(() => fake.browser.storage.local.reset({}));

  it('loads the defaults when storage holds garbage, and never throws', async () => {
    fake.browser.storage.local.reset({ settings: 'garbage' });
    await expect(loadSettings()).resolves.toEqual(DEFAULT_SETTINGS);
    fake.browser.storage.local.get.mockRejectedValueOnce(new Error('storage is gone'));
    await expect(loadSettings()).resolves.toEqual(DEFAULT_SETTINGS);
  });

  it('saves a patch with the version and tells watchers', async () => {
    const seen: unknown[] = [];
    const controller = new AbortController();
    watchSettings((s) => seen.push(s), controller.signal);
    await saveSettings({ markStyle: 'tint' });
    expect(fake.browser.storage.local.set).toHaveBeenLastCalledWith({
      settings: { ...DEFAULT_SETTINGS, markStyle: 'tint', version: 1 },
    });
    expect(seen).toEqual([{ ...DEFAULT_SETTINGS, markStyle: 'tint' }]);
    controller.abort();
    await saveSettings({ markStyle: 'underline' });
    expect(seen).toHaveLength(1);
  });

  it('refuses to store an invalid value', async () => {
    await expect(saveSettings({ showDelayMs: -5 })).rejects.toThrow();
    await expect(saveSettings({ siteMode: 'nowhere' as never })).rejects.toThrow();
  });
});

describe('runsOn', () => {
  it('runs everywhere by default, except on sites switched off', () => {
    expect(runsOn(DEFAULT_SETTINGS, 'news.example.com')).toBe(true);
    expect(
      runsOn({ ...DEFAULT_SETTINGS, disabledSites: ['news.example.com'] }, 'news.example.com'),
    ).toBe(false);
  });

  it('runs only on listed sites in only-listed mode', () => {
    const s = {
      ...DEFAULT_SETTINGS,
      siteMode: 'only-listed' as const,
      enabledSites: ['a.example'],
    };
    expect(runsOn(s, 'a.example')).toBe(true);
    expect(runsOn(s, 'b.example')).toBe(false);
    expect(runsOn({ ...s, disabledSites: ['a.example'] }, 'a.example')).toBe(false);
  });
});

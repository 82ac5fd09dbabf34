import { beforeEach, describe, expect, it, vi } from 'vitest';
import { EXTENSION_ID, type FakeBrowser } from './fake-browser';

const fake = vi.hoisted(() => ({ browser: undefined as unknown as FakeBrowser }));
vi.mock('webextension-polyfill', async () => {
  const { fakeBrowser } = await import('./fake-browser');
  fake.browser = fakeBrowser();
  return { default: fake.browser };
});

await import('../../../extension/background/index');
const { badgeText } = await import('../../../extension/platform/badge');

const tab = (id: number) => ({ id: EXTENSION_ID, tab: { id }, url: 'https://news.example.com/a' });
const flush = () => new Promise((ok) => setTimeout(ok, 0));

describe('the toolbar badge', () => {
  beforeEach(() => {
    fake.browser.action.setBadgeText.mockClear();
    fake.browser.action.setTitle.mockClear();
    fake.browser.storage.local.reset({});
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });

  it('shows the count only on a page about the story with marks', () => {
    expect(badgeText(12, true)).toBe('12');
    expect(badgeText(0, true)).toBe('');
    expect(badgeText(12, false)).toBe('');
    expect(badgeText(5000, true)).toBe('999');
  });

  it("sets the sender tab's badge on marks-changed", async () => {
    fake.browser.runtime.onMessage.fire(
      { type: 'marks-changed', count: 7, relevant: true },
      tab(3),
    );
    await flush();
    expect(fake.browser.action.setBadgeText).toHaveBeenCalledWith({ tabId: 3, text: '7' });
    fake.browser.runtime.onMessage.fire(
      { type: 'marks-changed', count: 7, relevant: false },
      tab(3),
    );
    await flush();
    expect(fake.browser.action.setBadgeText).toHaveBeenLastCalledWith({ tabId: 3, text: '' });
  });

  it("says what the number means in the button's tooltip, in the reader's language", async () => {
    const changed = (count: number) =>
      fake.browser.runtime.onMessage.fire({ type: 'marks-changed', count, relevant: true }, tab(3));
    changed(1);
    await vi.waitFor(() =>
      expect(fake.browser.action.setTitle).toHaveBeenLastCalledWith({
        tabId: 3,
        title: 'Crosscheck: 1 passage on this page states a fact of the story',
      }),
    );
    fake.browser.storage.local.reset({ settings: { version: 1, language: 'ru' } });
    changed(5);
    await vi.waitFor(() =>
      expect(fake.browser.action.setTitle).toHaveBeenLastCalledWith({
        tabId: 3,
        title: 'Crosscheck: на этой странице 5 фрагментов излагают факты новости',
      }),
    );
    changed(0);
    await vi.waitFor(() =>
      expect(fake.browser.action.setTitle).toHaveBeenLastCalledWith({
        tabId: 3,
        title: 'Crosscheck',
      }),
    );
  });

  it('writes every tab’s tooltip again when the reader picks another language', async () => {
    fake.browser.tabs.query.mockResolvedValueOnce([{ id: 8 }]);
    fake.browser.action.getBadgeText.mockResolvedValueOnce('3');
    await fake.browser.storage.local.set({ settings: { version: 1, language: 'de' } });
    await vi.waitFor(() =>
      expect(fake.browser.action.setTitle).toHaveBeenCalledWith({
        tabId: 8,
        title: 'Crosscheck: 3 Stellen auf dieser Seite nennen Fakten der Nachricht',
      }),
    );
  });

  it('ignores a malformed message or a foreign sender', async () => {
    fake.browser.runtime.onMessage.fire({ type: 'marks-changed', count: -1 }, tab(3));
    fake.browser.runtime.onMessage.fire(
      { type: 'marks-changed', count: 7, relevant: true },
      { ...tab(3), id: 'other-extension' },
    );
    await flush();
    expect(fake.browser.action.setBadgeText).not.toHaveBeenCalled();
  });

  it('clears on navigation and on removal', async () => {
    fake.browser.tabs.onUpdated.fire(4, { status: 'loading' });
    fake.browser.tabs.onRemoved.fire(5, {});
    await flush();
    expect(fake.browser.action.setBadgeText).toHaveBeenCalledWith({ tabId: 4, text: '' });
    expect(fake.browser.action.setBadgeText).toHaveBeenCalledWith({ tabId: 5, text: '' });
  });

  it('asks the page again after a same-document URL change', async () => {
    fake.browser.tabs.sendMessage.mockResolvedValueOnce({
      enabled: true,
      site: 'news.example.com',
      relevant: true,
      passing: false,
      storyId: 's',
      reason: '',
      evidence: [],
      mentions: [
        { index: 0, factId: 'a', text: 'x', lang: 'en', words: ['x'], verdict: 'agrees' },
        { index: 1, factId: 'b', text: 'y', lang: 'en', words: ['y'], verdict: 'rounds' },
      ],
    });
    fake.browser.tabs.onUpdated.fire(6, { url: 'https://news.example.com/b' });
    await flush();
    await flush();
    expect(fake.browser.tabs.sendMessage).toHaveBeenCalledWith(6, { type: 'get-page-state' });
    expect(fake.browser.action.setBadgeText).toHaveBeenCalledWith({ tabId: 6, text: '2' });
  });

  it('opens the story view for the card link', async () => {
    fake.browser.runtime.onMessage.fire({ type: 'open-story', storyId: 'the-story' }, tab(3));
    await flush();
    expect(fake.browser.tabs.create).toHaveBeenCalledWith({
      url: `chrome-extension://${EXTENSION_ID}/extension/popup/index.html?story=the-story#story`,
    });
  });
});

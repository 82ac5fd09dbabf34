import { beforeEach, describe, expect, it, vi } from 'vitest';
import { EXTENSION_ID, type FakeBrowser } from './fake-browser';

const fake = vi.hoisted(() => ({ browser: undefined as unknown as FakeBrowser }));
vi.mock('webextension-polyfill', async () => {
  const { fakeBrowser } = await import('./fake-browser');
  fake.browser = fakeBrowser();
  return { default: fake.browser };
});

const { onContentMessage, onPopupMessage, sendToContent } =
  await import('../../../extension/platform/messages');

const fromTab = { id: EXTENSION_ID, tab: { id: 7 }, url: 'https://news.example.com/' };
const fromPopup = { id: EXTENSION_ID, url: `chrome-extension://${EXTENSION_ID}/popup.html` };
const fromOtherExtension = { id: 'someone-else', tab: { id: 7 } };

const pageState = {
  enabled: true,
  site: 'news.example.com',
  relevant: true,
  passing: false,
  storyId: 'story',
  reason: 'why',
  evidence: [],
  mentions: [
    {
      index: 0,
      factId: 'exchange-count',
      text: '124 exchanges',
      lang: 'en',
      words: ['124 exchanges'],
      verdict: 'agrees',
    },
  ],
};

describe('messages received by the background (from content scripts)', () => {
  let warn: ReturnType<typeof vi.spyOn>;
  const handle = vi.fn();
  beforeEach(() => {
    fake.browser.runtime.onMessage.listeners.length = 0;
    handle.mockReset();
    warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    warn.mockClear();
    onContentMessage(handle);
  });

  it('passes a well-formed message from our content script', async () => {
    const message = { type: 'marks-changed', count: 3, relevant: true };
    await Promise.all(fake.browser.runtime.onMessage.fire(message, fromTab));
    expect(handle).toHaveBeenCalledWith(message, fromTab);
    expect(warn).not.toHaveBeenCalled();
  });

  it.each([
    [{ type: 'marks-changed', count: '3', relevant: true }],
    [{ type: 'marks-changed', count: 3 }],
    [{ type: 'set-everything-on-fire' }],
    ['marks-changed'],
    [null],
  ])('drops a malformed message with a warning: %j', (message) => {
    expect(fake.browser.runtime.onMessage.fire(message, fromTab)).toEqual([undefined]);
    expect(handle).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalledWith('Crosscheck: dropped a malformed message', message);
  });

  it('drops a message from another extension, or from no tab, with a warning', () => {
    const message = { type: 'marks-changed', count: 3, relevant: true };
    fake.browser.runtime.onMessage.fire(message, fromOtherExtension);
    fake.browser.runtime.onMessage.fire(message, fromPopup);
    expect(handle).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalledTimes(2);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/unexpected sender/);
  });
});

describe('messages received by content scripts (from the popup)', () => {
  let warn: ReturnType<typeof vi.spyOn>;
  const handle = vi.fn(() => pageState);
  beforeEach(() => {
    fake.browser.runtime.onMessage.listeners.length = 0;
    handle.mockClear();
    warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    warn.mockClear();
    onPopupMessage(handle as never);
  });

  it('answers the popup', async () => {
    const [reply] = fake.browser.runtime.onMessage.fire({ type: 'get-page-state' }, fromPopup);
    await expect(reply).resolves.toEqual(pageState);
  });

  it('drops a malformed request and one from another extension, with a warning', () => {
    fake.browser.runtime.onMessage.fire({ type: 'focus-mention', index: 'first' }, fromPopup);
    fake.browser.runtime.onMessage.fire({ type: 'get-page-state' }, { ...fromPopup, id: 'evil' });
    expect(handle).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalledTimes(2);
  });
});

describe('sendToContent', () => {
  it('returns the validated reply', async () => {
    fake.browser.tabs.sendMessage.mockResolvedValueOnce(pageState);
    await expect(sendToContent(7, { type: 'get-page-state' })).resolves.toEqual(pageState);
  });

  it('returns null for a malformed reply or no content script', async () => {
    fake.browser.tabs.sendMessage.mockResolvedValueOnce({ enabled: 'yes' });
    await expect(sendToContent(7, { type: 'get-page-state' })).resolves.toBeNull();
    fake.browser.tabs.sendMessage.mockRejectedValueOnce(new Error('no receiving end'));
    await expect(sendToContent(7, { type: 'focus-mention', index: 0 })).resolves.toBeNull();
  });
});

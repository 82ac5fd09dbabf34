/**
 * Finding tabs and following their life, without the "tabs" permission: our content-script host
 * permissions already let us see `tab.url` for http(s) pages, which is all the popup needs.
 */
import { browser, type Tabs } from './browser';

export type Tab = Tabs.Tab;

/** The active tab of the current window (the page the toolbar popup was opened over). */
export async function activeTab(): Promise<Tab | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab ?? null;
}

/**
 * The tab showing exactly `url`. All tabs are queried and filtered here because `tabs.query({ url })`
 * with a pattern finds nothing in Firefox. Chromium hides the URL of pages we reach only through
 * content-script matches (it shows them to explicit host permissions or "tabs"): when no tab shows
 * `url`, the one tab whose URL is hidden from us is taken, if there is exactly one. This lookup
 * serves the popup opened as a tab (tests); the toolbar popup uses the active tab.
 */
export async function tabForUrl(url: string): Promise<Tab | null> {
  const tabs = await browser.tabs.query({});
  const exact = tabs.find((tab) => tab.url === url);
  if (exact) return exact;
  const hidden = tabs.filter((tab) => tab.url === undefined);
  return hidden.length === 1 ? hidden[0]! : null;
}

export async function tabById(tabId: number): Promise<Tab | null> {
  try {
    return await browser.tabs.get(tabId);
  } catch {
    return null; // closed meanwhile
  }
}

/**
 * The tab the popup reports on: the active tab, or, when the popup is opened as a tab of its own
 * (tests, the "compare all outlets" page), the one named by `?tab=<id>` or `?url=<page url>`.
 */
export async function targetTab(search: string): Promise<Tab | null> {
  const params = new URLSearchParams(search);
  const id = Number(params.get('tab'));
  if (params.has('tab') && Number.isInteger(id)) return tabById(id);
  const url = params.get('url');
  if (url !== null) return tabForUrl(url);
  return activeTab();
}

/** Opens one of our own pages (`extension/popup/index.html#story`) in a new tab. */
export async function openExtensionTab(path: string): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(path) });
}

/**
 * What a tab's update means for what we show about it: `loading` (a new document: forget the old
 * page), `changed` (the URL changed within the document, or the page finished loading: ask the page
 * again).
 */
export type TabChange = 'loading' | 'changed';

export function onTabNavigated(listener: (tabId: number, change: TabChange) => void): void {
  browser.tabs.onUpdated.addListener((tabId, info) => {
    if (info.status === 'loading') listener(tabId, 'loading');
    else if (info.status === 'complete' || info.url !== undefined) listener(tabId, 'changed');
  });
}

export function onTabRemoved(listener: (tabId: number) => void): void {
  browser.tabs.onRemoved.addListener((tabId) => listener(tabId));
}

/** The host name of an http(s) URL (the key of the site switch), or null for any other page. */
export function siteOf(url: string | undefined): string | null {
  if (url === undefined) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.hostname : null;
  } catch {
    return null;
  }
}

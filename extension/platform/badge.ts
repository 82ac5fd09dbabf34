/**
 * The toolbar badge and its tooltip, per tab. Nothing is kept in memory: Chrome runs the background
 * as a service worker and Firefox as an event page, and either may be stopped between two messages.
 */
import { browser } from './browser';
import { t, tn } from './i18n';
import { applyReaderLocale } from './locale';

/** The badge text for a page: its number of marks when it is about a story, else nothing. */
export function badgeText(count: number, relevant: boolean): string {
  return relevant && count > 0 ? String(Math.min(count, 999)) : '';
}

/** The toolbar button's tooltip: what the badge's number means, in the reader's language. */
export function badgeTitle(count: number): string {
  return count > 0 ? tn('badgeTitle', count) : t('actionTitle');
}

export async function setBadge(tabId: number, text: string): Promise<void> {
  try {
    await browser.action.setBadgeText({ tabId, text });
    await applyReaderLocale();
    await browser.action.setTitle({ tabId, title: badgeTitle(Number(text) || 0) });
  } catch {
    // The tab closed meanwhile; its badge went with it.
  }
}

export async function clearBadge(tabId: number): Promise<void> {
  await setBadge(tabId, '');
}

/** Writes every tab's tooltip again (the reader changed language), from the badge it shows. */
export async function retitleBadges(): Promise<void> {
  await applyReaderLocale();
  for (const tab of await browser.tabs.query({})) {
    if (tab.id === undefined) continue;
    const tabId = tab.id;
    const text = await browser.action.getBadgeText({ tabId }).catch(() => '');
    await browser.action
      .setTitle({ tabId, title: badgeTitle(Number(text) || 0) })
      .catch(() => undefined);
  }
}

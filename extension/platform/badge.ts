/**
 * The toolbar badge, per tab. Nothing is kept in memory: Chrome runs the background as a service
 * worker and Firefox as an event page, and either may be stopped between two messages.
 */
import { browser } from './browser';

/** The badge text for a page: its number of marks when it is about a story, else nothing. */
export function badgeText(count: number, relevant: boolean): string {
  return relevant && count > 0 ? String(Math.min(count, 999)) : '';
}

export async function setBadge(tabId: number, text: string): Promise<void> {
  try {
    await browser.action.setBadgeText({ tabId, text });
  } catch {
    // The tab closed meanwhile; its badge went with it.
  }
}

export async function clearBadge(tabId: number): Promise<void> {
  await setBadge(tabId, '');
}

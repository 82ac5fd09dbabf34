/**
 * The background: the toolbar badge per tab, and opening the story summary for the card's
 * "compare all outlets" link. Chrome runs it as a service worker and Firefox as an event page, so
 * it keeps no state: every listener is registered at the top level and works from its message.
 */
import { badgeText, clearBadge, setBadge } from '../platform/badge';
import { onContentMessage, sendToContent } from '../platform/messages';
import { onTabNavigated, onTabRemoved, openExtensionTab } from '../platform/tabs';

export const STORY_PAGE = 'extension/popup/index.html';

onContentMessage(async (message, sender) => {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return;
  switch (message.type) {
    case 'marks-changed':
      await setBadge(tabId, badgeText(message.count, message.relevant));
      return;
    case 'open-story': {
      const query =
        message.storyId === undefined ? '' : `?story=${encodeURIComponent(message.storyId)}`;
      await openExtensionTab(`${STORY_PAGE}${query}#story`);
      return;
    }
  }
});

onTabNavigated(async (tabId, change) => {
  if (change === 'loading') {
    // A new document: the old page's marks are gone; its content script will report the new ones.
    await clearBadge(tabId);
    return;
  }
  // Same document, new URL (or load complete): ask the page what it shows now. No answer (no
  // content script yet, or none at all) leaves the badge as the last report left it.
  const state = await sendToContent(tabId, { type: 'get-page-state' });
  if (state !== null) {
    await setBadge(
      tabId,
      badgeText(state.enabled ? state.mentions.length : 0, state.relevant || state.passing),
    );
  }
});

onTabRemoved((tabId) => void clearBadge(tabId));

/**
 * The background: the toolbar badge per tab, and opening the story summary for the card's
 * "compare all outlets" link. Chrome runs it as a service worker and Firefox as an event page, so
 * it keeps no state: every listener is registered at the top level and works from its message.
 */
import { badgeText, clearBadge, retitleBadges, setBadge } from '../platform/badge';
import { setMessageSource, type MessageFile } from '../platform/i18n';
import { onContentMessage, sendToContent } from '../platform/messages';
import { watchSettings } from '../platform/settings';
import { onTabNavigated, onTabRemoved, openExtensionTab } from '../platform/tabs';

export const STORY_PAGE = 'extension/popup/index.html';

// The badge's tooltip is in the reader's language. Bundled rather than loaded on demand: a service
// worker may not `import()`.
setMessageSource(
  import.meta.glob<MessageFile>('../../public/_locales/*/messages.json', {
    import: 'default',
    eager: true,
  }),
);

// A settings change may be a new language: every tab's tooltip is written again.
watchSettings(() => void retitleBadges(), new AbortController().signal);

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

/**
 * The toolbar popup. It does no page reading of its own (it must open fast): it asks the tab's
 * content script for its PageState and draws that beside the bundled story's summary. Opened as a
 * tab (tests; the card's "compare all outlets" link, `#story`), it takes its page from `?tab=`/`?url=`.
 */
import { render } from 'preact';
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import type { Locale } from '../../src/i18n/locales';
import { stories, storyById } from '../../src/stories';
import { storyText, type Reading } from '../../src/view/story-text';
import { setLocale } from '../platform/i18n';
import { applyReaderLocale, readerLocale } from '../platform/locale';
import { sendToContent, type PageState } from '../platform/messages';
import { loadSettings, runsOn, saveSettings, watchSettings } from '../platform/settings';
import { siteSwitchPatch } from '../platform/sites';
import { siteOf, targetTab } from '../platform/tabs';
import '../ui/theme.css';
import '../ui/popup.css';
import Popup, { type PagePhase } from './Popup';
import { storySummaryView } from '../../src/view/story-summary';
import { loadReading } from '../ui/story-reading';
import { pageFacts } from './view';

const params = new URLSearchParams(location.search);
const storyOnly = location.hash === '#story';
/** The real toolbar popup (not a tab standing in for it in tests or the story view). */
const nativePopup = !storyOnly && !params.has('tab') && !params.has('url');

async function readPage(): Promise<{ tabId: number | null; phase: PagePhase }> {
  if (storyOnly) return { tabId: null, phase: { kind: 'story-only' } };
  const tab = await targetTab(location.search);
  const site = siteOf(tab?.url);
  if (tab?.id === undefined) return { tabId: null, phase: { kind: 'unsupported' } };
  const state = await sendToContent(tab.id, { type: 'get-page-state', read: true });
  if (state !== null) return { tabId: tab.id, phase: { kind: 'read', state } };
  return {
    tabId: tab.id,
    phase: site === null ? { kind: 'unsupported' } : { kind: 'unread', site },
  };
}

/** Asks again until the content script reflects the switch (it applies settings asynchronously). */
async function waitForState(tabId: number, enabled: boolean): Promise<PageState | null> {
  let state: PageState | null = null;
  for (let i = 0; i < 20; i++) {
    state = await sendToContent(tabId, { type: 'get-page-state', read: true });
    if (state === null || state.enabled === enabled) return state;
    await new Promise((ok) => setTimeout(ok, 50));
  }
  return state;
}

function App({ locale }: { locale: Locale }) {
  const [tabId, setTabId] = useState<number | null>(null);
  const [phase, setPhase] = useState<PagePhase>({ kind: 'loading' });
  const [enabled, setEnabled] = useState<boolean | null>(null);
  const [focusFailed, setFocusFailed] = useState(false);

  const site =
    phase.kind === 'read' ? phase.state.site : phase.kind === 'unread' ? phase.site : null;

  useEffect(() => {
    void readPage().then((result) => {
      setTabId(result.tabId);
      setPhase(result.phase);
    });
  }, []);

  // The switch shows the stored setting, and follows it if the options page changes it meanwhile.
  useEffect(() => {
    if (site === null) return;
    const controller = new AbortController();
    void loadSettings().then((settings) => setEnabled(runsOn(settings, site)));
    watchSettings((settings) => setEnabled(runsOn(settings, site)), controller.signal);
    return () => controller.abort();
  }, [site]);

  const storyId =
    (phase.kind === 'read' ? (phase.state.storyId ?? phase.state.evidence[0]?.storyId) : null) ??
    params.get('story') ??
    stories[0]?.id;
  const story = storyId === undefined ? undefined : storyById(storyId);
  // The story's text in the reader's language: nothing of it shows until it is loaded.
  const [reading, setReading] = useState<Reading | null>(null);
  useEffect(() => {
    if (story) void loadReading(story.id, locale).then(setReading);
  }, [story, locale]);
  const current = reading?.locale === locale ? reading : null;
  const summary = useMemo(
    () => (story && current ? storySummaryView(story.id, current) : null),
    [story, current],
  );
  const facts = useMemo(
    () =>
      phase.kind === 'read' && story && current
        ? pageFacts(story.id, phase.state.mentions, current, phase.state.unmarked)
        : [],
    [phase, story, current],
  );
  const factTitle = useCallback(
    (id: string) => {
      const fact = story?.facts.find((f) => f.id === id);
      return story && fact ? storyText(story, current ?? undefined).factTitle(fact) : id;
    },
    [story, current],
  );

  const onToggle = useCallback(
    async (on: boolean) => {
      if (site === null) return;
      setEnabled(on);
      await saveSettings(siteSwitchPatch(await loadSettings(), site, on));
      if (tabId === null) return;
      const state = await waitForState(tabId, on);
      if (state !== null) setPhase({ kind: 'read', state });
    },
    [site, tabId],
  );

  const onFocus = useCallback(
    async (index: number) => {
      if (tabId === null) return;
      const reply = await sendToContent(tabId, { type: 'focus-mention', index });
      setFocusFailed(!reply?.focused);
      // The toolbar popup covers the page: close it so the focused mark and its card are in view.
      if (reply?.focused && nativePopup) window.close();
    },
    [tabId],
  );

  return (
    <Popup
      phase={story && !current ? { kind: 'loading' } : phase}
      enabled={site === null ? null : enabled}
      story={summary}
      facts={facts}
      factTitle={factTitle}
      onToggle={(on) => void onToggle(on)}
      onFocus={(index) => void onFocus(index)}
      focusFailed={focusFailed}
    />
  );
}

function show(locale: Locale): void {
  document.documentElement.lang = locale;
  render(<App locale={locale} />, document.getElementById('app')!);
}

// The reader's language, and again whenever they pick another on the options page.
void applyReaderLocale().then((locale) => {
  show(locale);
  let shown = locale;
  watchSettings((settings) => {
    const next = readerLocale(settings);
    if (next !== shown)
      void setLocale(next).then(() => {
        shown = next;
        show(next);
      });
  }, new AbortController().signal);
});

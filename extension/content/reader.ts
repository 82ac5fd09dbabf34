/**
 * The reader, the content script's second stage, loaded by the first (`index.ts`) only on a page
 * that may be about a story (or when the popup asks about the page): read the page, mark the facts
 * of the story it is about, keep the marks up to date as the page changes, open cards on demand,
 * answer the popup, and take everything away when the site is switched off. Only this file wires;
 * each job has its module.
 */
import { readPageInSteps } from '../../src/read-page';
import { popupToContent, sendToBackground } from '../platform/messages';
import { loadSettings, runsOn, watchSettings, type Settings } from '../platform/settings';
import { Annotator } from './annotator';
import { CardController } from './card-controller';
import { CardHost } from './card-host';
import { loadMatcher } from './matcher-file';
import { ContentContext } from './context';
import { observePage, type PageObserver } from './observe';
import { answerPopup, pageState } from './page-state';
import { Aborted, yieldToPage } from './schedule';
import { timed } from './task-timing';

/** How often `designMode` is checked (it has no event). */
const DESIGN_MODE_POLL_MS = 250;

export interface Reader {
  /** Answers a message the first stage received before the reader was loaded. */
  answer(message: unknown): Promise<unknown>;
}

/**
 * Starts the reader. `since`: when the first stage started (document idle), for the measure of how
 * long the first marks took ('crosscheck:first-marks'); `firstPart`: the first part of the
 * matcher's file, being read, and `readPart` to read the others (`matcher-file.ts`).
 */
export async function startReader(
  since: number,
  firstPart: Promise<ArrayBuffer>,
  readPart: (n: number) => Promise<ArrayBuffer>,
): Promise<Reader> {
  const ctx = new ContentContext();
  // The matcher's file is read while the settings are.
  const [matcher, stored] = await Promise.all([loadMatcher(firstPart, readPart), loadSettings()]);
  let settings: Settings = stored;
  const enabled = () => runsOn(settings, location.hostname);

  let observer: PageObserver | null = null;
  let controller: CardController | null = null;
  /** While Crosscheck runs on this page: its listeners, timers and passes die with it. */
  let run: ContentContext | null = null;
  let running: Promise<void> | null = null;
  let again = false;
  let marked = false;
  /** Passes in a row that marked or forgot nothing (the first one is free: a page's usual change). */
  let fruitless = 0;
  let href = location.href;

  const host = new CardHost();
  const annotator = new Annotator({
    read: (blocks) => readPageInSteps(matcher, blocks),
    quiet: (write) => (observer ? observer.quiet(write) : write()),
    markStyle: () => settings.markStyle,
    decorate: (first, mention) => CardController.decorate(first, mention.verdict),
    onShadowRoot: (root) => {
      observer?.observeRoot(root);
      controller?.listenIn(root);
    },
  });

  const onNavigate = () => {
    if (location.href !== href && run) void pass();
  };

  let reported = '';
  /** Tells the background the mark count (the badge), when it changed. */
  const report = () => {
    const count = enabled() ? annotator.mentions.size : 0;
    // Marks stand on a page about the story, and on one that mentions it in passing.
    const relevance = annotator.relevance;
    const relevant = enabled() && ((relevance?.relevant ?? false) || (relevance?.passing ?? false));
    if (reported === `${count}:${relevant}`) return;
    reported = `${count}:${relevant}`;
    sendToBackground({ type: 'marks-changed', count, relevant });
  };

  /** Runs a pass now, or right after the one in progress (never two at once). */
  const pass = (): Promise<void> => {
    if (running) {
      again = true;
      return running;
    }
    const signal = run?.signal;
    if (!signal || signal.aborted) return Promise.resolve();
    running = (async () => {
      try {
        // A task of its own: a pass asked for from an observer callback or a timer starts after it.
        await yieldToPage();
        do {
          again = false;
          href = location.href;
          const revision = annotator.revision;
          await annotator.pass(signal);
          if (!marked && annotator.mentions.size > 0) {
            marked = true;
            performance.measure('crosscheck:first-marks', { start: since, end: performance.now() });
          }
          fruitless = annotator.revision === revision ? fruitless + 1 : 0;
          observer?.backOff(fruitless - 1);
          report();
        } while (again && !signal.aborted);
      } catch (error) {
        if (!(error instanceof Aborted)) console.warn('Crosscheck: annotation failed', error);
      } finally {
        running = null;
        // A pass asked for while an aborted one unwound (switched off and on quickly).
        if (again && run && !run.disposed) void pass();
      }
    })();
    return running;
  };

  /** Takes everything of ours out of an editor: its marks, and the card if it is in there. */
  const leaveEditor = (region: Element | null) => {
    timed('leave-editor', () => {
      if (region === null || (host.element && region.contains(host.element))) {
        controller?.close();
        host.destroy();
      }
      if (region === null) annotator.clear();
      else annotator.clearWithin(region);
      report();
    });
  };

  /**
   * `designMode` has no event: it is checked on a timer (a property read), and on `beforeinput`,
   * which comes before any edit the user makes.
   */
  let designMode = false;
  const checkDesignMode = () => {
    const on = document.designMode === 'on';
    if (on === designMode) return;
    designMode = on;
    if (on) leaveEditor(null);
    else void pass();
  };

  const start = () => {
    if (run) return;
    const current = new ContentContext();
    run = current;
    ctx.onDispose(() => current.dispose());
    observer = observePage(current, {
      onChange: () => void pass(),
      onEditable: (element) => leaveEditor(element),
      // document.open() erased every listener of the document and window, ours too: start over.
      onReplaced: () => {
        stop();
        start();
      },
    });
    designMode = document.designMode === 'on';
    const poll = () => {
      checkDesignMode();
      current.setTimeout(poll, DESIGN_MODE_POLL_MS);
    };
    poll();
    current.listen(document, 'beforeinput', checkDesignMode, { capture: true, passive: true });
    // Single-page navigation: the URL changes, often with the article. A DOM change triggers a
    // pass by itself; a history move without one (popstate, hash) triggers one here.
    current.listen(window, 'popstate', onNavigate);
    current.listen(window, 'hashchange', onNavigate);
    controller = new CardController({
      ctx: current,
      annotator,
      host,
      showDelayMs: () => settings.showDelayMs,
      onCompare: (entry) =>
        sendToBackground({ type: 'open-story', storyId: entry.mention.storyId }),
    });
    void pass();
  };

  const stop = () => {
    if (!run) return;
    run.dispose();
    run = null;
    controller?.destroy();
    controller = null;
    observer?.disconnect();
    observer = null;
    host.destroy();
    timed('clear', () => annotator.clear());
    report();
  };

  watchSettings((next) => {
    const before = settings;
    settings = next;
    if (!enabled()) {
      stop();
      return;
    }
    if (!run) start();
    else if (before.markStyle !== next.markStyle) annotator.restyle();
  }, ctx.signal);

  const focusMention = async (index: number) => {
    const entry = annotator.mentions.get(index);
    const first = entry?.marks[0];
    if (!entry || !first?.isConnected || !controller) return false;
    first.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    first.focus({ preventScroll: true });
    return controller.open(index, 'pinned');
  };
  /** A running pass, for at most 2 s: the popup is answered once the page has been read. */
  const settled = () =>
    running && Promise.race([running, new Promise((ok) => setTimeout(ok, 2000))]);
  answerPopup({ ctx, annotator, enabled, settled, focusMention });

  if (enabled()) start();
  else report();

  return {
    async answer(raw) {
      const parsed = popupToContent.safeParse(raw);
      if (!parsed.success) return undefined;
      const message = parsed.data;
      if (message.type === 'focus-mention') return { focused: await focusMention(message.index) };
      // The page as read: wait for the first pass.
      await settled();
      return pageState(annotator, enabled());
    },
  };
}

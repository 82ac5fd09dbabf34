/**
 * The content script every page gets, its first stage: it reads the page's text the cheapest way
 * (its text nodes, as `textContent` reads them: no layout; `page-text.ts`) and checks it in three
 * steps (`src/anchors/`), each loaded only on a page that passed the one before: for the rarest
 * words of some story's context (its subject: crypto, blockchain), shipped here; for all of them
 * (its place too: China, Beijing, WeChat; `context-anchors.ts`); for the stories' anchors
 * (`stories-anchors.ts`). Only a page that passes all three may be about a story and loads the
 * reader (`reader.ts`: settings, marks, cards, the channel to the background). A page switched off
 * in the options pays no more than this stage. Text added later is checked as it comes, at most a
 * few times a second. Before the reader is loaded, this stage answers the popup and the background
 * itself, and loads the reader when the popup asks what the page says.
 */
// Only what the page needs: the groups' anchors ship as RegExp sources (`patterns`).
import {
  conditions,
  gap,
  pairs,
  patterns,
  skip,
  space,
} from '../../src/anchors/first.generated.json';
import type { AnchorCheck } from '../../src/anchors/check';
import { contextCheck, contextSteps, MAX_TEXT } from '../../src/anchors/context-check';
import { normalizer } from '../../src/anchors/normalize';
import { matcherPart } from '../../src/match/matcher-parts';
import { onOwnMessage, onSettingsStored, storedSettings } from '../platform/native';
import { readPackagedFile } from '../platform/packaged-file';
import { runsOnStored } from '../platform/site-switch';
import { watchAddedText } from './added-text';
import { textUpTo } from './page-text';
import type { Reader } from './reader';

/** When the first stage started: document idle (the browser injects it as a classic script). */
const idle = performance.now();
const site = location.hostname;
const [normalize, collapse] = contextSteps({ gap, skip, space, pairs });
const named = contextCheck({ patterns, conditions });
let context: Promise<(text: string) => boolean> | undefined;
let stories: Promise<AnchorCheck> | undefined;

/** Past this many UTF-16 units, the text's preparation and check run in tasks of their own. */
const LONG_TEXT = 200_000;
/** Resolves in a task of its own. */
const nextTask = () => new Promise((resume) => setTimeout(resume, 0));

/** Whether a stretch of the page's text (null: too long to read) may be about a story. */
async function mayBeAbout(text: string | null): Promise<boolean> {
  if (text === null || text.length > MAX_TEXT) return true;
  // On a long page each pass takes tens of milliseconds (cold: 11 and 36 ms on 1 MB): a task each.
  const long = text.length > LONG_TEXT;
  const normalized = normalize(text);
  if (long) await nextTask();
  const prepared = collapse(normalized);
  if (long) await nextTask();
  if (!named(prepared)) return false;
  context ??= import('./context-anchors').then((m) => contextCheck(m.contextAnchors));
  if (!(await context)(prepared)) return false;
  performance.mark('crosscheck:context');
  stories ??= import('./stories-anchors').then((m) => m.storiesCheck(normalizer));
  return (await stories).scan(text);
}
let reader: Promise<Reader> | undefined;
const stops: (() => void)[] = [];

const enabled = async () => runsOnStored(await storedSettings(), site);

/** Loads and starts the reader (once); from then on it answers messages and watches the page. */
function load(): Promise<Reader> {
  reader ??= (async () => {
    performance.mark('crosscheck:load-reader');
    // The matcher file's first part is read while the reader's code loads.
    const readPart = (n: number) => readPackagedFile(matcherPart(n));
    const firstPart = readPart(0);
    const { startReader } = await import('./reader');
    const started = await startReader(idle, firstPart, readPart);
    for (const stop of stops.splice(0)) stop();
    return started;
  })();
  return reader;
}

/**
 * The page may be about a story ('crosscheck:found'): the reader, unless the site is switched off
 * ('crosscheck:off'; then the reader once it is switched on).
 */
async function passed(): Promise<void> {
  performance.mark('crosscheck:found');
  if (await enabled()) {
    void load();
    return;
  }
  performance.mark('crosscheck:off');
  stops.push(onSettingsStored(() => void enabled().then((on) => on && !reader && void load())));
}

stops.push(
  onOwnMessage((message) => {
    if (message.type === 'focus-mention') return Promise.resolve({ focused: false });
    // The background asks for the badge: nothing is marked yet, and the badge it cleared when the
    // page began to load is right as it is. No answer leaves it so, and costs this page no read of
    // the settings (nor the storage API's set-up).
    if (message.type !== 'get-page-state' || (message as { read?: unknown }).read !== true)
      return undefined;
    return enabled().then((on) =>
      // The popup asks what the page says: the reader reads it.
      on
        ? load().then((r) => r.answer(message))
        : {
            enabled: false,
            site,
            relevant: false,
            passing: false,
            storyId: null,
            reason: '',
            evidence: [],
            mentions: [],
          },
    );
  }),
);

/** Reads the page once; on a page without anchors, watches the text it adds later. */
async function firstRead(): Promise<void> {
  const root = document.body ?? document.documentElement;
  const text = root ? await textUpTo(root, MAX_TEXT) : '';
  // A task of its own: the walk's last slice and a long page's check would make one long task.
  await nextTask();
  const found = await mayBeAbout(text);
  performance.measure('crosscheck:first-stage', { start: idle, end: performance.now() });
  if (found) void passed();
  else {
    // The whole document: a page may replace its body, or all of it (document.open()).
    stops.push(
      watchAddedText(document, async (added) => {
        if (!(await mayBeAbout(added))) return false;
        void passed();
        return true;
      }),
    );
  }
}

void firstRead();

/**
 * What Crosscheck costs a page as the reader's browser sees it, in Chromium: each page is loaded
 * in three browsers, one with the extension and two without (the second a control: what two
 * browsers with no extension differ by, so the noise shows), round after round. Per load:
 * - the extension's own JavaScript time: V8's sampling profiler on the page's session (CDP
 *   `Profiler`; the content script's isolated world runs in the page's isolate), the samples whose
 *   stack holds a chrome-extension:// frame, summed;
 * - Chromium's main-thread task time (`Performance.getMetrics` `TaskDuration`) from the start of
 *   the load until the page has settled, which also counts the style and layout our changes cause;
 *   read from a load of its own, without the profiler (whose sampling takes main-thread time).
 * Each browser loads the pages in one tab, one after the other (a new tab per load costs more time
 * than the measures).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { BROWSER_PATHS } from '../e2e/harness/browsers';
import { chromiumArgs, serviceWorker } from '../e2e/harness/chromium';
import { median } from './stats';

/** Sampling interval of the profiler, in microseconds (the default is a millisecond). */
const SAMPLING_US = 100;
/** After load, how long a page is left before its task time is read (the same in all browsers). */
const SETTLE_MS = 250;

export interface PageCost {
  /** Per load: the extension's JavaScript time (ms). */
  scriptMs: number[];
  /** Medians of the task time (ms): with the extension, without, and the second browser without. */
  taskWith: number;
  taskWithout: number;
  taskControl: number;
  /** Whether the first stage loaded the reader on this page (in the last load). */
  reader: boolean;
}

interface ProfileNode {
  id: number;
  callFrame: { url: string };
  children?: number[];
}

/** Milliseconds of samples whose stack holds a frame of a chrome-extension:// script. */
export function extensionMs(profile: {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}): number {
  const parent = new Map<number, number>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const ours = new Map<number, boolean>();
  const isOurs = (id: number): boolean => {
    const known = ours.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id);
    const up = parent.get(id);
    const result =
      (node?.callFrame.url ?? '').startsWith('chrome-extension://') ||
      (up !== undefined && isOurs(up));
    ours.set(id, result);
    return result;
  };
  let us = 0;
  profile.samples.forEach((id, i) => {
    // A sample's time is the delta to the next sample.
    const next = profile.timeDeltas[i + 1] ?? 0;
    if (isOurs(id)) us += next;
  });
  return us / 1000;
}

async function launch(extensionDir: string | null): Promise<BrowserContext> {
  const args = chromiumArgs(extensionDir ?? '/nonexistent').filter(
    (arg) => extensionDir !== null || !/extension/.test(arg),
  );
  const context = await chromium.launchPersistentContext(
    mkdtempSync(join(tmpdir(), 'crosscheck-cost-')),
    {
      executablePath: BROWSER_PATHS.chromium,
      headless: true,
      viewport: { width: 1200, height: 900 },
      args,
    },
  );
  if (extensionDir !== null) await serviceWorker(context);
  for (const page of context.pages()) await page.close();
  return context;
}

interface Tab {
  readonly page: Page;
  readonly cdp: CDPSession;
}

async function tabOf(context: BrowserContext): Promise<Tab> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_US });
  return { page, cdp };
}

async function taskMs({ cdp }: Tab): Promise<number> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as {
    metrics: { name: string; value: number }[];
  };
  return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
}

export class PageCostBench {
  private constructor(
    private readonly contexts: readonly BrowserContext[],
    private readonly tabs: Tab[],
  ) {}

  static async launch(extensionDir: string): Promise<PageCostBench> {
    const contexts = [await launch(extensionDir), await launch(null), await launch(null)];
    return new PageCostBench(contexts, await Promise.all(contexts.map(tabOf)));
  }

  /** One load of `url` in tab `t`: task time (ms), and with `profile` the extension's JS time. */
  private async load(
    t: number,
    url: string,
    profile: boolean,
  ): Promise<{ taskMs: number; scriptMs: number; reader: boolean }> {
    let tab = this.tabs[t] as Tab;
    if (tab.page.isClosed()) tab = this.tabs[t] = await tabOf(this.contexts[t] as BrowserContext);
    // A blank page first, so the renderer is idle and the counter starts from the new document.
    await tab.page.goto('about:blank');
    const before = await taskMs(tab);
    if (profile) await tab.cdp.send('Profiler.start');
    await tab.page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    let reader = false;
    if (profile) {
      // The first stage has run, and the reader's first pass when it loaded it.
      const deadline = Date.now() + 30_000;
      for (;;) {
        const state = await tab.page.evaluate(() => ({
          first: performance.getEntriesByName('crosscheck:first-stage').length > 0,
          found: performance.getEntriesByName('crosscheck:found').length > 0,
          done: performance.getEntriesByName('crosscheck:annotate').length > 0,
        }));
        reader = state.found;
        if ((state.first && (!state.found || state.done)) || Date.now() > deadline) break;
        await new Promise((ok) => setTimeout(ok, 25));
      }
    }
    await new Promise((ok) => setTimeout(ok, SETTLE_MS));
    const task = (await taskMs(tab)) - before;
    let scriptMs = 0;
    if (profile) {
      const { profile: data } = (await tab.cdp.send('Profiler.stop')) as {
        profile: Parameters<typeof extensionMs>[0];
      };
      scriptMs = extensionMs(data);
    }
    return { taskMs: task, scriptMs, reader };
  }

  /** `loads` rounds of `url` in the three browsers. */
  async measure(url: string, loads: number): Promise<PageCost> {
    const scriptMs: number[] = [];
    const tasks: [number[], number[], number[]] = [[], [], []];
    let reader = false;
    for (let i = 0; i < loads; i++) {
      // The profiler's sampling costs the main thread time of its own (9-14 ms a load at the
      // median here, with no extension at all): the task time is read from a load without it.
      const profiled = await this.load(0, url, true);
      const a = await this.load(0, url, false);
      const b = await this.load(1, url, false);
      const c = await this.load(2, url, false);
      scriptMs.push(profiled.scriptMs);
      tasks[0].push(a.taskMs);
      tasks[1].push(b.taskMs);
      tasks[2].push(c.taskMs);
      reader = profiled.reader;
    }
    return {
      scriptMs,
      taskWith: median(tasks[0]),
      taskWithout: median(tasks[1]),
      taskControl: median(tasks[2]),
      reader,
    };
  }

  async close(): Promise<void> {
    for (const context of this.contexts) await context.close();
  }
}

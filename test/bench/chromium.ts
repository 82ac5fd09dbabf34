/**
 * Measures one page in Chromium: Crosscheck's first pass with its long tasks, layout shift and heap,
 * against the floor and mark.js on the same page in the same browser session. The same page is
 * served under two host names: on `127.0.0.1` Crosscheck runs; `localhost` is on its off-list, so the
 * content script loads but does nothing there (the baseline for the heap, the floor and mark.js).
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { BROWSER_PATHS } from '../e2e/harness/browsers';
import { chromiumArgs, serviceWorker } from '../e2e/harness/chromium';
import * as inPage from './in-page';

export interface ChromiumFigures {
  /** The first stage's own measure. */
  firstStageMs: number | null;
  /** Whether the first stage loaded the reader. */
  reader: boolean;
  /** From document idle (the content script's injection) to the first marks. */
  firstMarksMs: number | null;
  crosscheckMs: number | null;
  /** From the first pass's start to the last pass's end. */
  lastMarkMs: number | null;
  /** Our longest task (crosscheck:task). */
  ourLongestTaskMs: number;
  passes: number;
  marks: number;
  floorMs: number;
  textNodes: number;
  markJsMs: number | null;
  markJsMarks: number | null;
  longestTaskMs: number;
  layoutShift: number | null;
  heapAddedKb: number;
}

const MARK_JS = readFileSync(
  createRequire(import.meta.url).resolve('mark.js/dist/mark.min.js'),
  'utf8',
);

export class ChromiumBench {
  private page!: Page;
  private cdp!: CDPSession;

  private constructor(private readonly context: BrowserContext) {}

  static async launch(extensionDir: string): Promise<ChromiumBench> {
    const context = await chromium.launchPersistentContext(
      mkdtempSync(join(tmpdir(), 'crosscheck-bench-')),
      {
        executablePath: BROWSER_PATHS.chromium,
        headless: true,
        bypassCSP: true, // mark.js is evaluated into pages that may carry a CSP
        viewport: { width: 1200, height: 900 },
        args: [
          ...chromiumArgs(extensionDir),
          '--enable-precise-memory-info',
          '--js-flags=--expose-gc',
        ],
      },
    );
    const worker = await serviceWorker(context);
    await worker.evaluate(() =>
      (
        globalThis as unknown as {
          chrome: { storage: { local: { set(items: object): Promise<void> } } };
        }
      ).chrome.storage.local.set({ settings: { version: 1, disabledSites: ['localhost'] } }),
    );
    await context.addInitScript(inPage.observeTasksAndShifts);
    for (const page of context.pages()) await page.close();
    return new ChromiumBench(context);
  }

  private async heapKb(): Promise<number> {
    await this.cdp.send('HeapProfiler.collectGarbage');
    await this.cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = (await this.cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    return usedSize / 1024;
  }

  private async waitForPasses(timeoutMs: number): Promise<{ start: number; duration: number }[]> {
    const deadline = Date.now() + timeoutMs;
    let last = -1;
    let stableSince = Date.now();
    for (;;) {
      // A page the first stage found nothing on gets no pass.
      const stage = await this.page.evaluate(inPage.firstStage);
      if (stage.ran && !stage.found) return [];
      const passes = await this.page.evaluate(inPage.annotatePasses);
      if (passes.length !== last) {
        last = passes.length;
        stableSince = Date.now();
      } else if (passes.length > 0 && Date.now() - stableSince > 700) {
        return passes;
      }
      if (Date.now() > deadline) return passes;
      await new Promise((ok) => setTimeout(ok, 100));
    }
  }

  async measure(
    origin: string,
    baselineOrigin: string,
    path: string,
    runMarkJs: boolean,
  ): Promise<ChromiumFigures> {
    // A fresh tab per page, so that one page's trouble (a crash, a close) stays with it.
    this.page = await this.context.newPage();
    this.cdp = await this.context.newCDPSession(this.page);
    try {
      return await this.measureIn(origin, baselineOrigin, path, runMarkJs);
    } finally {
      await this.page.close().catch(() => undefined);
    }
  }

  private async measureIn(
    origin: string,
    baselineOrigin: string,
    path: string,
    runMarkJs: boolean,
  ): Promise<ChromiumFigures> {
    // Baseline: the same page where Crosscheck is switched off.
    await this.page.goto(`${baselineOrigin}/${path}`, { waitUntil: 'load', timeout: 120_000 });
    await this.page.waitForTimeout(300);
    const heapBefore = await this.heapKb();
    const floor = await this.page.evaluate(inPage.floorPass);
    let markJs: { ms: number; marks: number } | null = null;
    if (runMarkJs) {
      await this.page.evaluate(MARK_JS);
      markJs = await this.page.evaluate(inPage.markJsPass, this.cueSource!);
    }

    // Crosscheck's first pass.
    await this.page.goto(`${origin}/${path}`, { waitUntil: 'load', timeout: 120_000 });
    // 30 s: the 5 MB page takes about 2; a pass that failed (a page error) never ends.
    const passes = await this.waitForPasses(30_000);
    const stage = await this.page.evaluate(inPage.firstStage);
    const heapAfter = await this.heapKb();
    const first = passes[0];
    const record = await this.page.evaluate(inPage.tasksAndShifts);
    const marks = await this.page.evaluate(inPage.markCount);
    // A long task or a shift is ours if it overlaps a pass (a shift may land in the frame after the
    // pass wrote): pages keep shifting on their own as late images and fonts arrive.
    const windows = [
      ...passes.map((p) => [p.start, p.start + p.duration + 100] as const),
      ...(stage.start !== null
        ? [[stage.start, stage.start + (stage.ms ?? 0) + 100] as const]
        : []),
    ];
    const longest = Math.max(
      0,
      ...(record?.longTasks ?? [])
        .filter(([start, duration]) => windows.some(([a, b]) => start + duration > a && start < b))
        .map(([, duration]) => duration),
    );
    const shift = record
      ? record.shifts
          .filter(([start]) => windows.some(([a, b]) => start >= a && start <= b))
          .reduce((n, [, v]) => n + v, 0)
      : null;
    return {
      firstStageMs: stage.ms,
      reader: stage.found,
      firstMarksMs: stage.firstMarksMs,
      crosscheckMs: first?.duration ?? null,
      lastMarkMs: inPage.timeToLastMark(passes),
      ourLongestTaskMs: await this.page.evaluate(inPage.ourLongestTask),
      passes: passes.length,
      marks,
      floorMs: floor.ms,
      textNodes: floor.textNodes,
      markJsMs: markJs?.ms ?? null,
      markJsMarks: markJs?.marks ?? null,
      longestTaskMs: longest,
      layoutShift: shift,
      heapAddedKb: heapAfter - heapBefore,
    };
  }

  cueSource: { pattern: string; flags: string } | undefined;

  close(): Promise<void> {
    return this.context.close();
  }
}

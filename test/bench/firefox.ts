/**
 * Firefox figures where the same measure exists there: Crosscheck's first pass (its
 * `crosscheck:annotate` measure) and the floor on the same page. Firefox has no Long Tasks or
 * Layout Instability API and no heap figure through WebDriver BiDi.
 */
import { launch } from '../e2e/harness';
import type { ExtensionBrowser, TestPage } from '../e2e/harness/types';
import * as inPage from './in-page';

export interface FirefoxFigures {
  /** The first stage's own measure (Firefox rounds it to the millisecond). */
  firstStageMs: number | null;
  firstMarksMs: number | null;
  crosscheckMs: number | null;
  lastMarkMs: number | null;
  ourLongestTaskMs: number;
  floorMs: number;
}

export class FirefoxBench {
  private constructor(
    private readonly browser: ExtensionBrowser,
    private readonly page: TestPage,
  ) {}

  static async launch(): Promise<FirefoxBench> {
    const browser = await launch('firefox');
    return new FirefoxBench(browser, await browser.newPage());
  }

  async measure(origin: string, path: string): Promise<FirefoxFigures> {
    await this.page.goto(`${origin}/${path}`);
    let passes: { start: number; duration: number }[] = [];
    // 30 s: the 5 MB page takes about 2; a pass that failed (a page error) never ends.
    const deadline = Date.now() + 30_000;
    let stable = 0;
    let last = -1;
    while (Date.now() < deadline && stable < 7) {
      const stage = await this.page.evaluate(inPage.firstStage);
      if (stage.ran && !stage.found) break;
      passes = await this.page.evaluate(inPage.annotatePasses);
      stable = passes.length > 0 && passes.length === last ? stable + 1 : 0;
      last = passes.length;
      await new Promise((ok) => setTimeout(ok, 100));
    }
    const floor = await this.page.evaluate(inPage.floorPass);
    const stage = await this.page.evaluate(inPage.firstStage);
    return {
      firstStageMs: stage.ms,
      firstMarksMs: stage.firstMarksMs,
      crosscheckMs: passes[0]?.duration ?? null,
      lastMarkMs: inPage.timeToLastMark(passes),
      ourLongestTaskMs: await this.page.evaluate(inPage.ourLongestTask),
      floorMs: floor.ms,
    };
  }

  close(): Promise<void> {
    return this.browser.close();
  }
}

/**
 * The browser benchmark (`npm run bench`, after the core's): what Crosscheck costs a page, next to the
 * floor (a bare TreeWalker read of every text node) and to mark.js, measured side by side in one run
 * of real headless Chromium (and Firefox where the same measure exists). Writes the tables to stdout
 * and to artifacts/bench-browser.md.
 *
 * Options: `--quick` (demo, 20 corpus pages, generated pages up to 1 MB), `--no-firefox`,
 * `--only=<text>` (the pages whose path holds <text>, e.g. `--only=mb.` for the same-text pages).
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { stories } from '../../src/stories';
import { browserAvailable } from '../e2e/harness/browsers';
import { serveStatic } from '../e2e/harness/server';
import { ChromiumBench, type ChromiumFigures } from './chromium';
import { cueRegExp } from './cue-regexp';
import { FirefoxBench, type FirefoxFigures } from './firefox';
import { PageCostBench, type PageCost } from './page-cost';
import { HUGE_SHAPES, preparePages, type BenchPage } from './pages';
import { contentScriptSize } from './size';
import { fmt, growthExponent, median } from './stats';

const ROOT = resolve(import.meta.dirname, '../..');
const quick = process.argv.includes('--quick');
const withFirefox = !process.argv.includes('--no-firefox') && browserAvailable('firefox');
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
/** Loads per page for the page-cost measures (the issue asks for at least 5). */
const LOADS = quick ? 3 : 5;
/**
 * How many corpus pages the page-cost measures take, spread evenly (`--cost-pages N`; all of them
 * with `--cost-pages all`). A round takes four loads of about two seconds here (with the extension,
 * profiled and not; two browsers without): all 159 pages, five rounds each, would add two hours.
 */
const costArg = process.argv[process.argv.indexOf('--cost-pages') + 1];
const COST_PAGES = process.argv.includes('--cost-pages')
  ? costArg === 'all'
    ? Infinity
    : Number(costArg)
  : quick
    ? 8
    : 40;
/** mark.js blocks the tab for as long as it runs; past this size it is measured on demo and corpus pages only. */
const MARK_JS_MAX_BYTES = 2.5 * 1024 * 1024;

const out: string[] = [];
const print = (line = '') => {
  console.log(line);
  out.push(line);
};

const pagesDir = mkdtempSync(join(tmpdir(), 'crosscheck-bench-pages-'));
let pages = preparePages(ROOT, resolve(ROOT, '../shared/corpus'), pagesDir);
if (!pages.some((p) => p.group === 'corpus')) {
  print('> ../shared/corpus is absent: the corpus rows are missing from this run.');
}
if (quick) {
  const corpus = pages.filter((p) => p.group === 'corpus');
  pages = pages.filter(
    (p) =>
      p.group === 'demo' ||
      corpus.indexOf(p) % Math.ceil(corpus.length / 20) === 0 ||
      (p.group === 'generated' && p.bytes <= 1.1 * 1024 * 1024),
  );
}

if (only) pages = pages.filter((p) => p.path.includes(only));

const server = await serveStatic([pagesDir]);
const port = new URL(server.origin).port;
const origin = `http://127.0.0.1:${port}`;
const baselineOrigin = `http://localhost:${port}`;

browserAvailable('chromium');
const chromium = await ChromiumBench.launch(resolve(ROOT, 'dist/chrome'));
chromium.cueSource = cueRegExp(stories);
const firefox = withFirefox ? await FirefoxBench.launch() : null;

interface Row {
  page: BenchPage;
  c: ChromiumFigures;
  f: FirefoxFigures | null;
}
const rows: Row[] = [];
for (const [i, page] of pages.entries()) {
  process.stderr.write(`\r[${i + 1}/${pages.length}] ${page.path.slice(0, 70).padEnd(70)}`);
  try {
    const c = await chromium.measure(
      origin,
      baselineOrigin,
      page.path,
      page.bytes <= MARK_JS_MAX_BYTES,
    );
    const f = firefox ? await firefox.measure(origin, page.path) : null;
    rows.push({ page, c, f });
  } catch (error) {
    print(`> ${page.path}: not measured (${String(error).split('\n')[0]})`);
  }
}
process.stderr.write('\n');
await chromium.close();
await firefox?.close();

// What the extension costs a page as the browser sees it: the profiler's JavaScript time and the
// task time against two browsers without it, on every corpus page (every page when none).
const costCandidates = pages.filter((p) => p.group === 'corpus').length
  ? pages.filter((p) => p.group === 'corpus')
  : pages.filter((p) => p.group !== 'generated');
const costStep = Math.max(1, Math.ceil(costCandidates.length / COST_PAGES));
const costPages = costCandidates.filter((_, i) => i % costStep === 0);
const costs = new Map<string, PageCost>();
const costBench = await PageCostBench.launch(resolve(ROOT, 'dist/chrome'));
for (const [i, page] of costPages.entries()) {
  process.stderr.write(
    `\r[cost ${i + 1}/${costPages.length}] ${page.path.slice(0, 64).padEnd(64)}`,
  );
  try {
    costs.set(page.path, await costBench.measure(`${origin}/${page.path}`, LOADS));
  } catch (error) {
    print(`> ${page.path}: cost not measured (${String(error).split('\n')[0]})`);
  }
}
process.stderr.write('\n');
await costBench.close();
await server.close();

const ratio = (a: number | null, b: number | null) =>
  a !== null && b !== null && b > 0 ? a / b : null;
print(
  `## Browser benchmark (${new Date().toISOString().slice(0, 10)}, ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores)`,
);
print();
print(
  'Times in ms. Floor: a TreeWalker reading every text node. mark.js: one `markRegExp` of all cues, acrossElements.',
);
print();
print(
  "First stage: its own measure (reading the text, checking the anchors). Reader: whether it loaded the reader. Crosscheck: the reader's first pass (`crosscheck:annotate`), on pages where it was loaded. First marks: from document idle (the content script's injection) to the first marks.",
);
print();
print(
  '| page | KB | text nodes | floor | first stage | reader | Crosscheck | ×floor | first marks | mark.js | mark.js ÷ Crosscheck | longest task | layout shift | heap +KB | marks | Firefox floor | Firefox first stage | Firefox Crosscheck | Firefox first marks |',
);
print('|---|--:|--:|--:|--:|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|');
for (const { page, c, f } of rows) {
  print(
    `| ${page.path} | ${fmt(page.bytes / 1024, 0)} | ${c.textNodes} | ${fmt(c.floorMs, 2)} | ${fmt(c.firstStageMs)} | ${c.reader ? 'yes' : 'no'} | ${fmt(c.crosscheckMs)} | ${fmt(ratio(c.crosscheckMs, c.floorMs))} | ${fmt(c.firstMarksMs, 0)} | ${fmt(c.markJsMs)} | ${fmt(ratio(c.markJsMs, c.crosscheckMs))} | ${c.longestTaskMs >= 50 ? fmt(c.longestTaskMs, 0) : '<50'} | ${c.layoutShift ? c.layoutShift.toPrecision(2) : fmt(c.layoutShift, 0)} | ${fmt(c.heapAddedKb, 0)} | ${c.marks} | ${fmt(f?.floorMs, 2)} | ${fmt(f?.firstStageMs)} | ${fmt(f?.crosscheckMs)} | ${fmt(f?.firstMarksMs, 0)} |`,
  );
}

print();
print(`### What a page pays (Chromium, ${LOADS} loads a page, ${costs.size} pages)`);
print();
print(
  "JS: the extension's JavaScript time from V8's sampling profiler on the page (samples whose stack holds a chrome-extension:// frame; every 100 µs), median of the loads, then each load. Task +: Chromium's main-thread task time (`TaskDuration`) with the extension minus without, medians of the loads, from loads without the profiler (its sampling takes main-thread time); control: a second browser without the extension minus the first, the noise of that measure.",
);
print();
print('| page | reader | JS median | JS per load | task + | control |');
print('|---|---|--:|---|--:|--:|');
for (const [path, cost] of costs) {
  print(
    `| ${path} | ${cost.reader ? 'yes' : 'no'} | ${fmt(median(cost.scriptMs), 2)} | ${cost.scriptMs.map((x) => fmt(x, 1)).join(' ')} | ${fmt(cost.taskWith - cost.taskWithout)} | ${fmt(cost.taskControl - cost.taskWithout)} |`,
  );
}

const same = rows.filter((r) => r.page.shape);
if (same.length > 0) {
  print();
  print('### One huge text node against the same text in paragraphs (issue #16)');
  print();
  print(
    'Time to the last mark (ms): from the start of the first pass to the end of the last. In brackets, our longest task (ms).',
  );
  print();
  const cell = (f: { lastMarkMs: number | null; ourLongestTaskMs: number } | null | undefined) =>
    f ? `${fmt(f.lastMarkMs, 0)} (${fmt(f.ourLongestTaskMs, 0)})` : '—';
  print(
    `| text | ${HUGE_SHAPES.map((s) => `Chromium: ${s}`).join(' | ')} | ${HUGE_SHAPES.map((s) => `Firefox: ${s}`).join(' | ')} |`,
  );
  print(`|---|${HUGE_SHAPES.map(() => '--:|').join('')}${HUGE_SHAPES.map(() => '--:|').join('')}`);
  for (const mb of [...new Set(same.map((r) => r.page.shape!.mb))]) {
    const of = (kind: string) =>
      same.find((r) => r.page.shape!.mb === mb && r.page.shape!.kind === kind);
    print(
      `| ${mb} MB | ${HUGE_SHAPES.map((s) => cell(of(s)?.c)).join(' | ')} | ${HUGE_SHAPES.map((s) => cell(of(s)?.f)).join(' | ')} |`,
    );
  }
}

const corpus = rows.filter((r) => r.page.group === 'corpus');
const scope = corpus.length > 0 ? corpus : rows;
// Crosscheck's cost on a page: the reader's first pass where it was loaded, else the first stage.
const cost = (c: ChromiumFigures) => c.crosscheckMs ?? c.firstStageMs;
const floorRatios = scope
  .map((r) => ratio(cost(r.c), r.c.floorMs))
  .filter((x): x is number => x !== null);
const markJsRatios = scope
  .map((r) => ratio(r.c.markJsMs, r.c.crosscheckMs))
  .filter((x): x is number => x !== null);
const firefoxRatios = scope
  .map((r) => ratio(r.f?.crosscheckMs ?? r.f?.firstStageMs ?? null, r.f?.floorMs ?? null))
  .filter((x): x is number => x !== null);
const worstTask = Math.max(...rows.map((r) => r.c.longestTaskMs));
const worstShift = Math.max(...rows.map((r) => r.c.layoutShift ?? 0));
const growth = rows
  .filter((r) => r.page.path.startsWith('generated/story-'))
  .map((r) => ({ size: r.page.bytes, ms: r.c.crosscheckMs ?? 0 }));
const exponent = growth.length >= 2 ? growthExponent(growth) : Number.NaN;
const unrelated = rows.find((r) => r.page.path === 'generated/unrelated-5120k.html');
const size = contentScriptSize(resolve(ROOT, 'dist/chrome'));
const verdict = (ok: boolean) => (ok ? 'PASS' : 'MISS');

print();
print(
  `### Summary (${scope === corpus ? `${corpus.length} corpus pages` : `${rows.length} pages`})`,
);
print();
print('| measure | figure | target | |');
print('|---|--:|--:|---|');
print(
  `| median Crosscheck ÷ floor (Chromium) | ${fmt(median(floorRatios), 2)}× | ≤ 2× | ${verdict(median(floorRatios) <= 2)} |`,
);
if (firefoxRatios.length)
  print(
    `| median Crosscheck ÷ floor (Firefox) | ${fmt(median(firefoxRatios), 2)}× | ≤ 2× | ${verdict(median(firefoxRatios) <= 2)} |`,
  );
print(
  `| median mark.js ÷ Crosscheck | ${fmt(median(markJsRatios), 1)}× | ≥ 10× | ${verdict(median(markJsRatios) >= 10)} |`,
);
print(
  `| worst long task during a Crosscheck pass (all pages) | ${worstTask >= 50 ? `${fmt(worstTask, 0)} ms` : 'none ≥ 50 ms'} | none ≥ 50 ms | ${verdict(worstTask < 50)} |`,
);
print(
  `| worst layout shift after Crosscheck started | ${worstShift > 0 ? worstShift.toPrecision(2) : 0} | 0 | ${verdict(worstShift === 0)} |`,
);
print(
  `| growth exponent (time ∝ size^k, generated 64 KB…5 MB) | k = ${fmt(exponent, 2)} | ≈ 1 (linear) | ${verdict(exponent < 1.2)} |`,
);
if (unrelated)
  print(
    `| 5 MB page not about the story: first pass | ${fmt(unrelated.c.crosscheckMs)} ms (floor ${fmt(unrelated.c.floorMs)} ms), ${unrelated.c.marks} marks | no marks, no card code | ${verdict(unrelated.c.marks === 0)} |`,
  );
print(
  `| content script every page gets (first stage), minified | ${fmt(size.initialBytes / 1024)} KB (${fmt(size.initialGzip / 1024)} KB gzipped) | ≤ 5 KB gzipped | ${verdict(size.initialGzip <= 5 * 1024)} |`,
);
const notAbout = [...costs].filter(([path]) => path.startsWith('corpus/'));
const jsMedians = notAbout.map(([, c]) => median(c.scriptMs));
const p95 = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(sorted.length * 0.95) - 1)] ?? Number.NaN;
};
const taskDiffs = notAbout.map(([, c]) => c.taskWith - c.taskWithout);
const controls = notAbout.map(([, c]) => c.taskControl - c.taskWithout);
print(
  `| pages not about any story: extension JS (profiler), median of pages | ${fmt(median(jsMedians), 2)} ms | ≤ 1 ms | ${verdict(median(jsMedians) <= 1)} |`,
);
print(
  `| pages not about any story: extension JS (profiler), 95th percentile | ${fmt(p95(jsMedians), 2)} ms | ≤ 3 ms | ${verdict(p95(jsMedians) <= 3)} |`,
);
print(
  `| pages not about any story: task time with − without, median (control: ${fmt(median(controls))} ms) | ${fmt(median(taskDiffs))} ms | ≤ 5 ms | ${verdict(median(taskDiffs) <= 5)} |`,
);
print(
  `| corpus pages where the first stage loaded the reader | ${notAbout.filter(([, c]) => c.reader).length} of ${notAbout.length} | few | |`,
);
const ffStage = scope
  .map((r) => r.f?.firstStageMs)
  .filter((x): x is number => typeof x === 'number');
if (ffStage.length)
  print(
    `| Firefox: first stage's own measure on corpus pages, median / 95th percentile | ${fmt(median(ffStage), 1)} / ${fmt(p95(ffStage), 1)} ms | (no profiler there) | |`,
  );
const story = rows.filter((r) => r.page.group === 'demo' && r.c.marks > 0);
const worstMarks = (pick: (r: Row) => number | null | undefined) =>
  Math.max(...story.map((r) => pick(r) ?? Infinity));
if (story.length) {
  print(
    `| story pages (demo): first marks after document idle, worst (Chromium) | ${fmt(
      worstMarks((r) => r.c.firstMarksMs),
      0,
    )} ms | ≤ 100 ms | ${verdict(worstMarks((r) => r.c.firstMarksMs) <= 100)} |`,
  );
  if (firefox || rows.some((r) => r.f))
    print(
      `| story pages (demo): first marks after document idle, worst (Firefox) | ${fmt(
        worstMarks((r) => r.f?.firstMarksMs),
        0,
      )} ms | ≤ 100 ms | ${verdict(worstMarks((r) => r.f?.firstMarksMs) <= 100)} |`,
    );
}
print(
  `| the reader, its languages and the card code: loaded only on a page that may be about a story (the card's when a card first opens) | ${fmt(size.lazyBytes / 1024)} KB (${fmt(size.lazyGzip / 1024)} KB gzipped) | lazy | ${verdict(size.lazy.length > 0)} |`,
);

mkdirSync(resolve(ROOT, 'artifacts'), { recursive: true });
writeFileSync(resolve(ROOT, 'artifacts/bench-browser.md'), `${out.join('\n')}\n`);
console.log('\nWritten to artifacts/bench-browser.md');

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
import { HUGE_SHAPES, preparePages, type BenchPage } from './pages';
import { contentScriptSize } from './size';
import { fmt, growthExponent, median } from './stats';

const ROOT = resolve(import.meta.dirname, '../..');
const quick = process.argv.includes('--quick');
const withFirefox = !process.argv.includes('--no-firefox') && browserAvailable('firefox');
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
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
  '| page | KB | text nodes | floor | Crosscheck | ×floor | mark.js | mark.js ÷ Crosscheck | longest task | layout shift | heap +KB | marks | Firefox floor | Firefox Crosscheck |',
);
print('|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|');
for (const { page, c, f } of rows) {
  print(
    `| ${page.path} | ${fmt(page.bytes / 1024, 0)} | ${c.textNodes} | ${fmt(c.floorMs, 2)} | ${fmt(c.crosscheckMs)} | ${fmt(ratio(c.crosscheckMs, c.floorMs))} | ${fmt(c.markJsMs)} | ${fmt(ratio(c.markJsMs, c.crosscheckMs))} | ${c.longestTaskMs >= 50 ? fmt(c.longestTaskMs, 0) : '<50'} | ${fmt(c.layoutShift, 3)} | ${fmt(c.heapAddedKb, 0)} | ${c.marks} | ${fmt(f?.floorMs, 2)} | ${fmt(f?.crosscheckMs)} |`,
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
const floorRatios = scope
  .map((r) => ratio(r.c.crosscheckMs, r.c.floorMs))
  .filter((x): x is number => x !== null);
const markJsRatios = scope
  .map((r) => ratio(r.c.markJsMs, r.c.crosscheckMs))
  .filter((x): x is number => x !== null);
const firefoxRatios = scope
  .map((r) => ratio(r.f?.crosscheckMs ?? null, r.f?.floorMs ?? null))
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
  `| worst layout shift after Crosscheck started | ${fmt(worstShift, 4)} | 0 | ${verdict(worstShift === 0)} |`,
);
print(
  `| growth exponent (time ∝ size^k, generated 64 KB…5 MB) | k = ${fmt(exponent, 2)} | ≈ 1 (linear) | ${verdict(exponent < 1.2)} |`,
);
if (unrelated)
  print(
    `| 5 MB page not about the story: first pass | ${fmt(unrelated.c.crosscheckMs)} ms (floor ${fmt(unrelated.c.floorMs)} ms), ${unrelated.c.marks} marks | no marks, no card code | ${verdict(unrelated.c.marks === 0)} |`,
  );
print(
  `| content script, minified | ${fmt(size.initialBytes / 1024)} KB (${fmt(size.initialGzip / 1024)} KB gzipped) | ≤ 40 KB gzipped | ${verdict(size.initialGzip <= 40 * 1024)} |`,
);
print(
  `| card code, loaded on first open | ${fmt(size.lazyBytes / 1024)} KB (${fmt(size.lazyGzip / 1024)} KB gzipped) | lazy | ${verdict(size.lazy.length > 0)} |`,
);

mkdirSync(resolve(ROOT, 'artifacts'), { recursive: true });
writeFileSync(resolve(ROOT, 'artifacts/bench-browser.md'), `${out.join('\n')}\n`);
console.log('\nWritten to artifacts/bench-browser.md');

import { existsSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInBrowsers, ROOT, type ExtensionBrowser, type TestPage } from './harness';
import { serveStatic, type StaticServer } from './harness/server';

/**
 * Real pages nobody on the team wrote: Crosscheck must throw nothing on them and mark nothing
 * (none is about the story; some hold keyword traps). Always on: the copies in
 * test/fixtures/corpus/ (shared with the core's tests). When ../shared/corpus/ is present (CI),
 * every page of it.
 */
const SHARED = resolve(ROOT, '../shared/corpus');
const LOCAL = join(ROOT, 'test/fixtures/corpus');

const LOCAL_PAGES = [
  'qq.html', // Chinese
  'thesun-bubonic-plague.html', // "Beijing Chaoyang Hospital"
  'wikipedia-3.html', // "Chaoyang University"
  'breitbart.html', // crypto in passing
  'guardian-1.html',
  'scmp.com.playbook.html',
  'wday-ru.html',
];

/** Every page of ../shared/corpus (159 in CI): the issue asks for all of them, not a sample. */
function sharedPages(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory()
        ? walk(join(dir, entry.name))
        : entry.name.endsWith('.html')
          ? [relative(SHARED, join(dir, entry.name))]
          : [],
    );
  return walk(SHARED).sort();
}

/**
 * Checks `urls`, four tabs at a time: most of a corpus page's load time is its own requests
 * failing (there is no network), not work.
 */
async function checkAll(browser: ExtensionBrowser, urls: string[]): Promise<void> {
  const queue = [...urls];
  const worker = async () => {
    const page = await browser.newPage();
    for (let url = queue.shift(); url !== undefined; url = queue.shift()) await check(page, url);
    await page.close();
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
}

async function check(page: TestPage, url: string): Promise<void> {
  await page.goto(url).catch(() => undefined); // a page whose own requests hang still gets read
  const origin = new URL(url).origin;
  await page.waitFor(
    `the first stage (and the reader's pass, if it loaded it) on ${url}`,
    // A few pages send themselves elsewhere from their own scripts (off this machine, so to an
    // error page): there is nothing of ours left to check on those.
    (origin) =>
      location.origin !== origin ||
      (performance.getEntriesByName('crosscheck:first-stage').length > 0 &&
        (performance.getEntriesByName('crosscheck:found').length === 0 ||
          performance.getEntriesByName('crosscheck:annotate').length > 0)),
    origin,
    // Pages' external requests fail at once (the harness points them at a refusing proxy), so
    // document_idle comes soon even for pages that block parsing on a remote script.
    30_000,
  );
  if ((await page.evaluate(() => location.origin)) !== origin) {
    console.log(`${url} navigated away by itself; not checked`);
    return;
  }
  const seen = await page.evaluate(() => ({
    marks: document.querySelectorAll('crosscheck-mark, [data-crosscheck-fact]').length,
    ui: document.querySelectorAll('[data-crosscheck-ui]').length,
  }));
  expect(seen, url).toEqual({ marks: 0, ui: 0 });
  // The pages' own scripts fail without network; an error of ours names the extension or us.
  const ours = page.errors.filter((e) => /crosscheck|chrome-extension:|moz-extension:/i.test(e));
  expect(ours, url).toEqual([]);
}

describeInBrowsers('content script on real pages (corpus)', (suite) => {
  let local: StaticServer;
  let shared: StaticServer | undefined;
  beforeAll(async () => {
    local = await serveStatic([LOCAL]);
    if (existsSync(SHARED)) shared = await serveStatic([SHARED]);
    else
      console.warn(
        `\n!!! ${SHARED} is absent: only the ${LOCAL_PAGES.length} local corpus pages are checked.\n`,
      );
  });
  afterAll(async () => {
    await local?.close();
    await shared?.close();
  });

  it('marks nothing and throws nothing on the local corpus copies', async () => {
    await checkAll(
      suite().browser,
      LOCAL_PAGES.map((name) => `${local.origin}/${name}`),
    );
  }, 400_000);

  it.skipIf(!existsSync(SHARED))(
    'marks nothing and throws nothing on every page of ../shared/corpus',
    async () => {
      const pages = sharedPages();
      expect(pages.length).toBeGreaterThan(100);
      await checkAll(
        suite().browser,
        pages.map((name) => `${shared!.origin}/${name}`),
      );
    },
    600_000,
  );
});

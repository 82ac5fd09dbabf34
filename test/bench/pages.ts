/**
 * The pages the browser benchmark loads: the five demo articles, every page of ../shared/corpus
 * (when present; their scripts made inert, so we time Crosscheck on the pages' markup and not the
 * pages' own code, while their text stays in the page as on the web, where a page's inline scripts
 * and data often hold more words than its prose), generated pages of growing size up to a 5 MB
 * article and a 200,000-node page, and the same story text of 1, 5 and 10 MB as one text node (a
 * <pre>, a text/plain page) and in paragraphs, to compare (issue #16).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { paragraphsHtml, plainText, preHtml, storyParagraphs } from '../e2e/harness/huge-pages';

export interface BenchPage {
  /** Path below the served root. */
  path: string;
  group: 'demo' | 'corpus' | 'generated';
  bytes: number;
  /** One of the same-text pages: its shape and its text's size in MB. */
  shape?: { kind: HugeShape; mb: number };
}

export type HugeShape = 'paragraphs' | 'one <pre> node' | 'text/plain';
export const HUGE_SHAPES: HugeShape[] = ['paragraphs', 'one <pre> node', 'text/plain'];

const SCRIPT = /<script\b[^>]*>([\s\S]*?)<\/script\s*>/gi;
/** A script that never runs (an unknown type), its text kept; `src` dropped. */
const INERT_SCRIPT = '<script type="text/x-inert">$1</script>';

function paragraphsOf(text: string): string[] {
  return text
    .split(/\n+/)
    .map((line) => line.trim())
    .filter((line) => line.length > 40);
}

/** Neutral filler: sentences about nothing this story knows. */
const FILLER = [
  'The city council met on Monday evening to discuss the new cycling lanes along the river.',
  'Residents said the <em>proposal</em> would ease traffic, although some shop owners disagreed.',
  'A spokesperson for the transport department promised a <a href="#">public consultation</a> in spring.',
  'Weather forecasters expect a mild week, with showers moving in from the west on Thursday.',
];

function article(title: string, paragraphs: string[], targetBytes: number): string {
  const head = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><main><article><h1>${title}</h1>\n`;
  const parts: string[] = [head];
  let size = head.length;
  for (let i = 0; size < targetBytes; i++) {
    const p = `<p>${paragraphs[i % paragraphs.length]}</p>\n`;
    parts.push(p);
    size += p.length;
  }
  parts.push('</article></main></body></html>\n');
  return parts.join('');
}

/** A page of about `nodes` DOM nodes: a long table of short cells, the shape of a data-heavy page. */
function nodeHeavyPage(nodes: number): string {
  const rows: string[] = [];
  // Each row: tr + 4 td + 4 text nodes + 1 span + 1 text = about 11 nodes.
  for (let i = 0; i * 11 < nodes; i++) {
    rows.push(
      `<tr><td>${i}</td><td>Item ${i}</td><td><span>${(i * 7) % 1000}</span> units</td><td>ok</td></tr>`,
    );
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Inventory</title></head><body><table>${rows.join('\n')}</table></body></html>\n`;
}

/** Writes every bench page below `outDir` and lists them. */
export function preparePages(root: string, corpusDir: string, outDir: string): BenchPage[] {
  const pages: BenchPage[] = [];
  const write = (
    path: string,
    html: string | Buffer,
    group: BenchPage['group'],
    shape?: BenchPage['shape'],
  ) => {
    const file = join(outDir, path);
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, html);
    pages.push({ path, group, bytes: Buffer.byteLength(html), ...(shape ? { shape } : {}) });
  };

  const demoDir = join(root, 'test/fixtures/pages/demo');
  for (const name of readdirSync(demoDir)
    .filter((f) => f.endsWith('.html') && f !== 'index.html')
    .sort()) {
    write(`demo/${name}`, readFileSync(join(demoDir, name), 'utf8'), 'demo');
  }

  if (existsSync(corpusDir)) {
    const walk = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        return statSync(path).isDirectory() ? walk(path) : name.endsWith('.html') ? [path] : [];
      });
    for (const file of walk(corpusDir).sort()) {
      // latin1 in and out keeps every byte as it was, whatever the page's real encoding.
      const html = readFileSync(file, 'latin1').replace(SCRIPT, INERT_SCRIPT);
      write(`corpus/${relative(corpusDir, file)}`, Buffer.from(html, 'latin1'), 'corpus');
    }
  }

  const seeds = join(root, 'test/fixtures/seeds');
  const story = readdirSync(seeds)
    .filter((f) => f.endsWith('.txt'))
    .flatMap((f) => paragraphsOf(readFileSync(join(seeds, f), 'utf8')));
  // One story paragraph among every ten of filler, so each size is about the story like a long feed.
  const mixed = story.flatMap((p) => [p, ...FILLER, ...FILLER, FILLER[0]!, FILLER[1]!]);
  for (const kb of [64, 256, 1024, 2048, 5120]) {
    write(
      `generated/story-${kb}k.html`,
      article('Crypto exchange crackdown: live coverage', mixed, kb * 1024),
      'generated',
    );
  }
  write(
    `generated/unrelated-5120k.html`,
    article('City council news', FILLER, 5120 * 1024),
    'generated',
  );
  write(`generated/nodes-200k.html`, nodeHeavyPage(200_000), 'generated');
  for (const mb of [1, 5, 10]) {
    const text = storyParagraphs(root, mb * 1_000_000);
    const hooks = { hooks: false };
    write(`generated/paragraphs-${mb}mb.html`, paragraphsHtml(text, hooks), 'generated', {
      kind: 'paragraphs',
      mb,
    });
    write(`generated/one-node-${mb}mb.html`, preHtml(text, hooks), 'generated', {
      kind: 'one <pre> node',
      mb,
    });
    write(`generated/plain-${mb}mb.txt`, plainText(text), 'generated', { kind: 'text/plain', mb });
  }
  return pages;
}

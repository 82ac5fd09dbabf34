/**
 * Pages of one huge text node (issue #16), shared by the hostile suite and the benchmark: the
 * story's paragraphs among filler, as one `<pre>`, one `<p>` a script fills, a text/plain file,
 * and the same text in paragraphs for comparison.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const FILLER = [
  'The city council met on Monday evening to discuss the new cycling lanes along the river.',
  'Residents said the proposal would ease traffic, although some shop owners disagreed.',
  'A spokesperson for the transport department promised a public consultation in spring.',
  'Weather forecasters expect a mild week, with showers moving in from the west on Thursday.',
];

/** About `bytes` of text: the five source articles' paragraphs, each followed by ten of filler. */
export function storyParagraphs(root: string, bytes: number): string[] {
  const seeds = join(root, 'test/fixtures/seeds');
  const story = readdirSync(seeds)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((f) =>
      readFileSync(join(seeds, f), 'utf8')
        .split(/\n+/)
        .map((line) => line.trim())
        .filter((line) => line.length > 40),
    );
  const mixed = story.flatMap((p) => [p, ...FILLER, ...FILLER, FILLER[0]!, FILLER[1]!]);
  const out: string[] = [];
  for (let i = 0, size = 0; size < bytes; i++) {
    const p = mixed[i % mixed.length]!;
    out.push(p);
    size += p.length + 1;
  }
  return out;
}

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The hostile suite's test hooks (`/hostile/lib.js`), or none (the benchmark serves no hooks). */
export interface PageOptions {
  hooks?: boolean;
}

const head = (title: string, { hooks = true }: PageOptions) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>` +
  `${hooks ? '<script src="/hostile/lib.js"></script>' : ''}</head>`;

/** All the text in one <pre> text node, a line per paragraph. */
export function preHtml(paragraphs: string[], options: PageOptions = {}): string {
  return `${head('One text node', options)}<body><pre>${escape(paragraphs.join('\n'))}</pre></body></html>`;
}

/** All the text in one <p>, filled by a script (no line breaks: only sentences to cut at). */
export function scriptFilledHtml(paragraphs: string[], options: PageOptions = {}): string {
  const literal = JSON.stringify(paragraphs.join(' ')).replace(/</g, '\\u003c');
  return (
    `${head('One script-filled paragraph', options)}<body><p id="one"></p>` +
    `<script>document.getElementById('one').textContent = ${literal};</script></body></html>`
  );
}

/** The same text, a <p> per paragraph. */
export function paragraphsHtml(paragraphs: string[], options: PageOptions = {}): string {
  return `${head('Paragraphs', options)}<body><main>${paragraphs.map((p) => `<p>${escape(p)}</p>`).join('\n')}</main></body></html>`;
}

/** The text of a text/plain page. */
export function plainText(paragraphs: string[]): string {
  return `${paragraphs.join('\n')}\n`;
}

/**
 * `npm run anchors:words`: counts the words of ../shared/corpus (159 pages about other things) and
 * writes those found ten times or more to build/anchor-words.json, the word frequencies the build
 * chooses the first stage's anchors by (`build/anchors-plugin.ts`). Only common words are kept: what
 * the table lacks is taken as rare. Run it again when the corpus grows; the anchors follow at the
 * next build.
 */
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runsOf } from '../src/anchors/pieces';
import { WORDS_PATH as OUT } from '../build/anchors-plugin';
import { htmlText } from '../build/html-text';

const ROOT = resolve(import.meta.dirname, '..');
const CORPUS = resolve(ROOT, '../shared/corpus');
const MIN_COUNT = 10;

if (!existsSync(CORPUS)) {
  console.error(`${CORPUS} is absent: build/anchor-words.json is left as it is.`);
  process.exit(1);
}
const walk = (dir: string): string[] =>
  readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : name.endsWith('.html') ? [path] : [];
    });
const counts = new Map<string, number>();
let tokens = 0;
for (const file of walk(CORPUS)) {
  for (const run of runsOf(htmlText(readFileSync(file, 'utf8')))) {
    for (const token of run) {
      tokens++;
      counts.set(token, (counts.get(token) ?? 0) + 1);
    }
  }
}
const words = Object.fromEntries(
  [...counts].filter(([, n]) => n >= MIN_COUNT).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
);
writeFileSync(OUT, `${JSON.stringify({ tokens, minCount: MIN_COUNT, words })}\n`);
console.log(`${Object.keys(words).length} words of ${tokens} tokens written to ${OUT}`);

/**
 * `npm run recognition -- <dir>…`: how the reader does on sets of pages laid out as
 * `test/fixtures/fresh/` is (`about/`, `other/`, `expected.json`, optionally `baselines/`): pages
 * recognised, expected facts marked, marks against their reviews, and pages about other events
 * marked. For a blind round before its words are added (its pages outside the repository, no
 * baselines yet: every mark counts as unreviewed), and for checking that a change to words or
 * frames costs nothing on the reviewed sets:
 *
 *   npm run recognition -- test/fixtures/own test/fixtures/coverage test/fixtures/fresh
 *
 * `--misses` lists each expected fact not marked, `--marks` each mark with its review (`?`: none).
 * The recognition test (`test/unit/core/recognition.test.ts`) holds the targets; this only reports.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  expectedOf,
  readSetPage,
  reviewedMarks,
  reviewsOf,
} from '../test/unit/core/helpers/reviewed-pages';

const args = process.argv.slice(2);
const dirs = args.filter((a) => !a.startsWith('--'));
if (dirs.length === 0) {
  console.error('usage: npm run recognition -- <dir>… [--misses] [--marks]');
  process.exit(1);
}
const showMisses = args.includes('--misses');
const showMarks = args.includes('--marks');

const total = { pages: 0, recognised: 0, facts: 0, marked: 0, marks: 0, correct: 0, wrong: 0 };
let others = 0;
let othersMarked = 0;
for (const dir of dirs) {
  const expected = expectedOf(dir);
  for (const [file, page] of Object.entries(expected.about)) {
    const { reading, marks } = readSetPage(dir, 'about', file);
    total.pages++;
    if (reading.mentions.length > 0) total.recognised++;
    else console.log(`NOT RECOGNISED ${file}: ${reading.relevance.reason}`);
    const found = new Set(reading.mentions.map((m) => m.factId));
    for (const fact of page.facts) {
      total.facts++;
      if (fact.split('|').some((f) => found.has(f))) total.marked++;
      else if (showMisses) console.log(`MISS ${file} ${fact}`);
    }
    const reviews = reviewsOf(marks, reviewedMarks(dir, file));
    for (const [i, m] of marks.entries()) {
      const verdict = reviews[i]?.correct;
      total.marks++;
      if (verdict === true) total.correct++;
      if (verdict === false) total.wrong++;
      if (showMarks) {
        const unexpected = page.facts.some((f) => f.split('|').includes(m.factId))
          ? ''
          : ' UNEXPECTED';
        console.log(
          `MARK ${file} [${m.factId}${unexpected}] ${String(verdict ?? '?')} «${m.text}»`,
        );
      }
    }
  }
  const otherDir = join(dir, 'other');
  if (!existsSync(otherDir)) continue;
  for (const file of readdirSync(otherDir).filter((f) => f.endsWith('.txt'))) {
    others++;
    const { reading } = readSetPage(dir, 'other', file);
    if (reading.mentions.length === 0) continue;
    othersMarked++;
    console.log(`OTHER MARKED ${file}: ${reading.mentions.map((m) => m.factId).join(', ')}`);
  }
}
const pct = (n: number, of: number) => (of === 0 ? '-' : `${((100 * n) / of).toFixed(1)}%`);
const t = total;
console.log(
  `pages ${t.recognised}/${t.pages}, facts ${t.marked}/${t.facts} (${pct(t.marked, t.facts)}), ` +
    `marks ${t.marks}: correct ${t.correct}, wrong ${t.wrong}, unreviewed ${t.marks - t.correct - t.wrong}; ` +
    `other ${othersMarked}/${others} marked`,
);

/**
 * Recognition on coverage nobody here wrote for the reader: real pages by other outlets
 * (test/fixtures/coverage) and articles written blind, from the seeds' facts only
 * (test/fixtures/own, and a second set by other writers, test/fixtures/fresh), in fifteen
 * languages and the story's three strands. For each set, language and strand: every page about
 * the story gets marks, at least 95% of the facts each page states are marked, at least 98% of
 * the marks are correct (reviewed by hand in the page's baseline file; cells short of a target are
 * listed in SHORT and may not get worse), and no page about something else gets a mark. The table
 * of figures is printed.
 *
 * `UPDATE_BASELINES=1` rewrites the baselines, keeping the review of marks that did not change; a
 * new mark comes in with `"correct": null` and the test fails until someone reviews it.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/paths';
import {
  baselineOf,
  expectedOf,
  readSetPage,
  reviewedMarks,
  reviewKey as key,
  reviewsOf,
} from './helpers/reviewed-pages';

const SETS = [
  { name: 'coverage', dir: join(ROOT, 'test/fixtures/coverage') },
  { name: 'own', dir: join(ROOT, 'test/fixtures/own') },
  { name: 'fresh', dir: join(ROOT, 'test/fixtures/fresh') },
];

const update = process.env['UPDATE_BASELINES'] === '1';

const FACTS_TARGET = 0.95;
const MARKS_TARGET = 0.98;

/**
 * Cells short of a target today, each with the most wrong marks and missed facts it may have (and
 * pages not recognised, when there are any): a cell may not get worse, and must leave this list
 * once it meets the targets (the test says so). Why each falls short is in the baselines' notes:
 * mostly a sentence that names the story's things while saying something else (a ranking of the
 * outlets, a phone call to them, the title of an older notice, the regulation of "social media
 * like WeChat"), which concept words cannot tell apart. The pages not recognised never state a fact
 * in words only the story has within one sentence: traders' chat logs ("jinse's official account …
 * it's dead"), children's explainers and transcripts that split a fact over two sentences, and
 * newspaper OCR text whose every line is a block, words hyphenated across them (round 43).
 */
const SHORT: Record<string, { wrong: number; missed: number; unrecognised?: number }> = {
  'coverage en chaoyang': { wrong: 2, missed: 0 },
  'coverage en wechat': { wrong: 3, missed: 2 },
  'coverage ja core': { wrong: 1, missed: 0 },
  'coverage zh chaoyang': { wrong: 2, missed: 0 },
  'fresh de core': { wrong: 30, missed: 32, unrecognised: 1 },
  'fresh en chaoyang': { wrong: 35, missed: 18 },
  'fresh en wechat': { wrong: 61, missed: 36, unrecognised: 2 },
  'fresh es chaoyang': { wrong: 19, missed: 31, unrecognised: 1 },
  'fresh es core': { wrong: 31, missed: 42, unrecognised: 1 },
  'fresh es wechat': { wrong: 19, missed: 13, unrecognised: 1 },
  'fresh fa wechat': { wrong: 33, missed: 17, unrecognised: 1 },
  'fresh hi chaoyang': { wrong: 18, missed: 11, unrecognised: 1 },
  'fresh hi wechat': { wrong: 27, missed: 12, unrecognised: 1 },
  'fresh id wechat': { wrong: 52, missed: 6 },
  'fresh ja chaoyang': { wrong: 36, missed: 15 },
  'fresh ja wechat': { wrong: 56, missed: 5 },
  'fresh ko chaoyang': { wrong: 50, missed: 26 },
  'fresh ko wechat': { wrong: 51, missed: 13, unrecognised: 1 },
  'fresh nl core': { wrong: 43, missed: 50, unrecognised: 1 },
  'fresh pl chaoyang': { wrong: 27, missed: 17 },
  'fresh pl wechat': { wrong: 55, missed: 17 },
  'fresh pt chaoyang': { wrong: 29, missed: 17 },
  'fresh ru chaoyang': { wrong: 24, missed: 22 },
  'fresh ru core': { wrong: 22, missed: 29, unrecognised: 1 },
  'fresh tr wechat': { wrong: 39, missed: 9, unrecognised: 1 },
  'fresh uk chaoyang': { wrong: 21, missed: 22 },
  'fresh uk wechat': { wrong: 28, missed: 18, unrecognised: 1 },
  'fresh vi chaoyang': { wrong: 32, missed: 8 },
  'fresh vi core': { wrong: 49, missed: 23, unrecognised: 1 },
  'fresh vi wechat': { wrong: 55, missed: 11, unrecognised: 1 },
  'fresh zh chaoyang': { wrong: 38, missed: 27 },
  'fresh zh core': { wrong: 161, missed: 16 },
  'fresh zh wechat': { wrong: 130, missed: 23 },
  'own es core': { wrong: 2, missed: 1 },
  'own it core': { wrong: 1, missed: 0 },
  'own ja core': { wrong: 1, missed: 0 },
  'own ja wechat': { wrong: 0, missed: 1 },
  'own pt wechat': { wrong: 0, missed: 1 },
  'own ru core': { wrong: 1, missed: 0 },
  'own zh chaoyang': { wrong: 1, missed: 0 },
  'own zh wechat': { wrong: 1, missed: 0 },
};

interface Cell {
  pages: number;
  recognised: number;
  facts: number;
  marked: number;
  marks: number;
  correct: number;
}

for (const set of SETS) {
  const expected = expectedOf(set.dir);

  describe(`recognition: ${set.name}`, () => {
    const cells = new Map<string, Cell>();
    const problems: string[] = [];
    for (const [file, page] of Object.entries(expected.about)) {
      const { reading, marks } = readSetPage(set.dir, 'about', file);
      const reviewed = reviewedMarks(set.dir, file);
      const reviews = reviewsOf(marks, reviewed);
      if (update) {
        mkdirSync(join(set.dir, 'baselines'), { recursive: true });
        const next = marks.map((m, i) => {
          const before = reviews[i];
          return before?.note === undefined
            ? { ...m, correct: before?.correct ?? null }
            : { ...m, correct: before.correct, note: before.note };
        });
        writeFileSync(baselineOf(set.dir, file), `${JSON.stringify(next, null, 2)}\n`);
      }
      const cellKey = `${page.lang} ${page.strand ?? page.scope ?? ''}`;
      const cell = cells.get(cellKey) ?? {
        pages: 0,
        recognised: 0,
        facts: 0,
        marked: 0,
        marks: 0,
        correct: 0,
      };
      cells.set(cellKey, cell);
      cell.pages++;
      if (marks.length > 0) cell.recognised++;
      else problems.push(`${file}: not recognised (${reading.relevance.reason})`);
      const markedFacts = new Set(marks.map((m) => m.factId));
      for (const fact of page.facts) {
        cell.facts++;
        if (fact.split('|').some((f) => markedFacts.has(f))) cell.marked++;
      }
      for (const [i, m] of marks.entries()) {
        cell.marks++;
        const verdict = reviews[i]?.correct;
        if (verdict === true) cell.correct++;
        if (verdict === undefined || verdict === null)
          problems.push(`${file}: mark not in the reviewed baseline: ${key(m)}`);
      }
      for (const m of reviewed)
        if (!marks.some((x) => key(x) === key(m)))
          problems.push(`${file}: reviewed mark no longer found: ${key(m)}`);
    }

    const rows = [...cells].sort(([a], [b]) => a.localeCompare(b));
    const pct = (n: number, of: number): string =>
      of === 0 ? '-' : `${((100 * n) / of).toFixed(1)}%`;
    console.log(
      [
        `${set.name}: language strand | pages recognised | facts marked | marks correct`,
        ...rows.map(
          ([k, c]) =>
            `  ${k.padEnd(14)} | ${c.recognised}/${c.pages} | ${c.marked}/${c.facts} ${pct(c.marked, c.facts)} | ${c.correct}/${c.marks} ${pct(c.correct, c.marks)}`,
        ),
      ].join('\n'),
    );

    it('has every mark reviewed in the page baselines (else: UPDATE_BASELINES=1, then review)', () => {
      expect(problems.filter((p) => !p.includes('not recognised'))).toEqual([]);
    });

    for (const [cellKey, c] of rows) {
      it(`${cellKey}: every page recognised, >= 95% of facts marked, >= 98% of marks correct`, () => {
        const wrong = c.marks - c.correct;
        const missed = c.facts - c.marked;
        const unrecognised = c.pages - c.recognised;
        const meets =
          unrecognised === 0 &&
          c.marked / c.facts >= FACTS_TARGET &&
          c.correct / c.marks >= MARKS_TARGET;
        const short = SHORT[`${set.name} ${cellKey}`];
        expect({ cell: cellKey, unrecognised }).toEqual({
          cell: cellKey,
          unrecognised: Math.min(unrecognised, short?.unrecognised ?? 0),
        });
        if (short === undefined) {
          expect(c.marked / c.facts, `${c.marked} of ${c.facts} facts`).toBeGreaterThanOrEqual(
            FACTS_TARGET,
          );
          expect(c.correct / c.marks, `${c.correct} of ${c.marks} marks`).toBeGreaterThanOrEqual(
            MARKS_TARGET,
          );
        } else {
          expect(meets, 'meets the targets now: take it off SHORT').toBe(false);
          expect({ wrong, missed }, 'no worse than listed in SHORT').toEqual({
            wrong: Math.min(wrong, short.wrong),
            missed: Math.min(missed, short.missed),
          });
        }
      });
    }

    // Reads every other-event page of the set (nearly 3,000 in `fresh`): the time limit is a guard
    // against a hang, not a speed check.
    it('marks nothing on pages about other events', () => {
      const others = readdirSync(join(set.dir, 'other')).filter((f) => f.endsWith('.txt'));
      expect(others.length).toBeGreaterThanOrEqual(17);
      const marked = others.filter(
        (f) => readSetPage(set.dir, 'other', f).reading.mentions.length > 0,
      );
      expect(marked).toEqual([]);
    }, 60_000);
  });
}

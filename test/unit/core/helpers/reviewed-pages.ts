/**
 * Sets of pages laid out as `test/fixtures/fresh/` is (`about/`, `other/`, `expected.json`,
 * `baselines/`): a page read as the recognition test reads it, its marks written down for a
 * reviewer, and the review of each. The recognition test and `npm run recognition` share them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPage } from '../../../../src/bundled-reader';
import type { PageReading } from '../../../../src/read-page';
import { textToBlocks } from './html-blocks';
import { markedText } from './marks';

export interface Expected {
  about: Record<string, { lang: string; scope?: string; strand?: string; facts: string[] }>;
  other: string[] | Record<string, unknown>;
}

/** A mark as a reviewer sees it. */
export interface Mark {
  block: number;
  text: string;
  factId: string;
  verdict: string;
}

export interface ReviewedMark extends Mark {
  /** Reviewed: do the marked words state the fact they are marked as? null until reviewed. */
  correct: boolean | null;
  /** Why, where the reviewer found it worth saying (always for a mark found wrong). */
  note?: string;
}

export const expectedOf = (dir: string): Expected =>
  JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected;

/** A page's text without its `URL:` line. */
function pageText(file: string): string {
  const text = readFileSync(file, 'utf8');
  return text.startsWith('URL:') ? text.slice(text.indexOf('\n') + 1) : text;
}

/** A page of the set (`about/` or `other/`), read, with its marks as a reviewer sees them. */
export function readSetPage(
  dir: string,
  folder: 'about' | 'other',
  file: string,
): { reading: PageReading; marks: Mark[] } {
  const blocks = textToBlocks(pageText(join(dir, folder, file)));
  const reading = readPage(blocks);
  const marks = reading.mentions.map((m) => ({
    block: m.block,
    text: markedText(blocks[m.block] ?? '', m.ranges),
    factId: m.factId,
    verdict: m.verdict,
  }));
  return { reading, marks };
}

/** Where a page's reviewed marks are kept. */
export const baselineOf = (dir: string, file: string): string =>
  join(dir, 'baselines', file.replace(/\.txt$/, '.json'));

/** A page's reviewed marks ([] before its baseline is written). */
export function reviewedMarks(dir: string, file: string): ReviewedMark[] {
  const path = baselineOf(dir, file);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as ReviewedMark[]) : [];
}

/** What identifies a mark in its page's baseline: a mark that changes in any of these is new. */
export const reviewKey = (m: Mark): string => `${m.block} ${m.factId} ${m.verdict} «${m.text}»`;

/**
 * Each mark's review: the baseline's entry with the same key, in order, so that two identical marks
 * in one block (a name the block holds twice, one stating the fact and one not) keep a review each.
 */
export function reviewsOf(marks: readonly Mark[], reviewed: readonly ReviewedMark[]) {
  const queues = new Map<string, ReviewedMark[]>();
  for (const r of reviewed) {
    const queue = queues.get(reviewKey(r));
    if (queue === undefined) queues.set(reviewKey(r), [r]);
    else queue.push(r);
  }
  return marks.map((m) => queues.get(reviewKey(m))?.shift());
}

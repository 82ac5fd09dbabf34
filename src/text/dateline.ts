/**
 * The year a page is dated: the latest year among the full dates (day, month and year) in the
 * short blocks at its top, where a byline or a dateline stands ("2017-09-08 14:20 来源：东方网",
 * "CNBC عربية - 08 سبتمبر 2017", "23. August 2018", "Aug 23, 2018"). A page about the story may
 * recall 2017's ban in a full date near its top too, but a page that reports it is dated later, and
 * that date is the latest. Long blocks are prose, where any date may stand, and are not read.
 */

/** How many non-empty blocks from the top are read. */
const TOP_BLOCKS = 15;
/** Longer than this, a block is prose, not a byline or a dateline. */
const MAX_DATELINE = 80;

const YEAR = '((?:19|20)\\d\\d)';
/** A month's name, in any script (or its short form with a full stop). */
const MONTH_NAME = '\\p{L}{3,12}\\.?';
const FULL_DATES = [
  // 2017-09-08, 2017/9/8, 2017.09.08, 2017年9月8日
  new RegExp(`(?<!\\d)${YEAR}\\s?[-/.年]\\s?\\d{1,2}\\s?[-/.月]\\s?\\d{1,2}(?!\\d)`, 'gu'),
  // 08.09.2017, 8/9/2017, 08-09-2017
  new RegExp(`(?<!\\d)\\d{1,2}\\s?[-/.]\\s?\\d{1,2}\\s?[-/.]\\s?${YEAR}(?!\\d)`, 'gu'),
  // 8 September 2017, 23. August 2018, 8 de septiembre de 2017, 08 سبتمبر 2017
  new RegExp(
    `(?<![\\p{L}\\d])\\d{1,2}\\.?\\s+(?:de\\s+)?${MONTH_NAME},?\\s+(?:de\\s+)?${YEAR}(?!\\d)`,
    'gu',
  ),
  // September 8, 2017, Aug. 23 2018
  new RegExp(`(?<![\\p{L}\\d])${MONTH_NAME}\\s+\\d{1,2},?\\s+${YEAR}(?!\\d)`, 'gu'),
];

/** The year of the latest full date in the short blocks at the top of `blocks`; null if none. */
export function datelineYear(blocks: readonly string[]): number | null {
  let latest: number | null = null;
  let read = 0;
  for (const block of blocks) {
    if (block.trim() === '') continue;
    if (++read > TOP_BLOCKS) break;
    if (block.length > MAX_DATELINE) continue;
    for (const date of FULL_DATES) {
      date.lastIndex = 0;
      for (let m = date.exec(block); m; m = date.exec(block)) {
        const year = Number(m[1]);
        if (latest === null || year > latest) latest = year;
      }
    }
  }
  return latest;
}

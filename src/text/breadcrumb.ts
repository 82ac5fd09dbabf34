/**
 * A page's breadcrumb trail ("Home > Markets > Asia > China to block 124 exchanges"): site
 * furniture that repeats the section names and often the headline, so the reader does not read it
 * (the headline itself is read where the page states it). A short line of three or more items
 * joined by ">", "›" or "»" with spaces around.
 */
const SEPARATOR = /\s[>›»]\s/u;
/** Longer than this, a line is prose, not a trail. */
const MAX_LINE = 400;
/** Longer than this, an item is a sentence, not a crumb (a headline fits). */
const MAX_ITEM = 200;

export function isBreadcrumb(block: string): boolean {
  if (block.length >= MAX_LINE) return false;
  const items = block.split(SEPARATOR);
  return items.length >= 3 && items.every((item) => item.trim() !== '' && item.length < MAX_ITEM);
}

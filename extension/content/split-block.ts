/**
 * Cuts a block too long to read in one step (one huge text node: a `<pre>`, a text/plain page, a
 * script-filled `<p>`) into blocks of at most MAX_BLOCK_UNITS, at the most natural boundary in the
 * second half of each stretch: a line break, else the end of a sentence, else a space. The core
 * reads a block in one step (a block is never split across steps), so a 10 MB node made a task
 * of its own; and a mention never spans two blocks, so the cuts go where mentions do not. A cut
 * block is at most 2048 units, so the first step on such a page is small while the code is cold
 * (8,192 cost a first step of 50–90 ms in Firefox on a slow machine); a paragraph of a real
 * article is rarely that long.
 * Every search is bounded by the stretch it cuts: linear in the block's length.
 */
export const MAX_BLOCK_UNITS = 2048;

/** A CJK full stop (a cut after it), or a Latin one followed by a space (a cut after it). */
const SENTENCE_END = /[。！？；]|[.!?;](?=\s)/g;

/** Where to cut `text` between `lo` and `hi` (lo < hi <= text.length): the offset the next block starts at. */
export function cutPoint(text: string, lo: number, hi: number): number {
  // Only the stretch is searched, never more of the text (a slice costs nothing in V8).
  const stretch = text.slice(lo, hi + 1);
  const newline = stretch.lastIndexOf('\n', hi - 1 - lo);
  if (newline >= 0) return lo + newline + 1;
  let cut = -1;
  for (const m of stretch.matchAll(SENTENCE_END)) if (m.index < hi - lo) cut = lo + m.index + 1;
  if (cut > 0) return cut;
  const space = stretch.slice(0, hi - lo).search(/\s\S*$/);
  return space >= 0 ? lo + space + 1 : hi;
}

/** The [start, end) stretches `text` is cut into, one at a time: all of it when it is short enough. */
export function* cutBlock(text: string, max = MAX_BLOCK_UNITS): Generator<[number, number]> {
  for (let from = 0; from < text.length;) {
    const to =
      text.length - from <= max ? text.length : cutPoint(text, from + (max >> 1), from + max);
    yield [from, to];
    from = to;
  }
}

/**
 * Cuts a block too long to read in one step (one huge text node: a `<pre>`, a text/plain page, a
 * script-filled `<p>`) into blocks of at most MAX_BLOCK_UNITS, at the most natural boundary in the
 * second half of each stretch: a line break, else the end of a sentence, else a space. The core
 * reads a block in one step (a block is never split across steps), so a 10 MB node made a task
 * of its own; and a mention never spans two blocks, so the cuts go where mentions do not.
 * Every search is bounded by the stretch it cuts: linear in the block's length.
 */
export const MAX_BLOCK_UNITS = 8192;

const SENTENCE_END = new Set(['.', '!', '?', '。', '！', '？', '；', ';']);
const CJK_END = new Set(['。', '！', '？', '；']);

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 12 || code === 0xa0;
}

/** Where to cut `text` between `lo` and `hi` (lo < hi <= text.length): the offset the next block starts at. */
export function cutPoint(text: string, lo: number, hi: number): number {
  for (let i = hi - 1; i >= lo; i--) if (text.charCodeAt(i) === 10) return i + 1;
  for (let i = hi - 1; i >= lo; i--) {
    const c = text[i]!;
    if (CJK_END.has(c)) return i + 1;
    if (SENTENCE_END.has(c) && i + 1 < text.length && isSpace(text.charCodeAt(i + 1))) return i + 1;
  }
  for (let i = hi - 1; i >= lo; i--) if (isSpace(text.charCodeAt(i))) return i + 1;
  return hi;
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

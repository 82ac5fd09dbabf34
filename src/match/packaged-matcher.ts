/**
 * The reader's matcher file (`matcher-bytes.ts`) ships gzipped (5.8 MB in 2.3 MB) and in parts of
 * at most `MATCHER_PART_BYTES`. Chromium's main thread takes in a fetched file's body in tasks
 * that grow with it: the whole uncompressed file kept a page's timers waiting 90–235 ms on this
 * 2-core machine, parts of 512 KB read one after another 21–31 ms. The parts are one gzip stream
 * cut in pieces, after the stream's length (a little-endian u32): the first stage reads the first
 * part while it loads the reader and gives it a function that reads the others; the reader inflates
 * each a slice a task (`extension/content/matcher-file.ts`) and reads on until it has the length.
 */
export const MATCHER_PART_BYTES = 512 * 1024;

/** Part `n` of the packaged matcher file. */
export const matcherPart = (n: number): string => `assets/matcher-${n}.gz`;

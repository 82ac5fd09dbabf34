/**
 * The reader's matcher file (`matcher-bytes.ts`) ships in parts of at most `MATCHER_PART_BYTES`.
 * Chromium's main thread takes in a fetched file's body in tasks that grow with it: the whole
 * 5.7 MB file kept a page's timers waiting 90–235 ms on this 2-core machine (60–90 ms of CPU in
 * the task that finishes the body), parts of 0.7 MB read one after another 20–31 ms. The first
 * stage reads the first part (its header gives the file's length) and gives the reader a function
 * that reads the others (`extension/content/matcher-file.ts`).
 */
export const MATCHER_PART_BYTES = 512 * 1024;

/** Part `n` of the matcher's file in the package. */
export const matcherPart = (n: number): string => `assets/matcher-${n}.bin`;

/**
 * The reader's matcher file (`matcher-bytes.ts`) ships gzipped, 5.7 MB in 1.7 MB. Chromium's main
 * thread takes in a fetched file's body in tasks that grow with it: the whole file kept a page's
 * timers waiting 90–235 ms on this 2-core machine, eleven parts of 512 KB read one after another
 * 70–95 ms. The compressed file is read at once, while the reader's code loads, and inflated a
 * slice a task by the reader (`extension/content/matcher-file.ts`).
 */
export const MATCHER_FILE = 'assets/matcher.bin.gz';

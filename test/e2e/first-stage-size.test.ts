import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentScriptSize } from '../bench/size';
import { ROOT } from './harness';

/**
 * The content script every page gets stays a first stage: one classic script of at most 5 KB
 * gzipped (issue 14). New context words grow it (the first stage ships the rarest of them), so a
 * round of words can cross the line without any code changing: this is where that shows.
 */
describe('the first stage as built', () => {
  for (const build of ['chrome', 'firefox']) {
    it(`is one script of at most 5 KB gzipped (${build})`, () => {
      const size = contentScriptSize(resolve(ROOT, 'dist', build));
      expect(size.initial).toHaveLength(1);
      expect(size.initialGzip).toBeLessThanOrEqual(5 * 1024);
    });
  }
});

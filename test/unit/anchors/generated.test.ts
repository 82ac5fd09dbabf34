/**
 * The committed anchors (`ANCHORS_PATHS`: `src/anchors/*.generated.json`) are those the build
 * derives from the current stories, concept words, word counts and reference texts: a data edit
 * that was not built fails here, naming the command that brings them in step.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ANCHORS_PATHS, anchorsFiles, type AnchorsFile } from '../../../build/anchors-plugin';
import { ANCHOR_SEPARATOR } from '../../../src/anchors/check';

describe('the generated anchors', () => {
  it('are in step with the dataset (else: npx tsx build/anchors-plugin.ts, or npm run build)', () => {
    const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as AnchorsFile;
    const committed = Object.fromEntries(
      Object.entries(ANCHORS_PATHS).map(([name, path]) => [name, read(path)]),
    );
    const fresh = anchorsFiles();
    expect(committed.context?.inputs).toBe(fresh.context.inputs);
    expect(committed).toEqual(fresh);
    // Deriving the anchors again reads the reference pages: 20–40 s alone, over 60 s on a loaded
    // 2-core machine. A check that the committed files are in step, not a timed one.
  }, 180_000);

  it("ship no anchor of a context group that another of its anchors finds too (a word start inside it: 'bitcoin' and 'behind bitcoin')", () => {
    for (const path of [ANCHORS_PATHS.first, ANCHORS_PATHS.context]) {
      const { groups } = JSON.parse(readFileSync(path, 'utf8')) as AnchorsFile;
      for (const group of groups) {
        const anchors = group.split(ANCHOR_SEPARATOR);
        // `=`: a whole last word; `~`: found inside words (neither is a plain word start).
        const starts = anchors.filter((a) => !/^[=~]/.test(a));
        for (const b of anchors.filter((b) => !b.startsWith('~'))) {
          const words = ` ${b.replace(/^=/, '')}`;
          const implied = starts.find((a) => a !== b && words.includes(` ${a}`));
          expect(implied, `${b} (${path})`).toBeUndefined();
        }
      }
    }
  });
});

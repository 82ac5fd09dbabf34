/**
 * The matcher the content script assembles from the build's prepared form is the one a full compile
 * of the committed cue table gives, array for array, and the committed file is in step with the stories.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MATCHER_PATH, preparedMatcher } from '../../../build/compile-matcher-plugin';
import { compileMatcher } from '../../../src/match/compile';
import { cueTableFromStories } from '../../../src/match/cue-table';
import { shippedTable, tableOfShipped, type ShippedTable } from '../../../src/match/shipped-table';
import { conceptFiles } from '../../../src/stories/concepts/index';
import { stories } from '../../../src/stories/index';
import cueTable from '../../../src/match/cue-table.generated.json';
import { patternsSorted } from '../../../src/match/automaton';
import { assembleMatcher, segmentPatterns, type PreparedMatcher } from '../../../src/match/matcher';
import { prepareMatcher } from '../../../src/match/compile';
import { sampleTable } from './helpers/sample-table';

describe('the prepared matcher', () => {
  it('is in step with the stories (else: npx tsx build/compile-matcher-plugin.ts)', () => {
    expect(JSON.parse(readFileSync(MATCHER_PATH, 'utf8'))).toEqual(preparedMatcher());
  }, 60_000);

  it('lists segments in the order the page needs, so the page sorts nothing', () => {
    const prepared = JSON.parse(readFileSync(MATCHER_PATH, 'utf8')) as PreparedMatcher;
    expect(patternsSorted(segmentPatterns(prepared))).toBe(true);
    expect(patternsSorted(segmentPatterns(prepareMatcher(sampleTable)))).toBe(true);
  });

  it('assembles into the matcher a full compile builds', () => {
    // The page's table leaves the concept words' text out; the compile needs it.
    const shipped = tableOfShipped(cueTable as unknown as ShippedTable);
    const full = cueTableFromStories(stories, conceptFiles);
    // The shipped terms are the full ones without their text.
    expect(shipped).toEqual({
      ...full,
      terms: full.terms.map(({ concept, lang, digits }) => ({
        concept,
        lang,
        ...(digits ? { digits } : {}),
      })),
    });
    expect(tableOfShipped(shippedTable(full))).toEqual(shipped);
    const prepared = JSON.parse(readFileSync(MATCHER_PATH, 'utf8')) as PreparedMatcher;
    const assembled = assembleMatcher(shipped, prepared);
    const compiled = compileMatcher(full);
    expect({ ...assembled, table: null }).toEqual({ ...compiled, table: null });
    // Two builds of every language's words: seconds each.
  }, 60_000);
});

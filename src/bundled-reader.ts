/**
 * The reader of the bundled stories for Node (tests, benchmarks, scripts): the matcher assembled
 * from the build's prepared form, once per process. The extension reads the same matcher from the
 * file the build writes from it (`src/match/matcher-bytes.ts`) and never loads this module.
 */
import { tableOfShipped, type ShippedTable } from './match/shipped-table';
import cueTable from './match/cue-table.generated.json';
import { assembleMatcher, type Matcher, type PreparedMatcher } from './match/matcher';
import prepared from './match/matcher.generated.json';
import { readPageInSteps, type PageReading } from './read-page';
import { runToEnd } from './steps';

let bundled: Matcher | undefined;

/** The bundled stories' matcher, assembled on first use. */
export function bundledMatcher(): Matcher {
  bundled ??= assembleMatcher(
    tableOfShipped(cueTable as unknown as ShippedTable),
    prepared as unknown as PreparedMatcher,
  );
  return bundled;
}

/** Reads a page's blocks against the bundled stories in one go. */
export function readPage(blocks: readonly string[]): PageReading {
  return runToEnd(readPageInSteps(bundledMatcher(), blocks));
}

/**
 * The reader's matcher, from the file the build writes (`src/match/matcher-bytes.ts`): views on the
 * buffer of a packaged file, where assembling it from its prepared form took 50–60 ms of the
 * page's main thread. The first stage starts reading the file as it loads the reader, so the two
 * loads overlap.
 */
import { tableOfShipped, type ShippedTable } from '../../src/match/shipped-table';
import cueTable from '../../src/match/cue-table.generated.json';
import type { Matcher } from '../../src/match/matcher';
import { matcherFromBytes } from '../../src/match/matcher-bytes';

export async function loadMatcher(file: Promise<ArrayBuffer>): Promise<Matcher> {
  return matcherFromBytes(tableOfShipped(cueTable as unknown as ShippedTable), await file);
}

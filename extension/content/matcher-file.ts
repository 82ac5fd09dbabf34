/**
 * The reader's matcher, from the file the build writes (`src/match/matcher-bytes.ts`): views on the
 * buffer of a packaged file, where assembling it from its prepared form took 50–60 ms of the
 * page's main thread. The file ships in parts (`src/match/matcher-parts.ts`): the first stage
 * starts reading the first as it loads the reader, so the two loads overlap; its header gives the
 * file's length, and the rest are read here in order, two asked for ahead (`AHEAD`), each in tasks
 * of the browser's own that a part keeps short. The cue table is assembled as they are read
 * (`load-table`), the matcher then in small steps (`load-matcher`).
 */
import { tableOfShipped, type ShippedTable } from '../../src/match/shipped-table';
import cueTable from '../../src/match/cue-table.generated.json';
import type { Matcher } from '../../src/match/matcher';
import { matcherFileLength, matcherFromBytesInSteps } from '../../src/match/matcher-bytes';
import { runChunked } from './schedule';
import { setPhase, timed } from './task-timing';

/**
 * Parts asked for before they are needed. Each read waits a round trip: 11 parts read one after
 * another took 300 ms of a demo page's first marks in Chromium. Asked for all at once, they brought
 * long tasks (55–98 ms) to pages that had none.
 */
const AHEAD = 2;

/**
 * `firstPart`: the file's first part, being read; `readPart(n)` reads part `n` (the first stage
 * knows the parts' paths, `matcher-parts.ts`: a module both stages imported would be bundled into
 * the first).
 */
export async function loadMatcher(
  firstPart: Promise<ArrayBuffer>,
  readPart: (n: number) => Promise<ArrayBuffer>,
): Promise<Matcher> {
  const head = await firstPart;
  const table = timed('load-table', () => tableOfShipped(cueTable as unknown as ShippedTable));
  const bytes = new Uint8Array(matcherFileLength(head));
  const count = Math.ceil(bytes.length / head.byteLength);
  const reads: Promise<ArrayBuffer>[] = [];
  const ask = (n: number) => {
    if (n >= count) return;
    reads[n] = readPart(n);
    // A part asked for and never waited on (an earlier one failed) fails without a report.
    reads[n].catch(() => undefined);
  };
  for (let n = 1; n <= AHEAD; n++) ask(n);
  let at = 0;
  for (let n = 0, part = head; ; n++) {
    if (at + part.byteLength > bytes.length) throw new Error('matcher file: longer than it says');
    bytes.set(new Uint8Array(part), at);
    at += part.byteLength;
    if (at === bytes.length) break;
    ask(n + 1 + AHEAD);
    const next = reads[n + 1];
    if (!next) throw new Error('matcher file: cut short');
    part = await next;
  }
  setPhase('load-matcher');
  // Nothing stops a load once started: the signal never aborts.
  return runChunked(matcherFromBytesInSteps(table, bytes.buffer), new AbortController().signal);
}

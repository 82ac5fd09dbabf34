/**
 * The reader's matcher, from the file the build writes (`src/match/matcher-bytes.ts`): views on the
 * buffer of a packaged file, where assembling it from its prepared form took 50–60 ms of the
 * page's main thread. The file ships gzipped (`src/match/packaged-matcher.ts`): the first stage
 * starts reading it as it loads the reader, so the two loads overlap; it is inflated here a slice a
 * task (`inflate`), the cue table assembled meanwhile (`load-table`), the matcher then built in
 * small steps (`load-matcher`).
 */
import { tableOfShipped, type ShippedTable } from '../../src/match/shipped-table';
import cueTable from '../../src/match/cue-table.generated.json';
import type { Matcher } from '../../src/match/matcher';
import { matcherFileLength, matcherFromBytesInSteps } from '../../src/match/matcher-bytes';
import { runChunked, yieldToPage } from './schedule';
import { recordTask, setPhase, timed } from './task-timing';

/** Compressed bytes inflated in one task: 64 KB inflate to about 220 KB in a millisecond or two. */
export const INFLATE_SLICE_BYTES = 64 * 1024;

/**
 * `file`: the gzipped matcher file, being read (the first stage knows its path,
 * `packaged-matcher.ts`: a module both stages imported would be bundled into the first).
 */
export async function loadMatcher(file: Promise<ArrayBuffer>): Promise<Matcher> {
  const compressed = new Uint8Array(await file);
  const table = timed('load-table', () => tableOfShipped(cueTable as unknown as ShippedTable));
  setPhase('inflate');
  const bytes = await inflate(compressed);
  if (matcherFileLength(bytes.buffer) !== bytes.length)
    throw new Error(`matcher file: ${bytes.length} bytes, not the length its header says`);
  setPhase('load-matcher');
  // Nothing stops a load once started: the signal never aborts.
  return runChunked(matcherFromBytesInSteps(table, bytes.buffer), new AbortController().signal);
}

/**
 * The bytes a gzip file holds, inflated `INFLATE_SLICE_BYTES` of it a task: the browser's
 * `DecompressionStream` does the work natively, and giving it the whole file would make one task
 * of 50–120 ms here. Rejects on a file that is not gzip or is cut short.
 */
async function inflate(compressed: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  const stream = new DecompressionStream('gzip');
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  const reading = (async () => {
    for (let read = await reader.read(); !read.done; read = await reader.read()) {
      chunks.push(read.value);
      length += read.value.length;
    }
  })();
  // A write rejects only with the stream's error, which `reading` reports: no unhandled rejection.
  reading.catch(() => undefined);
  for (let at = 0; at < compressed.length; at += INFLATE_SLICE_BYTES) {
    const start = performance.now();
    await writer.write(forStreams(compressed.subarray(at, at + INFLATE_SLICE_BYTES)));
    recordTask(start);
    await yieldToPage();
  }
  await writer.close();
  await reading;
  const bytes = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}

/**
 * A slice the browser's streams can take. Firefox runs a content script in a sandbox whose objects
 * the page's compartment, where the streams run, may not open ("Value could not be converted to
 * any of: ArrayBufferView, ArrayBuffer"): its `cloneInto` copies the slice there. Chrome has no
 * such wall and no `cloneInto`.
 */
function forStreams(slice: Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer> {
  const { cloneInto } = globalThis as { cloneInto?: <T>(value: T, scope: object) => T };
  return cloneInto ? cloneInto(slice, window) : slice;
}

/**
 * The reader's matcher, from the file the build writes (`src/match/matcher-bytes.ts`): views on the
 * buffer of a packaged file, where assembling it from its prepared form took 50–60 ms of the
 * page's main thread. The file ships gzipped and in parts (`src/match/packaged-matcher.ts`): the
 * first stage starts reading the first as it loads the reader, so the two loads overlap; the parts
 * are read here one after another and inflated a slice a task (`inflate`), the cue table assembled
 * meanwhile (`load-table`), the matcher then built in small steps (`load-matcher`).
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
 * `firstPart`: the file's first part, being read; `readPart(n)` reads part `n` (the first stage
 * knows the parts' paths, `packaged-matcher.ts`: a module both stages imported would be bundled
 * into the first).
 */
export async function loadMatcher(
  firstPart: Promise<ArrayBuffer>,
  readPart: (n: number) => Promise<ArrayBuffer>,
): Promise<Matcher> {
  const head = new Uint8Array(await firstPart);
  if (head.length < 4) throw new Error('matcher file: no length');
  const length = new DataView(head.buffer).getUint32(0, true);
  const table = timed('load-table', () => tableOfShipped(cueTable as unknown as ShippedTable));
  setPhase('inflate');
  const inflater = new Inflater();
  let part = head.subarray(4);
  let read = part.length;
  for (let n = 1; ; n++) {
    if (read > length) throw new Error('matcher file: longer than it says');
    await inflater.write(part);
    if (read === length) break;
    part = new Uint8Array(await readPart(n));
    read += part.length;
  }
  const bytes = await inflater.end();
  if (matcherFileLength(bytes.buffer) !== bytes.length)
    throw new Error(`matcher file: ${bytes.length} bytes, not the length its header says`);
  setPhase('load-matcher');
  // Nothing stops a load once started: the signal never aborts.
  return runChunked(matcherFromBytesInSteps(table, bytes.buffer), new AbortController().signal);
}

/**
 * A gzip stream inflated `INFLATE_SLICE_BYTES` of it a task: the browser's `DecompressionStream`
 * does the work natively, and giving it a whole part would make one task of 50–120 ms here.
 * `end` rejects on a stream that is not gzip or is cut short.
 */
class Inflater {
  readonly #writer: WritableStreamDefaultWriter<BufferSource>;
  readonly #chunks: Uint8Array[] = [];
  #length = 0;
  readonly #reading: Promise<void>;

  constructor() {
    const stream = new DecompressionStream('gzip');
    this.#writer = stream.writable.getWriter();
    const reader = stream.readable.getReader();
    this.#reading = (async () => {
      for (let got = await reader.read(); !got.done; got = await reader.read()) {
        this.#chunks.push(got.value);
        this.#length += got.value.length;
      }
    })();
    // A write rejects with the stream's error, which `end` reports: no unhandled rejection here.
    this.#reading.catch(() => undefined);
  }

  async write(compressed: Uint8Array<ArrayBuffer>): Promise<void> {
    for (let at = 0; at < compressed.length; at += INFLATE_SLICE_BYTES) {
      const start = performance.now();
      await this.#writer.write(forStreams(compressed.subarray(at, at + INFLATE_SLICE_BYTES)));
      recordTask(start);
      await yieldToPage();
    }
  }

  async end(): Promise<Uint8Array<ArrayBuffer>> {
    await this.#writer.close();
    await this.#reading;
    const bytes = new Uint8Array(this.#length);
    let at = 0;
    for (const chunk of this.#chunks) {
      bytes.set(chunk, at);
      at += chunk.length;
    }
    return bytes;
  }
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

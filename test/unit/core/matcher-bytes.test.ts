/**
 * The matcher file the extension reads (`src/match/matcher-bytes.ts`): read back, it is the matcher
 * the Node reader assembles, array for array, and a file of another shape is refused. It ships
 * gzipped and in parts (`src/match/packaged-matcher.ts`), which the reader inflates back into the
 * same file.
 */
import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { matcherFileBytes, packagedMatcherParts } from '../../../build/matcher-file-plugin';
import { INFLATE_SLICE_BYTES, loadMatcher } from '../../../extension/content/matcher-file';
import { bundledMatcher } from '../../../src/bundled-reader';
import type { Matcher } from '../../../src/match/matcher';
import {
  matcherFileLength,
  matcherFromBytes,
  matcherFromBytesInSteps,
  matcherToBytes,
} from '../../../src/match/matcher-bytes';
import { MATCHER_PART_BYTES, matcherPart } from '../../../src/match/packaged-matcher';
import manifest from '../../../manifest.json';

/** Each typed array of a matcher (the automaton's too) by name, as its type and bytes. */
function arraysOf(matcher: Matcher): Record<string, string> {
  const out: Record<string, string> = {};
  const add = (prefix: string, object: object) => {
    for (const [key, value] of Object.entries(object)) {
      if (ArrayBuffer.isView(value)) {
        const bytes = Buffer.from(value.buffer, value.byteOffset, value.byteLength);
        out[prefix + key] = `${value.constructor.name} ${bytes.toString('base64')}`;
      }
    }
  };
  add('', matcher);
  add('automaton.', matcher.automaton);
  return out;
}

describe('the matcher file', () => {
  it('reads back as the bundled stories’ matcher, array for array', () => {
    const assembled = bundledMatcher();
    const bytes = matcherFileBytes();
    const read = matcherFromBytes(assembled.table, bytes.buffer as ArrayBuffer);
    const expected = arraysOf(assembled);
    expect(Object.keys(expected)).toHaveLength(26);
    // Compared as strings: toEqual walks millions of elements one by one.
    expect(arraysOf(read)).toStrictEqual(expected);
    expect(read.table).toBe(assembled.table);
    // Diagnostics are for the dataset's authors; the file does not carry them.
    expect(read.diagnostics).toEqual([]);
    expect(Buffer.from(matcherToBytes(read)).equals(Buffer.from(bytes))).toBe(true);
  });

  it('is read in small steps for a page: the word table a few thousand slots a step', () => {
    const { table } = bundledMatcher();
    const bytes = matcherFileBytes();
    const steps = matcherFromBytesInSteps(table, bytes.slice().buffer);
    let count = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) count++;
    expect(count).toBeGreaterThan(5);
    expect(arraysOf(step.value)).toStrictEqual(
      arraysOf(matcherFromBytes(table, bytes.slice().buffer)),
    );
  });

  it('is refused when it is of another format or cut short', () => {
    const bytes = matcherFileBytes();
    const { table } = bundledMatcher();
    const other = bytes.slice();
    other[4] = 99; // the format version
    expect(() => matcherFromBytes(table, other.buffer)).toThrow(/not this build’s format/);
    expect(() => matcherFromBytes(table, bytes.slice(0, bytes.length - 8).buffer)).toThrow(
      /cut short/,
    );
    expect(() => matcherFromBytes(table, new ArrayBuffer(2))).toThrow(/format/);
    expect(() => matcherFileLength(other.buffer)).toThrow(/not this build’s format/);
  });

  const packaged = () => {
    const whole = matcherFileBytes();
    return {
      whole,
      parts: packagedMatcherParts(whole).map((p) => p.slice().buffer as ArrayBuffer),
    };
  };
  /** Reads part `n` of `parts`, as the first stage's function does (a missing part: its 404). */
  const reader = (parts: ArrayBuffer[]) => (n: number) =>
    n < parts.length
      ? Promise.resolve(parts[n]!)
      : Promise.reject(new Error(`packaged file ${matcherPart(n)}: 404`));
  const load = (parts: ArrayBuffer[]) => loadMatcher(Promise.resolve(parts[0]!), reader(parts));

  it('ships gzipped in parts, inflated a slice at a time', () => {
    const { whole, parts } = packaged();
    const shipped = Buffer.concat(parts.map((p) => new Uint8Array(p)));
    expect(shipped.length).toBeLessThan(whole.length / 2);
    expect(parts.length).toBe(Math.ceil(shipped.length / MATCHER_PART_BYTES));
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(part.byteLength).toBeLessThanOrEqual(MATCHER_PART_BYTES);
    expect(MATCHER_PART_BYTES).toBeGreaterThan(2 * INFLATE_SLICE_BYTES);
    // The stream's length, then the stream; the same bytes each build (no name, no time in gzip's header).
    expect(shipped.readUInt32LE(0)).toBe(shipped.length - 4);
    expect(shipped.subarray(4).equals(gzipSync(whole, { level: 9 }))).toBe(true);
  });

  it('is inflated back into the whole file, and refused when a part is missing, too long or not gzip', async () => {
    const { whole, parts } = packaged();
    const { table } = bundledMatcher();
    expect(arraysOf(await load(parts))).toStrictEqual(
      arraysOf(matcherFromBytes(table, whole.buffer as ArrayBuffer)),
    );

    await expect(load(parts.slice(0, -1))).rejects.toThrow(/404/);
    const longer = [...parts.slice(0, -1), new ArrayBuffer(parts.at(-1)!.byteLength + 4)];
    await expect(load(longer)).rejects.toThrow(/longer than it says/);
    const notGzip = parts.map((p, n) => (n === 1 ? new ArrayBuffer(p.byteLength) : p));
    await expect(load(notGzip)).rejects.toThrow();
    // A stream of the right length whose file is shorter than its header says.
    const short = packagedMatcherParts(whole.subarray(0, whole.length - 4)).map(
      (p) => p.slice().buffer as ArrayBuffer,
    );
    await expect(load(short)).rejects.toThrow(/not the length its header says/);
  });

  it('is web-accessible, every part, on the pages the content script runs on', () => {
    const pages = manifest.content_scripts.flatMap((script) => script.matches);
    const glob = (pattern: string) =>
      new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
    const { parts } = packaged();
    for (let n = 0; n < parts.length; n++) {
      const entry = manifest.web_accessible_resources.find((e) =>
        e.resources.some((r) => glob(r).test(matcherPart(n))),
      );
      expect(entry?.matches, matcherPart(n)).toEqual(pages);
    }
  });
});

/**
 * The matcher file the extension reads (`src/match/matcher-bytes.ts`): read back, it is the matcher
 * the Node reader assembles, array for array, and a file of another shape is refused. It ships
 * gzipped (`src/match/packaged-matcher.ts`), and the reader inflates it back into the same file.
 */
import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { matcherFileBytes, packagedMatcherFile } from '../../../build/matcher-file-plugin';
import { INFLATE_SLICE_BYTES, loadMatcher } from '../../../extension/content/matcher-file';
import { bundledMatcher } from '../../../src/bundled-reader';
import type { Matcher } from '../../../src/match/matcher';
import {
  matcherFileLength,
  matcherFromBytes,
  matcherFromBytesInSteps,
  matcherToBytes,
} from '../../../src/match/matcher-bytes';
import { MATCHER_FILE } from '../../../src/match/packaged-matcher';
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
    const file = packagedMatcherFile(whole);
    return { whole, file: file.slice().buffer as ArrayBuffer };
  };

  it('ships gzipped, in fewer bytes, inflated over several slices', () => {
    const { whole, file } = packaged();
    expect(file.byteLength).toBeLessThan(whole.length / 2);
    expect(file.byteLength).toBeGreaterThan(2 * INFLATE_SLICE_BYTES);
    // The same bytes each build: no name, no time in gzip's header.
    expect(Buffer.from(packagedMatcherFile(whole)).equals(Buffer.from(file))).toBe(true);
  });

  it('is inflated back into the whole file, and refused when cut short, not gzip or of another length', async () => {
    const { whole, file } = packaged();
    const { table } = bundledMatcher();
    const loaded = await loadMatcher(Promise.resolve(file));
    expect(arraysOf(loaded)).toStrictEqual(
      arraysOf(matcherFromBytes(table, whole.buffer as ArrayBuffer)),
    );

    await expect(
      loadMatcher(Promise.resolve(file.slice(0, file.byteLength - 100))),
    ).rejects.toThrow();
    await expect(
      loadMatcher(Promise.resolve(whole.slice().buffer as ArrayBuffer)),
    ).rejects.toThrow();
    const shorter = gzipSync(whole.subarray(0, whole.length - 4));
    await expect(
      loadMatcher(Promise.resolve(shorter.slice().buffer as ArrayBuffer)),
    ).rejects.toThrow(/not the length its header says/);
    await expect(
      loadMatcher(Promise.reject(new Error(`packaged file ${MATCHER_FILE}: 404`))),
    ).rejects.toThrow(/404/);
  });

  it('is web-accessible on the pages the content script runs on', () => {
    const pages = manifest.content_scripts.flatMap((script) => script.matches);
    const glob = (pattern: string) =>
      new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
    const entry = manifest.web_accessible_resources.find((e) =>
      e.resources.some((r) => glob(r).test(MATCHER_FILE)),
    );
    expect(entry?.matches).toEqual(pages);
  });
});

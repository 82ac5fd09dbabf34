/**
 * The matcher file the extension reads (`src/match/matcher-bytes.ts`): read back, it is the matcher
 * the Node reader assembles, array for array, and a file of another shape is refused. It ships in
 * parts (`src/match/matcher-parts.ts`) that the reader reads back into the same file.
 */
import { describe, expect, it } from 'vitest';
import { matcherFileBytes, matcherFileParts } from '../../../build/matcher-file-plugin';
import { loadMatcher } from '../../../extension/content/matcher-file';
import { bundledMatcher } from '../../../src/bundled-reader';
import type { Matcher } from '../../../src/match/matcher';
import {
  matcherFileLength,
  matcherFromBytes,
  matcherFromBytesInSteps,
  matcherToBytes,
} from '../../../src/match/matcher-bytes';
import { MATCHER_PART_BYTES, matcherPart } from '../../../src/match/matcher-parts';
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

  it('holds a 32-bit array in 16 bits when its values fit (its -1s too), and reads it back at 32', () => {
    const assembled = bundledMatcher();
    expect(Array.from(assembled.automaton.report)).toContain(-1);
    const charToken = assembled.charToken.slice();
    charToken[0] = 0x10000;
    const wider: Matcher = { ...assembled, charToken };
    const bytes = matcherToBytes(wider);
    expect(bytes.length - matcherToBytes(assembled).length).toBe(2 * charToken.length);
    expect(arraysOf(matcherFromBytes(wider.table, bytes.buffer as ArrayBuffer))).toStrictEqual(
      arraysOf(wider),
    );
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

  const parts = () => {
    const whole = matcherFileBytes();
    return { whole, parts: matcherFileParts(whole).map((p) => p.slice().buffer as ArrayBuffer) };
  };

  it('ships in parts, the first read by the first stage, whose header gives the whole length', () => {
    const { whole, parts: shipped } = parts();
    expect(shipped.length).toBe(Math.ceil(whole.length / MATCHER_PART_BYTES));
    expect(shipped.length).toBeGreaterThan(1);
    for (const part of shipped) expect(part.byteLength).toBeLessThanOrEqual(MATCHER_PART_BYTES);
    expect(Buffer.concat(shipped.map((p) => new Uint8Array(p))).equals(Buffer.from(whole))).toBe(
      true,
    );
    expect(matcherFileLength(shipped[0]!)).toBe(whole.length);
  });

  it('is read back from its parts as the whole file, and refused when a part is missing or too long', async () => {
    const { whole, parts: shipped } = parts();
    const { table } = bundledMatcher();
    const files = new Map(shipped.map((part, n) => [n, part]));
    const read = (n: number) =>
      files.has(n)
        ? Promise.resolve(files.get(n)!)
        : Promise.reject(new Error(`packaged file ${matcherPart(n)}: 404`));
    const loaded = await loadMatcher(Promise.resolve(shipped[0]!), read);
    expect(arraysOf(loaded)).toStrictEqual(
      arraysOf(matcherFromBytes(table, whole.buffer as ArrayBuffer)),
    );

    files.delete(shipped.length - 1);
    await expect(loadMatcher(Promise.resolve(shipped[0]!), read)).rejects.toThrow(/404/);
    files.set(shipped.length - 1, new ArrayBuffer(MATCHER_PART_BYTES + 4));
    await expect(loadMatcher(Promise.resolve(shipped[0]!), read)).rejects.toThrow(
      /longer than it says/,
    );
  });

  it('is web-accessible, every part, on the pages the content script runs on', () => {
    const pages = manifest.content_scripts.flatMap((script) => script.matches);
    const glob = (pattern: string) =>
      new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
    const { parts: shipped } = parts();
    for (let n = 0; n < shipped.length; n++) {
      const entry = manifest.web_accessible_resources.find((e) =>
        e.resources.some((r) => glob(r).test(matcherPart(n))),
      );
      expect(entry?.matches, matcherPart(n)).toEqual(pages);
    }
  });
});

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

  /**
   * A matcher with one array (the automaton's when `automaton`) changed, and its file. The array is
   * typed as an Int32Array whatever its kind (a Uint32Array takes the same numbers here).
   */
  const changed = (name: string, change: (array: Int32Array) => void) => {
    const assembled = bundledMatcher();
    const inAutomaton = name.startsWith('automaton.');
    const key = name.replace('automaton.', '');
    const holder = (inAutomaton ? assembled.automaton : assembled) as unknown as Record<
      string,
      Int32Array
    >;
    const array = holder[key]!.slice();
    change(array);
    const matcher: Matcher = inAutomaton
      ? { ...assembled, automaton: { ...assembled.automaton, [key]: array } }
      : { ...assembled, [key]: array };
    const bytes = matcherToBytes(matcher);
    const grew = bytes.length - matcherToBytes(assembled).length;
    return { matcher, bytes, grew, length: array.length };
  };
  const readsBack = ({ matcher, bytes }: ReturnType<typeof changed>) =>
    expect(arraysOf(matcherFromBytes(matcher.table, bytes.buffer as ArrayBuffer))).toStrictEqual(
      arraysOf(matcher),
    );
  const padded = (n: number) => (n + 3) & ~3;

  it('holds a 32-bit array in 16 bits when its values fit (its -1s too), and reads it back at 32', () => {
    expect(Array.from(bundledMatcher().automaton.report)).toContain(-1);
    const wider = changed('automaton.token', (token) => (token[0] = 0x10000));
    expect(wider.grew).toBe(padded(4 * wider.length) - padded(2 * wider.length));
    readsBack(wider);
  });

  it('holds offsets that grow by at most 255 a step as their steps, in 8 bits', () => {
    const offsets = bundledMatcher().useStart;
    expect(offsets[offsets.length - 1]).toBeGreaterThan(0xffff);
    // One step of 256: stored as 32 bits, four times the bytes.
    const steep = changed('useStart', (useStart) => {
      for (let i = 1; i < useStart.length; i++) useStart[i]! += 256;
    });
    expect(steep.grew).toBe(padded(4 * steep.length) - padded(steep.length));
    readsBack(steep);
  });

  it('holds a character table as its runs of one value', () => {
    const classes = bundledMatcher().classes;
    const runs = classes.filter((value, i) => i === 0 || value !== classes[i - 1]).length;
    // Its runs take under a quarter of its 4 bytes a unit.
    expect(8 * runs).toBeLessThan(classes.length);
    // Every other unit a value of its own: the runs would take twice the array, which ships whole.
    const scattered = changed('classes', (changing) => {
      for (let i = 0; i < changing.length; i += 2) changing[i] = 0x80000000 + i;
    });
    expect(scattered.grew).toBe(4 * scattered.length - 8 * runs);
    readsBack(scattered);
    // Negative values come back as written.
    const negative = changed('charToken', (charToken) => charToken.fill(-7, 0, 100));
    readsBack(negative);
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

/**
 * The matcher file the extension reads (`src/match/matcher-bytes.ts`): read back, it is the matcher
 * the Node reader assembles, array for array, and a file of another shape is refused.
 */
import { describe, expect, it } from 'vitest';
import { matcherFileBytes } from '../../../build/matcher-file-plugin';
import { bundledMatcher } from '../../../src/bundled-reader';
import type { Matcher } from '../../../src/match/matcher';
import { matcherFromBytes, matcherToBytes } from '../../../src/match/matcher-bytes';
import { MATCHER_FILE } from '../../../src/match/matcher-path';
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
  });

  it('is web-accessible, on the pages the content script runs on, at the path it is read from', () => {
    const pages = manifest.content_scripts.flatMap((script) => script.matches);
    const entry = manifest.web_accessible_resources.find((e) => e.resources.includes(MATCHER_FILE));
    expect(entry?.matches).toEqual(pages);
  });
});

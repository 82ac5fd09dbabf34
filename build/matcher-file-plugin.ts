/**
 * Writes the reader's matcher file (`src/match/matcher-bytes.ts`) into the extension's package,
 * gzipped and in parts (`src/match/packaged-matcher.ts`): the matcher assembled from
 * `src/match/matcher.generated.json`, as the Node reader assembles it, so the page reads typed
 * arrays instead of assembling them. Runs after `compileCueTable` has brought the
 * generated files in step with the stories.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';
import { assembleMatcher, type PreparedMatcher } from '../src/match/matcher.ts';
import { matcherToBytes } from '../src/match/matcher-bytes.ts';
import { MATCHER_PART_BYTES, matcherPart } from '../src/match/packaged-matcher.ts';
import { tableOfShipped, type ShippedTable } from '../src/match/shipped-table.ts';
import { CUE_TABLE_PATH, MATCHER_PATH } from './compile-matcher-plugin.ts';

/** The matcher file's bytes for the committed cue table and prepared matcher. */
export function matcherFileBytes(): Uint8Array {
  const table = tableOfShipped(JSON.parse(readFileSync(CUE_TABLE_PATH, 'utf8')) as ShippedTable);
  const prepared = JSON.parse(readFileSync(MATCHER_PATH, 'utf8')) as PreparedMatcher;
  return matcherToBytes(assembleMatcher(table, prepared));
}

/**
 * The file as it ships (`packaged-matcher.ts`): gzip at its best level (no name, no time in its
 * header: the same bytes each build) after the stream's length, in parts of at most
 * `MATCHER_PART_BYTES`.
 */
export function packagedMatcherParts(bytes: Uint8Array): Uint8Array[] {
  const gzip = gzipSync(bytes, { level: 9 });
  const file = new Uint8Array(4 + gzip.length);
  new DataView(file.buffer).setUint32(0, gzip.length, true);
  file.set(gzip, 4);
  const parts: Uint8Array[] = [];
  for (let at = 0; at < file.length; at += MATCHER_PART_BYTES)
    parts.push(file.subarray(at, at + MATCHER_PART_BYTES));
  return parts;
}

export function matcherFilePlugin(): Plugin {
  return {
    name: 'crosscheck:matcher-file',
    apply: 'build',
    generateBundle() {
      packagedMatcherParts(matcherFileBytes()).forEach((source, n) =>
        this.emitFile({ type: 'asset', fileName: matcherPart(n), source }),
      );
    },
  };
}

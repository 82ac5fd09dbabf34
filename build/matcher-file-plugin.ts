/**
 * Writes the reader's matcher file (`src/match/matcher-bytes.ts`) into the extension's package,
 * gzipped (`src/match/packaged-matcher.ts`): the matcher assembled from
 * `src/match/matcher.generated.json`, as the Node reader assembles it, so the page reads typed
 * arrays instead of assembling them. Runs after `compileCueTable` has brought the
 * generated files in step with the stories.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';
import { assembleMatcher, type PreparedMatcher } from '../src/match/matcher.ts';
import { matcherToBytes } from '../src/match/matcher-bytes.ts';
import { MATCHER_FILE } from '../src/match/packaged-matcher.ts';
import { tableOfShipped, type ShippedTable } from '../src/match/shipped-table.ts';
import { CUE_TABLE_PATH, MATCHER_PATH } from './compile-matcher-plugin.ts';

/** The matcher file's bytes for the committed cue table and prepared matcher. */
export function matcherFileBytes(): Uint8Array {
  const table = tableOfShipped(JSON.parse(readFileSync(CUE_TABLE_PATH, 'utf8')) as ShippedTable);
  const prepared = JSON.parse(readFileSync(MATCHER_PATH, 'utf8')) as PreparedMatcher;
  return matcherToBytes(assembleMatcher(table, prepared));
}

/** The file as it ships: gzip at its best level (no name, no time in the header: the same bytes each build). */
export function packagedMatcherFile(bytes: Uint8Array): Uint8Array {
  return gzipSync(bytes, { level: 9 });
}

export function matcherFilePlugin(): Plugin {
  return {
    name: 'crosscheck:matcher-file',
    apply: 'build',
    generateBundle() {
      const source = packagedMatcherFile(matcherFileBytes());
      this.emitFile({ type: 'asset', fileName: MATCHER_FILE, source });
    },
  };
}

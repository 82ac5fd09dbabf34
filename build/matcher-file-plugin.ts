/**
 * Writes the reader's matcher file (`src/match/matcher-bytes.ts`) into the extension's package, in
 * parts (`src/match/matcher-parts.ts`): the matcher assembled from
 * `src/match/matcher.generated.json`, as the Node reader assembles it, so the page reads typed
 * arrays instead of assembling them. Runs after `compileCueTable` has brought the
 * generated files in step with the stories.
 */
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { assembleMatcher, type PreparedMatcher } from '../src/match/matcher.ts';
import { matcherToBytes } from '../src/match/matcher-bytes.ts';
import { MATCHER_PART_BYTES, matcherPart } from '../src/match/matcher-parts.ts';
import { tableOfShipped, type ShippedTable } from '../src/match/shipped-table.ts';
import { CUE_TABLE_PATH, MATCHER_PATH } from './compile-matcher-plugin.ts';

/** The matcher file's bytes for the committed cue table and prepared matcher. */
export function matcherFileBytes(): Uint8Array {
  const table = tableOfShipped(JSON.parse(readFileSync(CUE_TABLE_PATH, 'utf8')) as ShippedTable);
  const prepared = JSON.parse(readFileSync(MATCHER_PATH, 'utf8')) as PreparedMatcher;
  return matcherToBytes(assembleMatcher(table, prepared));
}

/** The file in parts of at most `MATCHER_PART_BYTES`, in order (`matcher-parts.ts` says why). */
export function matcherFileParts(bytes: Uint8Array): Uint8Array[] {
  const parts: Uint8Array[] = [];
  for (let at = 0; at < bytes.length; at += MATCHER_PART_BYTES)
    parts.push(bytes.subarray(at, at + MATCHER_PART_BYTES));
  return parts;
}

export function matcherFilePlugin(): Plugin {
  return {
    name: 'crosscheck:matcher-file',
    apply: 'build',
    generateBundle() {
      matcherFileParts(matcherFileBytes()).forEach((source, n) =>
        this.emitFile({ type: 'asset', fileName: matcherPart(n), source }),
      );
    },
  };
}

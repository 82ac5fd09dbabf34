/**
 * Compiles the stories' cue table at build time: `src/match/cue-table.generated.json` holds every
 * cue with its story, fact, verdict and reason, and nothing else, so the content script bundles the
 * cues without the stories' quotes and explanations. The automaton itself is built from this table
 * on first use in the page (a few milliseconds): shipping it pre-built would cost far more bytes.
 *
 * As a Vite plugin, it rewrites the file at `buildStart` when the stories changed; as a script
 * (`npx tsx build/compile-matcher-plugin.ts`), it rewrites it once. A unit test fails when the
 * committed file is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { cueTableFromStories } from '../src/match/cue-table';
import { stories } from '../src/stories/index';

export const CUE_TABLE_PATH = fileURLToPath(
  new URL('../src/match/cue-table.generated.json', import.meta.url),
);

/** The cue table file's content for the current stories (formatted as Prettier would). */
export function cueTableSource(): string {
  return `${JSON.stringify(cueTableFromStories(stories), null, 2)}\n`;
}

/** Writes the cue table when it differs from the stories; returns whether it changed. */
export function writeCueTable(): boolean {
  const next = cueTableSource();
  let current = '';
  try {
    current = readFileSync(CUE_TABLE_PATH, 'utf8');
  } catch {
    // Missing: written below.
  }
  if (current === next) return false;
  writeFileSync(CUE_TABLE_PATH, next);
  return true;
}

/** Keeps `src/match/cue-table.generated.json` in step with the stories before Vite builds. */
export function compileCueTable(): Plugin {
  return {
    name: 'crosscheck:compile-matcher',
    buildStart() {
      if (writeCueTable()) this.warn('src/match/cue-table.generated.json was stale; rewritten');
    },
  };
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(writeCueTable() ? 'cue table rewritten' : 'cue table up to date');
}

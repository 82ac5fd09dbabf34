/**
 * Compiles the stories' cue table at build time: `src/match/cue-table.generated.json` holds every
 * cue with its story, fact, verdict and reason, and nothing else, so the content script bundles the
 * cues without the stories' quotes and explanations. `src/match/matcher.generated.json` holds the
 * matcher prepared from it (cue syntax, number words and folding done; character classes as runs;
 * segments in the order the page's assembly needs), so the page only builds typed arrays, the word
 * table and a small automaton over words (4–9 ms cold instead of 25–50). Those are not shipped
 * built: their arrays gzip to far more bytes than the segments they come from.
 *
 * As a Vite plugin, it rewrites the files at `buildStart` when the stories changed; as a script
 * (`npx tsx build/compile-matcher-plugin.ts`), it rewrites them once. Unit tests fail when a
 * committed file is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { prepareMatcher } from '../src/match/compile.ts';
import { cueTableFromStories } from '../src/match/cue-table.ts';
import { shippedTable } from '../src/match/shipped-table.ts';
import { conceptFiles } from '../src/stories/concepts/index.ts';
import { stories } from '../src/stories/index.ts';
import { validateDataset } from './validate-stories-plugin.ts';

export const CUE_TABLE_PATH = fileURLToPath(
  new URL('../src/match/cue-table.generated.json', import.meta.url),
);

/** The cue table for the current stories, as the JSON value the file must hold. */
export function cueTableValue(): unknown {
  return JSON.parse(JSON.stringify(shippedTable(cueTableFromStories(stories, conceptFiles))));
}

export const MATCHER_PATH = fileURLToPath(
  new URL('../src/match/matcher.generated.json', import.meta.url),
);

/** The prepared matcher for the current stories, as the JSON value the file must hold. */
export function preparedMatcher(): unknown {
  return JSON.parse(JSON.stringify(prepareMatcher(cueTableFromStories(stories, conceptFiles))));
}

function read(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return ''; // missing: written by the caller
  }
}

/**
 * Writes `value` as JSON to `path` when the file holds another value; returns whether it changed.
 * Compared as values and written through Prettier, so the committed file passes `prettier --check`
 * and a build does not rewrite it for layout alone.
 */
async function writeJson(path: string, value: unknown): Promise<boolean> {
  try {
    if (JSON.stringify(JSON.parse(read(path))) === JSON.stringify(value)) return false;
  } catch {
    // Missing or unreadable: written below.
  }
  const { format, resolveConfig } = await import('prettier');
  const options = (await resolveConfig(path)) ?? {};
  writeFileSync(path, await format(JSON.stringify(value), { ...options, filepath: path }));
  return true;
}

/** Writes the cue table when it differs from the stories; returns whether it changed. */
export function writeCueTable(): Promise<boolean> {
  return writeJson(CUE_TABLE_PATH, cueTableValue());
}

/** Writes the prepared matcher when its value differs from the stories'; returns whether it changed. */
export function writeMatcher(): Promise<boolean> {
  return writeJson(MATCHER_PATH, preparedMatcher());
}

/** Keeps `src/match/*.generated.json` in step with the stories before Vite builds. */
export function compileCueTable(): Plugin {
  return {
    name: 'crosscheck:compile-matcher',
    async buildStart() {
      if (await writeCueTable())
        this.warn('src/match/cue-table.generated.json was stale; rewritten');
      if (await writeMatcher()) this.warn('src/match/matcher.generated.json was stale; rewritten');
    },
  };
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  // As the build does before it compiles: a concept word the cue syntax rejects would otherwise be
  // compiled as it stands, and read wrongly without a word said.
  try {
    validateDataset();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
  console.log((await writeCueTable()) ? 'cue table rewritten' : 'cue table up to date');
  console.log((await writeMatcher()) ? 'matcher rewritten' : 'matcher up to date');
}

/**
 * Derives the first stage's anchors at build time (`src/anchors/derive.ts`) and writes them to
 * `src/anchors/anchors.generated.json`, which the content script every page gets imports. Inputs:
 * the stories and concept files (through the compiled cue table), the word counts of
 * `build/anchor-words.json` (`npm run anchors:words`), and reference texts about other things in
 * the repository (the corpus copies, the blind-written negatives, the near-misses). The file records
 * a hash of its inputs: a build whose inputs did not change keeps it without deriving again. The
 * build fails when the first stage's normalisation could read a page differently from the matcher
 * where an anchor could be (`disagreements`).
 *
 * As a script (`npx tsx build/anchors-plugin.ts`) it rewrites the file once. A unit test fails when
 * the committed file is stale.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import {
  anchorCharacters,
  deriveAnchors,
  type AnchorSpec,
  type WordCounts,
} from '../src/anchors/derive.ts';
import { disagreements } from '../src/anchors/tables.ts';
import { cueTableFromStories } from '../src/match/cue-table.ts';
import { conceptFiles } from '../src/stories/concepts/index.ts';
import { stories } from '../src/stories/index.ts';
import { htmlText } from './html-text.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const ANCHORS_PATH = join(ROOT, 'src/anchors/anchors.generated.json');
const WORDS_PATH = join(ROOT, 'build/anchor-words.json');
/** Pages and texts about other things, from the repository root. */
const REFERENCE_DIRS = [
  'test/fixtures/corpus',
  'test/fixtures/own/other',
  'test/fixtures/text/near-misses',
];

/** The generated file: the spec, and the hash of the inputs it was derived from. */
export interface AnchorsFile extends AnchorSpec {
  readonly inputs: string;
}

function referenceTexts(): string[] {
  return REFERENCE_DIRS.flatMap((dir) =>
    readdirSync(join(ROOT, dir))
      .filter((name) => name.endsWith('.html') || name.endsWith('.txt'))
      .sort()
      .map((name) => {
        const text = readFileSync(join(ROOT, dir, name), 'utf8');
        return name.endsWith('.html') ? htmlText(text) : text;
      }),
  );
}

/** The anchors file for the current stories and reference, derived again only when needed. */
export function anchorsFile(current?: AnchorsFile): AnchorsFile {
  const table = cueTableFromStories(stories, conceptFiles);
  const reference = referenceTexts();
  const words = readFileSync(WORDS_PATH, 'utf8');
  const inputs = createHash('sha256')
    .update(JSON.stringify(table))
    .update(JSON.stringify(reference))
    .update(words)
    .update(readFileSync(join(ROOT, 'src/anchors/derive.ts')))
    .update(readFileSync(join(ROOT, 'src/anchors/tables.ts')))
    .update(readFileSync(join(ROOT, 'src/anchors/pieces.ts')))
    .update(readFileSync(join(ROOT, 'src/anchors/normalize.ts')))
    .digest('hex')
    .slice(0, 16);
  if (current?.inputs === inputs) return current;
  const spec = deriveAnchors(table, reference, JSON.parse(words) as WordCounts);
  const problems = disagreements(spec, anchorCharacters(spec));
  if (problems.length > 0)
    throw new Error(
      `the first stage would read text unlike the matcher:\n${problems.slice(0, 20).join('\n')}`,
    );
  return { inputs, ...spec };
}

function readCurrent(): AnchorsFile | undefined {
  try {
    return JSON.parse(readFileSync(ANCHORS_PATH, 'utf8')) as AnchorsFile;
  } catch {
    return undefined;
  }
}

/** Writes the anchors file when it is stale; returns whether it changed. */
export function writeAnchors(): boolean {
  const current = readCurrent();
  const next = anchorsFile(current);
  if (next === current) return false;
  writeFileSync(ANCHORS_PATH, `${JSON.stringify(next)}\n`);
  return true;
}

/** Keeps `src/anchors/anchors.generated.json` in step with the stories before Vite builds. */
export function deriveAnchorsPlugin(): Plugin {
  return {
    name: 'crosscheck:anchors',
    buildStart() {
      if (writeAnchors()) this.warn('src/anchors/anchors.generated.json was stale; rewritten');
    },
  };
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(writeAnchors() ? 'anchors rewritten' : 'anchors up to date');
}

/**
 * Derives the first stage's anchors at build time (`src/anchors/derive.ts`) and writes them to three
 * files (`AnchorSpecs`): `src/anchors/first.generated.json`, the rarest words of the stories'
 * contexts, which the content script every page gets imports; `src/anchors/context.generated.json`,
 * all the contexts' words, which it loads only on a page that has those; and
 * `src/anchors/anchors.generated.json`, the stories' anchors, which it loads only on a page that has
 * those words. Inputs: the stories and concept files (through the compiled cue table), the word
 * counts of `build/anchor-words.json` (`npm run anchors:words`), and reference texts about other
 * things in the repository (the corpus copies, the blind-written negatives, the near-misses). Each
 * file records a hash of the inputs: a build whose inputs did not change keeps them without deriving
 * again. The build fails when the first stage's normalisation could read a page differently from
 * the matcher where an anchor could be (`disagreements`).
 *
 * As a script (`npx tsx build/anchors-plugin.ts`) it rewrites the files once. A unit test fails when
 * the committed files are stale.
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
  type AnchorSpecs,
  type ReferenceTexts,
  type WordCounts,
} from '../src/anchors/derive.ts';
import { contextPatterns } from '../src/anchors/context-patterns.ts';
import { disagreements } from '../src/anchors/tables.ts';
import { cueTableFromStories } from '../src/match/cue-table.ts';
import { conceptFiles } from '../src/stories/concepts/index.ts';
import { stories } from '../src/stories/index.ts';
import { htmlText } from './html-text.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const ANCHORS_PATHS: { readonly [K in keyof AnchorSpecs]: string } = {
  first: join(ROOT, 'src/anchors/first.generated.json'),
  context: join(ROOT, 'src/anchors/context.generated.json'),
  stories: join(ROOT, 'src/anchors/anchors.generated.json'),
};
const NAMES = Object.keys(ANCHORS_PATHS) as (keyof AnchorSpecs)[];
/** The reference text's word counts (`npm run anchors:words` writes them). */
export const WORDS_PATH = join(ROOT, 'build/anchor-words.json');
/** Pages and texts about other things, from the repository root (`ReferenceTexts`). */
const REFERENCE_DIRS = {
  pages: ['test/fixtures/corpus'],
  nearMisses: [
    'test/fixtures/own/other',
    'test/fixtures/fresh/other',
    'test/fixtures/text/near-misses',
  ],
} as const;

/** A generated file: a spec, and the hash of the inputs it was derived from. */
export interface AnchorsFile extends AnchorSpec {
  readonly inputs: string;
}

/** A context step's file: its groups' RegExp sources too (`contextPatterns`), which it ships. */
export interface ContextFile extends AnchorsFile {
  readonly patterns: readonly string[];
}

export interface AnchorsFiles {
  readonly first: ContextFile;
  readonly context: ContextFile;
  readonly stories: AnchorsFile;
}

function textsIn(dirs: readonly string[]): string[] {
  return dirs.flatMap((dir) =>
    readdirSync(join(ROOT, dir))
      .filter((name) => name.endsWith('.html') || name.endsWith('.txt'))
      .sort()
      .map((name) => {
        const text = readFileSync(join(ROOT, dir, name), 'utf8');
        return name.endsWith('.html') ? htmlText(text) : text;
      }),
  );
}

/** The anchors files for the current stories and reference, derived again only when needed. */
export function anchorsFiles(current?: Partial<AnchorsFiles>): AnchorsFiles {
  const table = cueTableFromStories(stories, conceptFiles);
  const reference: ReferenceTexts = {
    pages: textsIn(REFERENCE_DIRS.pages),
    nearMisses: textsIn(REFERENCE_DIRS.nearMisses),
  };
  const words = readFileSync(WORDS_PATH, 'utf8');
  const inputs = createHash('sha256')
    .update(JSON.stringify(table))
    .update(JSON.stringify(reference))
    .update(words)
    .update(readFileSync(join(ROOT, 'src/anchors/derive.ts')))
    .update(readFileSync(join(ROOT, 'src/anchors/tables.ts')))
    .update(readFileSync(join(ROOT, 'src/anchors/pieces.ts')))
    .update(readFileSync(join(ROOT, 'src/anchors/parts.ts')))
    .update(readFileSync(join(ROOT, 'src/anchors/normalize.ts')))
    .update(readFileSync(join(ROOT, 'src/anchors/context-patterns.ts')))
    .digest('hex')
    .slice(0, 16);
  if (NAMES.every((name) => current?.[name]?.inputs === inputs)) return current as AnchorsFiles;
  const specs = deriveAnchors(table, reference, JSON.parse(words) as WordCounts);
  for (const spec of Object.values(specs)) {
    const problems = disagreements(spec, anchorCharacters(spec));
    if (problems.length > 0)
      throw new Error(
        `the first stage would read text unlike the matcher:\n${problems.slice(0, 20).join('\n')}`,
      );
  }
  return {
    first: { inputs, ...specs.first, patterns: contextPatterns(specs.first) },
    context: { inputs, ...specs.context, patterns: contextPatterns(specs.context) },
    stories: { inputs, ...specs.stories },
  };
}

function readFile(path: string): AnchorsFile | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as AnchorsFile;
  } catch {
    return undefined;
  }
}

/** Writes the anchors files when they are stale; returns whether they changed. */
export function writeAnchors(): boolean {
  const current = Object.fromEntries(NAMES.map((name) => [name, readFile(ANCHORS_PATHS[name])]));
  const next = anchorsFiles(current);
  if (NAMES.every((name) => next[name] === current[name])) return false;
  for (const name of NAMES) writeFileSync(ANCHORS_PATHS[name], `${JSON.stringify(next[name])}\n`);
  return true;
}

/** Keeps the anchors files in step with the stories before Vite builds. */
export function deriveAnchorsPlugin(): Plugin {
  return {
    name: 'crosscheck:anchors',
    buildStart() {
      if (writeAnchors()) this.warn('src/anchors/*.generated.json were stale; rewritten');
    },
  };
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(writeAnchors() ? 'anchors rewritten' : 'anchors up to date');
}

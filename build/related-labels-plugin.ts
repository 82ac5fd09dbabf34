/**
 * Spells out the labels of links to other pages (`src/text/related-label.ts`) at build time into
 * `src/text/related-labels.generated.json`, which the furniture check imports: a page parses a
 * JSON list instead of the pattern (`src/text/label-pattern.ts` says what that cost).
 *
 * As a Vite plugin, it rewrites the file at `buildStart` when the pattern changed; as a script
 * (`npx tsx build/related-labels-plugin.ts`), it rewrites it once. A unit test fails when the
 * committed file is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { labelSet } from '../src/text/label-pattern.ts';
import { RELATED_LABEL } from '../src/text/related-label.ts';

export const RELATED_LABELS_PATH = fileURLToPath(
  new URL('../src/text/related-labels.generated.json', import.meta.url),
);

/** The marks for a word and for any character (`label-pattern.ts`), escaped so the file shows them. */
const escapeMarks = (json: string): string =>
  json.replace(/[\uE000\uE001]/g, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** The file's text for the current pattern. */
export const relatedLabelsText = (): string =>
  `${escapeMarks(JSON.stringify(labelSet(RELATED_LABEL)))}\n`;

/** Writes the file when it differs from the pattern's labels; returns whether it changed. */
export function writeRelatedLabels(): boolean {
  const text = relatedLabelsText();
  let committed = '';
  try {
    committed = readFileSync(RELATED_LABELS_PATH, 'utf8');
  } catch {
    // Missing: written below.
  }
  if (committed === text) return false;
  writeFileSync(RELATED_LABELS_PATH, text);
  return true;
}

/** Keeps `src/text/related-labels.generated.json` in step with the pattern before Vite builds. */
export function relatedLabelsPlugin(): Plugin {
  return {
    name: 'crosscheck:related-labels',
    buildStart() {
      if (writeRelatedLabels())
        this.warn('src/text/related-labels.generated.json was stale; rewritten');
    },
  };
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(writeRelatedLabels() ? 'related labels rewritten' : 'related labels up to date');
}

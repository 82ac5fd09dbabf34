/**
 * Real pages nobody on the team wrote (test/fixtures/corpus/ always; every page of
 * ../shared/corpus/ when it is there, as in CI): none is about the story, nothing is marked.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../../src/bundled-reader';
import { htmlToBlocks } from './helpers/html-blocks';
import { CORPUS_COPIES, SHARED_CORPUS } from './helpers/paths';

function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...htmlFiles(path));
    else if (name.endsWith('.html')) out.push(path);
  }
  return out;
}

function expectNotAbout(path: string): void {
  const blocks = htmlToBlocks(readFileSync(path, 'utf8'));
  const reading = readPage(blocks);
  expect(reading.relevance.relevant, `${path}: ${reading.relevance.reason}`).toBe(false);
  expect(reading.mentions).toEqual([]);
}

describe('corpus pages copied into the repository', () => {
  const files = htmlFiles(CORPUS_COPIES);
  it('include a Chinese page, a Russian page and a large page', () => {
    expect(files.some((f) => f.endsWith('qq.html'))).toBe(true);
    expect(files.some((f) => f.endsWith('wday-ru.html'))).toBe(true);
    expect(files.some((f) => statSync(f).size > 1_000_000)).toBe(true);
  });
  for (const file of files) {
    it(`${relative(CORPUS_COPIES, file)}: not about the story, nothing marked`, () => {
      expectNotAbout(file);
    });
  }
});

describe('the shared corpus (../shared/corpus)', () => {
  const present = existsSync(SHARED_CORPUS);
  if (!present) {
    console.warn(`../shared/corpus is absent (${SHARED_CORPUS}): the full corpus sweep is skipped`);
  }
  it.skipIf(!present)(
    'has its 159 pages, none about the story, nothing marked',
    () => {
      const files = htmlFiles(SHARED_CORPUS);
      expect(files.length).toBe(159);
      const flagged: string[] = [];
      for (const file of files) {
        const reading = readPage(htmlToBlocks(readFileSync(file, 'utf8')));
        if (reading.relevance.relevant || reading.mentions.length > 0) {
          flagged.push(`${relative(SHARED_CORPUS, file)}: ${reading.relevance.reason}`);
        }
      }
      expect(flagged).toEqual([]);
    },
    60_000,
  );
});

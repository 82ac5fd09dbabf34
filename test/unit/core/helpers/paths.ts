/** Where the core's fixtures live, from the repository root. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
export const SEEDS = join(ROOT, 'test/fixtures/seeds');
export const TEXT = join(ROOT, 'test/fixtures/text');
export const CORPUS_COPIES = join(ROOT, 'test/fixtures/corpus');
/** The shared corpus beside the repository (present in CI, maybe not on a fresh clone). */
export const SHARED_CORPUS = join(ROOT, '..', 'shared', 'corpus');

/** The five source articles: file name (without .txt) and text. */
export function seedArticles(): { name: string; text: string }[] {
  return readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ name: f.replace(/\.txt$/, ''), text: readFileSync(join(SEEDS, f), 'utf8') }));
}

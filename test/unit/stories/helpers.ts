/** Shared by the story tests: the real dataset, read from disk, and a reader for its articles. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const STORY_FILE = 'src/stories/china-crypto-exchange-block-2018.json';

export function readRepoFile(path: string): string {
  return readFileSync(ROOT + path, 'utf8');
}

/** Raw story JSON that tests reach into and break freely: untyped on purpose. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type RawJson = Record<string, any>;

/** A fresh copy of the raw story JSON, to read or to break. */
export function rawStory(): RawJson {
  return JSON.parse(readRepoFile(STORY_FILE)) as RawJson;
}

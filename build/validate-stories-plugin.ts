/**
 * Fails the build when a story, its translations or the concept files are invalid: at
 * `buildStart`, every `src/stories/*.json` is read and checked with `validateStory` (schema, known
 * ids, quotes found in their articles), then its folder `src/stories/<story-id>/` with
 * `validateTranslations` (every locale has every text, `originals.json` still matches); every
 * `src/stories/concepts/*.json` with `validateConceptFile`, and the stories' frames against the
 * concepts (`checkFrames`). The StoryError message (file, fact, field, language, reason) becomes
 * the build error.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import type { ConceptFile, Story } from '../src/stories/schema.ts';
import { StoryError, validateStory } from '../src/stories/validate.ts';
import { checkFrames, validateConceptFile } from '../src/stories/validate-concepts.ts';
import { validateTranslations } from '../src/stories/validate-translations.ts';

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Reads and parses a JSON file, or throws an error naming it. */
function readJson(root: string, file: string): unknown {
  try {
    return JSON.parse(readFileSync(join(root, file), 'utf8'));
  } catch (error) {
    throw new StoryError([
      `${file}: not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
    ]);
  }
}

/** Every JSON file of a story's translation folder, parsed, by file name. */
export function readTranslations(root: string, dir: string): Map<string, unknown> {
  const files = new Map<string, unknown>();
  if (!existsSync(join(root, dir))) return files;
  for (const name of readdirSync(join(root, dir)).sort())
    if (name.endsWith('.json')) files.set(name, readJson(root, `${dir}/${name}`));
  return files;
}

/** The JSON files of a folder, from the repository root, sorted. */
function jsonFiles(root: string, dir: string): string[] {
  return readdirSync(join(root, dir))
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => `${dir}/${name}`);
}

/**
 * Validates every story, its translations and the concept files under `root` (the repository's);
 * throws a StoryError naming the file, the field and the reason. `watch` is told of every file read.
 */
export function validateDataset(root = REPO_ROOT, watch: (path: string) => void = () => {}): void {
  const stories: { file: string; json: unknown; story: Story }[] = [];
  for (const file of jsonFiles(root, 'src/stories')) {
    watch(join(root, file));
    const json = readJson(root, file);
    const story = validateStory(json, file, (article) => {
      const articlePath = join(root, article);
      watch(articlePath);
      return readFileSync(articlePath, 'utf8');
    });
    const translations = `src/stories/${story.id}`;
    for (const name of existsSync(join(root, translations))
      ? readdirSync(join(root, translations))
      : [])
      watch(join(root, translations, name));
    validateTranslations(story, translations, readTranslations(root, translations));
    stories.push({ file, json, story });
  }
  const concepts: { file: string; data: ConceptFile }[] = [];
  for (const file of jsonFiles(root, 'src/stories/concepts')) {
    watch(join(root, file));
    concepts.push({ file, data: validateConceptFile(readJson(root, file), file) });
  }
  checkFrames(stories, concepts);
}

/** Validates the bundled stories before Vite builds anything. `root` defaults to the repository. */
export function validateStories(options: { root?: string } = {}): Plugin {
  const root = options.root ?? REPO_ROOT;
  return {
    name: 'crosscheck:validate-stories',
    buildStart() {
      try {
        validateDataset(root, (path) => this.addWatchFile(path));
      } catch (error) {
        if (error instanceof StoryError) this.error(error.message);
        throw error;
      }
    },
  };
}

/**
 * Fails the build when a story or concept file is invalid: at `buildStart`, every `src/stories/*.json`
 * is read and checked with `validateStory` (schema, known ids, quotes found in their articles), every
 * `src/stories/concepts/*.json` with `validateConceptFile`, and the stories' frames against the
 * concepts (`checkFrames`); the StoryError message (file, fact, field, reason) becomes the build error.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import type { ConceptFile, Story } from '../src/stories/schema';
import { StoryError, validateStory } from '../src/stories/validate';
import { checkFrames, validateConceptFile } from '../src/stories/validate-concepts';

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Validates the bundled stories before Vite builds anything. `root` defaults to the repository. */
export function validateStories(options: { root?: string } = {}): Plugin {
  const root = options.root ?? REPO_ROOT;
  return {
    name: 'crosscheck:validate-stories',
    buildStart() {
      const readJson = (file: string): unknown => {
        const path = join(root, file);
        this.addWatchFile(path);
        try {
          return JSON.parse(readFileSync(path, 'utf8'));
        } catch (error) {
          return this.error(
            `${file}: not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
          );
        }
      };
      const jsonFiles = (dir: string): string[] =>
        readdirSync(join(root, dir))
          .filter((name) => name.endsWith('.json'))
          .sort()
          .map((name) => `${dir}/${name}`);
      try {
        const stories: { file: string; json: unknown; story: Story }[] = [];
        for (const file of jsonFiles('src/stories')) {
          const json = readJson(file);
          const story = validateStory(json, file, (article) => {
            const articlePath = join(root, article);
            this.addWatchFile(articlePath);
            return readFileSync(articlePath, 'utf8');
          });
          stories.push({ file, json, story });
        }
        const concepts: { file: string; data: ConceptFile }[] = [];
        for (const file of jsonFiles('src/stories/concepts'))
          concepts.push({ file, data: validateConceptFile(readJson(file), file) });
        checkFrames(stories, concepts);
      } catch (error) {
        if (error instanceof StoryError) this.error(error.message);
        throw error;
      }
    },
  };
}

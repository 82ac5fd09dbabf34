/**
 * Fails the build when a story file is invalid: at `buildStart`, every `src/stories/*.json` is read and
 * checked with `validateStory` (schema, known ids, quotes found in their articles), and the StoryError
 * message (file, fact, field, reason) becomes the build error.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { StoryError, validateStory } from '../src/stories/validate';

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Validates the bundled stories before Vite builds anything. `root` defaults to the repository. */
export function validateStories(options: { root?: string } = {}): Plugin {
  const root = options.root ?? REPO_ROOT;
  return {
    name: 'crosscheck:validate-stories',
    buildStart() {
      const dir = join(root, 'src', 'stories');
      const files = readdirSync(dir)
        .filter((name) => name.endsWith('.json'))
        .sort();
      for (const name of files) {
        const file = `src/stories/${name}`;
        const path = join(root, file);
        this.addWatchFile(path);
        let json: unknown;
        try {
          json = JSON.parse(readFileSync(path, 'utf8'));
        } catch (error) {
          this.error(
            `${file}: not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
          );
        }
        try {
          validateStory(json, file, (article) => {
            const articlePath = join(root, article);
            this.addWatchFile(articlePath);
            return readFileSync(articlePath, 'utf8');
          });
        } catch (error) {
          if (error instanceof StoryError) this.error(error.message);
          throw error;
        }
      }
    },
  };
}

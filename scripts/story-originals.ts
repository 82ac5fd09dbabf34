/**
 * `npm run stories:originals`: writes `src/stories/<story-id>/originals.json`, the texts every
 * translation in that folder was made from. Run it once the translations follow an edited English
 * text: until then the build reports the text as changed since it was translated.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { stories } from '../src/stories/index';
import { ORIGINALS_FILE, originalsSource } from '../src/stories/validate-translations.ts';

const ROOT = resolve(import.meta.dirname, '..');

for (const story of stories) {
  const dir = resolve(ROOT, 'src/stories', story.id);
  mkdirSync(dir, { recursive: true });
  writeFileSync(resolve(dir, ORIGINALS_FILE), originalsSource(story));
  console.log(`src/stories/${story.id}/${ORIGINALS_FILE}`);
}

/**
 * A story's translation into the reader's language (`src/stories/<story-id>/<locale>.json`), each
 * file a chunk of its own loaded on demand: the card chunk and the popup load the reader's only.
 */
import type { Locale } from '../../src/i18n/locales';
import type { StoryTranslation } from '../../src/stories/translation';
import type { Reading } from '../../src/view/story-text';

const FILES = import.meta.glob<StoryTranslation>(
  ['../../src/stories/*/*.json', '!../../src/stories/*/originals.json'],
  { import: 'default' },
);

/** The story's text for a reader of `locale` (no translation file: the original). */
export async function loadReading(storyId: string, locale: Locale): Promise<Reading> {
  const load = FILES[`../../src/stories/${storyId}/${locale}.json`];
  return { locale, translation: load === undefined ? null : await load() };
}

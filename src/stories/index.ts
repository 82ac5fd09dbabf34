/**
 * The bundled stories, typed.
 *
 * The JSON is imported as is and cast to `Story`, not parsed with the schema at run time: every story
 * file is validated when the extension is built (`build/validate-stories-plugin.ts` fails the build)
 * and when the unit tests run, so a parse on every page load would only cost time and pull zod into
 * the content script's bundle. `import type` keeps zod out of this module's graph.
 */
import type { Story } from './schema.ts';
import chinaCryptoExchangeBlock2018 from './china-crypto-exchange-block-2018.json' with { type: 'json' };

/** Every bundled story, in a stable order (by id). */
export const stories: readonly Story[] = [chinaCryptoExchangeBlock2018 as Story];

const byId = new Map(stories.map((story) => [story.id, story]));

/** The story with this id, or undefined. */
export function storyById(id: string): Story | undefined {
  return byId.get(id);
}

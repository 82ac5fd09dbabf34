/**
 * The popup's page facts, from the core's view model (`src/view/page-facts.ts`) and the content
 * script's PageState. Pure: it reads the bundled story and the PageState, never the page.
 */
import type { Mention } from '../../src/read-page';
import { storyById } from '../../src/stories';
import { pageFactsView } from '../../src/view/page-facts';
import type { Reading } from '../../src/view/story-text';
import type { PageState } from '../platform/messages';
import type { PageFactRow } from '../ui/PageFacts';

/**
 * One entry per fact the page states, in page order, pointing at its first mention, with the
 * count of its mentions left unmarked (`unmarked`, from the PageState); the story's text in the
 * reader's language (`reading`).
 */
export function pageFacts(
  storyId: string,
  mentions: PageState['mentions'],
  reading?: Reading,
  unmarked: PageState['unmarked'] = [],
): PageFactRow[] {
  if (storyById(storyId) === undefined) return [];
  const ordered = [...mentions].sort((a, b) => a.index - b.index);
  // The core takes the reader's mentions; only the fields it reads are meaningful here.
  const asRead = ordered.map((m): Mention => ({
    block: 0,
    start: 0,
    end: 0,
    words: [],
    ranges: [],
    storyId,
    factId: m.factId,
    cue: '',
    lang: m.lang,
    verdict: m.verdict,
    ...(m.reason !== undefined ? { reason: m.reason } : {}),
  }));
  return pageFactsView(storyId, asRead, reading).map((f) => {
    const first = ordered[f.firstMention]!;
    const more = unmarked.find((u) => u.factId === f.factId)?.count ?? 0;
    return { ...f, text: first.text, textLang: first.lang, index: first.index, unmarked: more };
  });
}

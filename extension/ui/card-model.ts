/**
 * The card's model for one fact, from the core's view model (`src/view/fact-card.ts`), which
 * imports every story: only the lazily loaded card chunk may import this module.
 */
import { factCardView, type PageWording } from '../../src/view/fact-card';
import type { Reading } from '../../src/view/story-text';
import type { FactCardModel } from './FactCard';

export function factCardModel(
  storyId: string,
  factId: string,
  pageWordings: readonly PageWording[],
  reading?: Reading,
): FactCardModel | null {
  let view;
  try {
    view = factCardView(storyId, factId, pageWordings, reading);
  } catch {
    return null; // an unknown story or fact: the card says it has nothing to show
  }
  return {
    language: view.language,
    title: view.title,
    statement: view.statement,
    reporting: view.agreement.reporting,
    total: view.agreement.total,
    accounts: view.differingAccounts.map((a) => ({
      outlet: a.source.outlet,
      quote: a.quote,
      quoteLang: a.source.language,
      ...(a.quoteTranslation !== undefined ? { translation: a.quoteTranslation } : {}),
      ...(a.note !== undefined ? { note: a.note } : {}),
    })),
    differences: view.differences.map((d) => d.explanation),
    pageWordings: view.page.lines,
  };
}

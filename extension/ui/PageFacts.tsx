import { t } from '../platform/i18n';
import type { PageFact } from './summary-model';
import Verdict from './Verdict';

export type PageFactsProps = {
  facts: PageFact[];
  /** Scrolls the page to mention `index` and focuses it. */
  onFocus: (index: number) => void;
};

/** What this page says, fact by fact, each with its verdict and a button to its first mention. */
export default function PageFacts({ facts, onFocus }: PageFactsProps) {
  return (
    <ol class="cc-page-facts" data-testid="page-facts">
      {facts.map((fact) => (
        <li key={fact.factId} data-fact={fact.factId} data-verdict={fact.verdict}>
          <div class="cc-page-fact-head">
            <strong>{fact.title}</strong>
            <Verdict verdict={fact.verdict} />
          </div>
          <p class="cc-page-quote">
            <q>{fact.text}</q>
            {fact.mentionCount > 1 && (
              <span class="cc-muted cc-small">
                {' '}
                · {t('popupMentionCount', String(fact.mentionCount))}
              </span>
            )}
          </p>
          {fact.reason && <p class="cc-small">{fact.reason}</p>}
          <button
            type="button"
            class="cc-button cc-show"
            data-testid="focus-mention"
            data-index={fact.index}
            aria-label={t('popupShowOnPageLabel', fact.title)}
            onClick={() => onFocus(fact.index)}
          >
            {t('popupShowOnPage')}
          </button>
        </li>
      ))}
    </ol>
  );
}

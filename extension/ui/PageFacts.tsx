import { t, tn } from '../platform/i18n';
import { VERDICTS } from '../../src/stories/vocabulary';
import type { Language, TextLanguage } from '../../src/view/types';
import type { PageFact } from '../../src/view/page-facts';
import Verdict from './Verdict';

/** A fact the page states (the core's view), with the page's own words and its mention's index. */
export interface PageFactRow extends PageFact {
  /** The page's words (the first mention's text). */
  text: string;
  /** Their language. */
  textLang: Language;
  /** The first mention's index: what `focus-mention` scrolls to. */
  index: number;
  /** Mentions of the fact found on the page but not marked (past the bound on marks per fact). */
  unmarked?: number;
}

export type PageFactsProps = {
  facts: PageFactRow[];
  /** The language of the facts' titles and reasons as shown, when the story is known. */
  language: TextLanguage | undefined;
  /** Scrolls the page to mention `index` and focuses it. */
  onFocus: (index: number) => void;
};

/** What this page says, fact by fact, each with its verdict and a button to its first mention. */
export default function PageFacts({ facts, language, onFocus }: PageFactsProps) {
  const tally = VERDICTS.map((v) => [v, facts.filter((f) => f.verdict === v).length] as const);
  return (
    <>
      <p class="cc-tally" data-testid="verdict-tally">
        {tally
          .filter(([, n]) => n > 0)
          .map(([verdict, n]) => (
            <span key={verdict} class="cc-tally-item">
              <Verdict verdict={verdict} /> ×{n}
            </span>
          ))}
      </p>
      <ol class="cc-page-facts" data-testid="page-facts">
        {facts.map((fact) => (
          <li key={fact.factId} data-fact={fact.factId} data-verdict={fact.verdict}>
            <div class="cc-page-fact-head">
              <strong lang={language}>{fact.title}</strong>
              <Verdict verdict={fact.verdict} />
            </div>
            <div class="cc-page-quote-row">
              <p class="cc-page-quote">
                <q lang={fact.textLang} dir="auto">
                  {fact.text}
                </q>
                {fact.mentionCount > 1 && (
                  <span class="cc-muted cc-small">
                    {' '}
                    · {tn('popupMentionCount', fact.mentionCount)}
                  </span>
                )}
                {(fact.unmarked ?? 0) > 0 && (
                  <span class="cc-muted cc-small" data-testid="unmarked-count">
                    {' '}
                    · {t('popupMoreUnmarked', String(fact.unmarked))}
                  </span>
                )}
              </p>
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
            </div>
            {fact.reasons.map((reason) => (
              <p key={reason} class="cc-small cc-reason" lang={language}>
                {reason}
              </p>
            ))}
          </li>
        ))}
      </ol>
    </>
  );
}

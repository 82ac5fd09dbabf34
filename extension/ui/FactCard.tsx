import type { PageWording } from '../../src/view/fact-card';
import type { Translated } from '../../src/view/story-text';
import type { Language, TextLanguage } from '../../src/view/types';
import { t, tAround, tn, uiLanguage } from '../platform/i18n';
import Translation from './Translation';
import Verdict from './Verdict';

/** What the card shows for one fact (built from the core's view model by the card chunk). */
export interface FactCardModel {
  /** The language of the story's own text as shown: title, statement, notes, differences, reasons. */
  language: TextLanguage;
  title: string;
  /** The consolidated statement of the fact. */
  statement: string;
  /** Outlets reporting the fact, of `total` in the story. */
  reporting: number;
  total: number;
  /** Outlets whose account differs, each in its own words (translated when the reader's are others). */
  accounts: {
    outlet: string;
    quote: string;
    quoteLang: Language;
    translation?: Translated;
    note?: string;
  }[];
  /** Plain-language explanations of the differences. */
  differences: string[];
  /** The page's own wordings of the fact, judged. */
  pageWordings: PageWording[];
}

export type FactCardProps = {
  /** Null while the model could not be built (unknown fact): the card says so. */
  model: FactCardModel | null;
  /** Element id of the card; its title gets `${id}-title`. */
  id: string;
  /** Pinned (clicked, Enter): a non-modal dialog with a close button; otherwise a tooltip. */
  pinned: boolean;
  onClose: () => void;
  onCompare: () => void;
};

/** The fact card: consolidated statement, agreement, the outlets that differ in their own words. */
export default function FactCard({ model, id, pinned, onClose, onCompare }: FactCardProps) {
  const titleId = `${id}-title`;
  const role = pinned ? 'dialog' : 'tooltip';
  if (!model) {
    return (
      <div
        class="cc-card"
        id={id}
        role={role}
        lang={uiLanguage()}
        tabIndex={-1}
        data-testid="fact-card"
      >
        <p class="cc-card__statement">{t('cardUnavailable')}</p>
      </div>
    );
  }
  const pageSays = tAround('cardPageSays');
  const [open, close] = tAround('quoted');
  return (
    <div
      class="cc-card"
      id={id}
      role={role}
      aria-modal={pinned ? 'false' : undefined}
      aria-labelledby={titleId}
      lang={uiLanguage()}
      tabIndex={-1}
      data-testid="fact-card"
      data-pinned={pinned ? 'true' : 'false'}
    >
      <div class="cc-card__head">
        <span class="cc-card__brand" aria-hidden="true">
          Crosscheck
        </span>
        <h2 class="cc-card__title" id={titleId} lang={model.language}>
          {model.title}
        </h2>
        {pinned && (
          <button
            type="button"
            class="cc-card__close"
            aria-label={t('cardClose')}
            title={t('cardClose')}
            onClick={onClose}
            data-testid="card-close"
          >
            <span aria-hidden="true">×</span>
          </button>
        )}
      </div>
      <p class="cc-card__statement" data-testid="card-statement" lang={model.language}>
        {model.statement}
      </p>
      <p class="cc-card__agreement" data-testid="card-agreement">
        <span class="cc-card__dots" aria-hidden="true">
          {Array.from({ length: model.total }, (_, i) => (
            <span class={i < model.reporting ? 'cc-dot cc-dot--on' : 'cc-dot'} />
          ))}
        </span>
        {tn('cardAgreement', model.reporting, [model.reporting, model.total])}
      </p>
      {model.pageWordings.length > 0 && (
        <ul class="cc-card__page" data-testid="card-page">
          {model.pageWordings.map((w) => (
            <li>
              <Verdict verdict={w.verdict} />{' '}
              <span>
                {pageSays[0]}
                {/* The page's own words: isolated, in their own direction (Arabic, Persian). */}
                <bdi lang={w.lang}>{w.text}</bdi>
                {pageSays[1]}
                {w.reason && (
                  <>
                    {'; '}
                    <span lang={model.language}>{w.reason}</span>
                  </>
                )}
              </span>
              {w.words && (
                <span class="cc-card__matched" data-testid="card-matched">
                  {t('cardMatchedWords')} <bdi lang={w.lang}>{w.words.join(' · ')}</bdi>
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      {model.accounts.length > 0 ? (
        <section class="cc-card__section">
          <h3 class="cc-card__heading">{t('cardDiffering')}</h3>
          <ul class="cc-card__accounts">
            {model.accounts.map((a) => (
              <li data-testid="card-account">
                <span class="cc-card__outlet" data-testid="card-outlet">
                  {a.outlet}
                </span>
                <blockquote class="cc-card__quote" data-testid="card-quote">
                  {open}
                  <span lang={a.quoteLang}>{a.quote}</span>
                  {close}
                </blockquote>
                {a.translation && <Translation translation={a.translation} />}
                {a.note && (
                  <p class="cc-card__note" lang={model.language}>
                    {a.note}
                  </p>
                )}
              </li>
            ))}
          </ul>
        </section>
      ) : (
        <p class="cc-card__note">{t('cardAllAgree')}</p>
      )}
      {model.differences.length > 0 && (
        <section class="cc-card__section">
          <h3 class="cc-card__heading">{t('cardDifferences')}</h3>
          <ul class="cc-card__differences" lang={model.language}>
            {model.differences.map((d) => (
              <li>{d}</li>
            ))}
          </ul>
        </section>
      )}
      <div class="cc-card__foot">
        <button
          type="button"
          class="cc-card__compare"
          onClick={onCompare}
          data-testid="card-compare"
        >
          {t('cardCompare')}
        </button>
      </div>
    </div>
  );
}

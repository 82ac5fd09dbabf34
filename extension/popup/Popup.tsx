import { MIN_FACTS_WITH_STRONG_CUE } from '../../src/relevance/gate';
import { formatList, t, tAround, tn } from '../platform/i18n';
import type { PageState } from '../platform/messages';
import type { TextLanguage } from '../../src/view/types';
import type { StorySummaryView } from '../../src/view/story-summary';
import PageFacts, { type PageFactRow } from '../ui/PageFacts';
import StorySummary from '../ui/StorySummary';

/** Where the popup stands on its page. */
export type PagePhase =
  | { kind: 'loading' }
  /** The story view opened from a card ("compare all outlets"): no page. */
  | { kind: 'story-only' }
  /** A page Crosscheck cannot run on (browser pages, stores, files). */
  | { kind: 'unsupported' }
  /** An http(s) page whose content script did not answer (opened before the extension was). */
  | { kind: 'unread'; site: string }
  | { kind: 'read'; state: PageState };

export type PopupProps = {
  phase: PagePhase;
  /** Crosscheck runs on the page's site (the switch); null where the switch does not apply. */
  enabled: boolean | null;
  story: StorySummaryView | null;
  facts: PageFactRow[];
  /** Fact titles by id, to name the facts the relevance gate saw. */
  factTitle: (id: string) => string;
  onToggle: (on: boolean) => void;
  onFocus: (index: number) => void;
  /** Set after a "show on page" that found nothing to focus. */
  focusFailed?: boolean;
};

function plainList(items: string[]): string {
  return formatList(items.map((s) => t('quoted', s)));
}

function NotAboutTheStory({
  state,
  factTitle,
  language,
}: {
  state: PageState;
  factTitle: (id: string) => string;
  /** The language of the fact titles as shown, when the story is known. */
  language: TextLanguage | undefined;
}) {
  const [seenBefore, seenAfter] = tAround('popupFactsSeen');
  const evidence = state.evidence.find((e) => e.storyId === state.storyId) ?? state.evidence[0];
  const facts = evidence?.facts ?? [];
  return (
    <div class="cc-status" data-testid="not-relevant" role="status">
      <p>
        <strong>{t('popupNotAboutStory')}</strong>
      </p>
      <p>
        {facts.length === 0
          ? t('popupNoFactsMentioned')
          : (evidence?.strongCues.length ?? 0) === 0
            ? tn('popupSomeFactsNoStrong', facts.length)
            : tn('popupSomeFactsMentioned', facts.length, [
                facts.length,
                tn('popupSpecificPhrases', evidence?.strongCues.length ?? 0),
              ])}
      </p>
      {facts.length > 0 && (
        <p class="cc-small" data-testid="evidence-facts">
          {seenBefore}
          <span lang={language}>{plainList(facts.map(factTitle))}</span>
          {seenAfter}
        </p>
      )}
      <p class="cc-small cc-muted">
        {t('popupGateRule', tn('popupFactCount', MIN_FACTS_WITH_STRONG_CUE))}
      </p>
    </div>
  );
}

function ThisPage(props: PopupProps) {
  const { phase } = props;
  switch (phase.kind) {
    case 'loading':
      return <p class="cc-muted">{t('popupLoading')}</p>;
    case 'story-only':
      return null;
    case 'unsupported':
      return (
        <p class="cc-status" data-testid="unsupported">
          {t('popupUnsupported')}
        </p>
      );
    case 'unread':
      return (
        <p class="cc-status" data-testid="unread">
          {t('popupUnread')}
        </p>
      );
    case 'read': {
      const { state } = phase;
      if (!state.enabled || props.enabled === false) {
        return (
          <p class="cc-status" data-testid="disabled" role="status">
            {t('popupOffHere', state.site)}
          </p>
        );
      }
      if (!state.relevant && !state.passing)
        return (
          <NotAboutTheStory
            state={state}
            factTitle={props.factTitle}
            language={props.story?.language}
          />
        );
      return (
        <>
          {state.passing && (
            <p class="cc-status" data-testid="passing" role="status">
              {t('popupPassing')}
            </p>
          )}
          <p data-testid="page-intro">
            {tn('popupPageIntro', props.facts.length, [
              props.facts.length,
              tn('popupMarkedPassages', state.mentions.length),
            ])}
          </p>
          {props.facts.some((f) => (f.unmarked ?? 0) > 0) && (
            <p class="cc-small cc-muted" data-testid="mark-limit">
              {t('popupMarkLimit', String(state.markLimit ?? 0))}
            </p>
          )}
          {props.focusFailed && (
            <p class="cc-status" role="alert">
              {t('popupFocusFailed')}
            </p>
          )}
          <PageFacts facts={props.facts} language={props.story?.language} onFocus={props.onFocus} />
        </>
      );
    }
  }
}

function siteOfPhase(phase: PagePhase): string | null {
  if (phase.kind === 'read') return phase.state.site;
  if (phase.kind === 'unread') return phase.site;
  return null;
}

/** The toolbar popup: the site switch, what this page says, then the story summary. */
export default function Popup(props: PopupProps) {
  const site = siteOfPhase(props.phase);
  const storyOnly = props.phase.kind === 'story-only';
  return (
    // tabIndex -1: Firefox puts a scroll container in the tab order; the switch should come first
    // (keys still scroll it from any focused control inside).
    <div class={`cc-popup${storyOnly ? ' cc-popup-wide' : ''}`} data-testid="popup" tabIndex={-1}>
      <header class="cc-header">
        <h1>{t('extensionName')}</h1>
        {site !== null && props.enabled !== null && (
          <label class="cc-switch" data-testid="site-switch-label">
            <input
              type="checkbox"
              role="switch"
              data-testid="site-switch"
              checked={props.enabled}
              onChange={(event) => props.onToggle(event.currentTarget.checked)}
            />
            <span class="cc-switch-track" aria-hidden="true" />
            <span class="cc-switch-text">{t('popupSiteSwitch', site)}</span>
          </label>
        )}
      </header>
      <main>
        {!storyOnly && (
          <section class="cc-this-page" aria-labelledby="cc-page-title">
            <h2 id="cc-page-title">{t('popupThisPageHeading')}</h2>
            <ThisPage {...props} />
          </section>
        )}
        {props.story && <StorySummary story={props.story} />}
      </main>
    </div>
  );
}

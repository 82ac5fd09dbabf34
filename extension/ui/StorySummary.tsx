import { t } from '../platform/i18n';
import SourceList from './SourceList';
import type { StorySummaryView } from '../../src/view/story-summary';
import SourceMatrix, { disagrees } from './SourceMatrix';
import Timeline from './Timeline';

export type StorySummaryProps = {
  story: StorySummaryView;
  /** Heading level of the summary's own heading (its sections go one deeper). */
  level?: 2 | 3;
};

/** The whole story at a glance: consolidated facts, the source matrix, the timeline, the outlets. */
export default function StorySummary({ story, level = 2 }: StorySummaryProps) {
  const H = `h${level}` as 'h2';
  const Sub = `h${level + 1}` as 'h3';
  const total = story.sources.length;
  return (
    <section class="cc-story" aria-labelledby="cc-story-title" data-testid="story-summary">
      <H id="cc-story-title">{t('popupStoryHeading')}</H>
      <p class="cc-story-title" lang={story.language}>
        <strong>{story.title}</strong>
      </p>
      <p class="cc-story-summary" lang={story.language}>
        {story.summary}
      </p>

      <section aria-labelledby="cc-matrix-title">
        <Sub id="cc-matrix-title">{t('matrixHeading')}</Sub>
        <p class="cc-muted cc-small">{t('matrixIntro')}</p>
        <SourceMatrix sources={story.sources} facts={story.facts} language={story.language} />
      </section>

      <section aria-labelledby="cc-facts-title">
        <Sub id="cc-facts-title">{t('popupConsolidatedHeading')}</Sub>
        <ul class="cc-consolidated" data-testid="consolidated-facts">
          {story.facts.map((fact) => {
            const cells = Object.values(fact.cells).filter((c) => c !== undefined);
            const split = cells.some((c) => disagrees(c.relation));
            return (
              <li key={fact.id} data-fact={fact.id}>
                <details>
                  <summary>
                    <span>
                      {split && <span class="cc-split">! </span>}
                      <span lang={story.language}>{fact.title}</span>
                    </span>
                    <span class="cc-count">{t('popupReportedByCount', [cells.length, total])}</span>
                  </summary>
                  <p lang={story.language}>{fact.statement}</p>
                  {split && <p class="cc-small cc-split">{t('matrixDisagreement')}</p>}
                  {fact.differences.length > 0 && (
                    <ul class="cc-differences" lang={story.language}>
                      {fact.differences.map((d, i) => (
                        <li key={i}>{d}</li>
                      ))}
                    </ul>
                  )}
                </details>
              </li>
            );
          })}
        </ul>
      </section>

      {story.timeline.length > 0 && (
        <section aria-labelledby="cc-timeline-title">
          <Sub id="cc-timeline-title">{t('timelineHeading')}</Sub>
          <Timeline events={story.timeline} language={story.language} />
        </section>
      )}

      <section aria-labelledby="cc-sources-title">
        <Sub id="cc-sources-title">{t('popupSourcesHeading')}</Sub>
        <SourceList sources={story.sources} language={story.language} />
      </section>
    </section>
  );
}

import { formatList, t, uiLanguage } from '../platform/i18n';
import type { TimelineEvent } from '../../src/view/story-summary';
import type { TextLanguage } from '../../src/view/types';

export type TimelineProps = {
  events: TimelineEvent[];
  /** The language of the events' labels as shown. */
  language: TextLanguage;
};

/** `2018-08-22` as the reader's locale writes it, no more precise than the source. */
export function formatDate(date: string, language = uiLanguage()): string {
  const [year, month, day] = date.split('-').map(Number);
  if (year === undefined || Number.isNaN(year)) return date;
  const options: Intl.DateTimeFormatOptions = { year: 'numeric', timeZone: 'UTC' };
  if (month !== undefined) options.month = 'short';
  if (day !== undefined) options.day = 'numeric';
  try {
    return new Intl.DateTimeFormat(language, options).format(
      new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1)),
    );
  } catch {
    return date;
  }
}

/** The story's dated events in order, each with the outlets that report it. */
export default function Timeline({ events, language }: TimelineProps) {
  const sorted = [...events].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return (
    <ol class="cc-timeline" data-testid="timeline">
      {sorted.map((event, i) => (
        <li key={`${event.date}-${i}`}>
          <time dateTime={event.date}>{formatDate(event.date)}</time>
          <span class="cc-timeline-label" lang={language}>
            {event.label}
          </span>
          <span class="cc-timeline-sources">
            {t('timelineReportedBy', formatList(event.sources.map((s) => s.outlet)))}
          </span>
        </li>
      ))}
    </ol>
  );
}

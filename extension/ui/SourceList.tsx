import { t, uiLanguage } from '../platform/i18n';
import type { SummarySource } from '../../src/view/story-summary';
import type { TextLanguage } from '../../src/view/types';
import Translation from './Translation';

export type SourceListProps = {
  sources: SummarySource[];
  /** The language of the notes as shown (a headline is in its source's). */
  language: TextLanguage;
};

/** A language's name in the reader's language ("Russian", "俄语", "russe"). */
function languageName(code: string): string {
  try {
    return new Intl.DisplayNames([uiLanguage()], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Each outlet with its headline and what a reader should know about its article. */
export default function SourceList({ sources, language }: SourceListProps) {
  return (
    <ul class="cc-sources" data-testid="source-list">
      {sources.map((source) => (
        <li key={source.id} data-source={source.id}>
          <div class="cc-source-head">
            <strong>{source.outlet}</strong>
            {source.domain && <span class="cc-muted">{source.domain}</span>}
            <span class="cc-chip">{languageName(source.language)}</span>
            {source.translatedFrom && (
              <span class="cc-chip cc-chip-warn">
                {t('popupMachineTranslated', languageName(source.translatedFrom))}
              </span>
            )}
          </div>
          <p class="cc-headline">
            {source.headline === null ? (
              <span class="cc-muted">{t('popupNoHeadline')}</span>
            ) : (
              <q lang={source.language}>{source.headline}</q>
            )}
          </p>
          {source.headlineTranslation && (
            <Translation translation={source.headlineTranslation} class="cc-small" />
          )}
          {source.notes.length > 0 && (
            <ul class="cc-notes" lang={language}>
              {source.notes.map((note, i) => (
                <li key={i}>{note}</li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}

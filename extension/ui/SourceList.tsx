import { t } from '../platform/i18n';
import type { SummarySource } from '../../src/view/story-summary';
import type { Language } from '../../src/view/types';

export type SourceListProps = {
  sources: SummarySource[];
  /** The language of the notes (the story's own; a headline is in its source's). */
  language: Language;
};

const LANGUAGE_KEYS: Record<string, string> = {
  en: 'popupLanguageEn',
  zh: 'popupLanguageZh',
  ru: 'popupLanguageRu',
};

function languageName(code: string): string {
  const key = LANGUAGE_KEYS[code];
  return key ? t(key) : code;
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

import type { Translated } from '../../src/view/story-text';
import { t } from '../platform/i18n';

export type TranslationProps = {
  /** The translation of the words just above it, in the reader's language. */
  translation: Translated;
  class?: string;
};

/**
 * A source's own words translated for the reader, shown under the original and marked as a
 * translation in words (the label) and in form (no quotation marks, no italics).
 */
export default function Translation({ translation, class: extra }: TranslationProps) {
  return (
    <p class={extra ? `cc-translation ${extra}` : 'cc-translation'} data-testid="translation">
      <span class="cc-translation__label">{t('translationLabel')}</span>
      <span lang={translation.lang}>{translation.text}</span>
    </p>
  );
}

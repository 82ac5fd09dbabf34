/**
 * A mark's screen-reader description ("Crosscheck fact, Rounded. Press Enter…"), in the reader's
 * language. The content script loads no strings until a page has marks: the first marks wait for
 * them (a few milliseconds), later ones are described at once.
 */
import type { Verdict } from '../../src/stories/vocabulary';
import { hasLocale, t } from '../platform/i18n';
import { applyReaderLocale } from '../platform/locale';
import { verdictLabel } from './verdict-label';

const waiting: [HTMLElement, Verdict][] = [];
let loading = false;

function describe(mark: HTMLElement, verdict: Verdict): void {
  mark.setAttribute('aria-description', t('markDescription', verdictLabel(verdict)));
}

export function describeMark(mark: HTMLElement, verdict: Verdict): void {
  if (hasLocale()) {
    describe(mark, verdict);
    return;
  }
  waiting.push([mark, verdict]);
  if (loading) return;
  loading = true;
  void applyReaderLocale()
    .catch((error: unknown) => console.warn('Crosscheck: no interface strings', error))
    .finally(() => {
      loading = false;
      const batch = waiting.splice(0);
      if (hasLocale()) for (const [m, v] of batch) describe(m, v);
    });
}

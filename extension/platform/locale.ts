/**
 * Which language the reader gets: the one chosen on the options page, or by default the browser's
 * own (its interface language), when Crosscheck speaks it; English otherwise.
 */
import { pickLocale, type Locale } from '../../src/i18n/locales';
import { browser } from './browser';
import { setLocale } from './i18n';
import { loadSettings, type Settings } from './settings';

/** The browser's interface language, as a locale Crosscheck speaks (else English). */
export function browserLocale(): Locale {
  return pickLocale([browser.i18n.getUILanguage()]);
}

export function readerLocale(settings: Pick<Settings, 'language'>): Locale {
  return settings.language === 'auto' ? browserLocale() : settings.language;
}

/** Reads the setting, loads that language's strings and makes them the active ones. */
export async function applyReaderLocale(): Promise<Locale> {
  const locale = readerLocale(await loadSettings());
  await setLocale(locale);
  return locale;
}

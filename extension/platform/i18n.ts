/**
 * UI strings through the browser's i18n (`public/_locales/<locale>/messages.json`; English and
 * Chinese). A key the locale lacks falls back to English inside the browser; an unknown key returns
 * the key itself, so a missing string shows up in tests rather than as an empty label.
 */
import { browser } from './browser';

export function t(key: string, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

/** The UI language the browser chose for us (`en`, `zh-CN`…), for `lang` attributes. */
export function uiLanguage(): string {
  return browser.i18n.getUILanguage();
}

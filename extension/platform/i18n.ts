/**
 * UI strings through the browser's i18n (`public/_locales/<locale>/messages.json`; English and
 * Chinese). A key the locale lacks falls back to English inside the browser; an unknown key returns
 * the key itself, so a missing string shows up in tests rather than as an empty label.
 */
import { browser } from './browser';

export function t(key: string, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

/**
 * A message with one substitution, split around it: the caller renders the substituted text as its
 * own element (its own `lang`, say) between the two parts.
 */
export function tAround(key: string): [before: string, after: string] {
  const marker = '\ue000'; // a private-use character: never in a message
  const message = t(key, marker);
  const at = message.indexOf(marker);
  return at < 0 ? [message, ''] : [message.slice(0, at), message.slice(at + marker.length)];
}

/**
 * The language of the UI strings as shown (`en`, `zh-CN`), for `lang` attributes and dates: each
 * locale file names its own. Not `getUILanguage()`: a browser in French shows our English strings.
 */
export function uiLanguage(): string {
  return t('uiLanguage');
}

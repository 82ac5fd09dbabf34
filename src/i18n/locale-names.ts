/**
 * Each language named in itself, for the language choice on the options page (a module of its own,
 * so the content script, which never names a language, does not carry the names).
 */
import type { Locale } from './locales';

export const LOCALE_NAMES: Record<Locale, string> = {
  en: 'English',
  'zh-CN': '简体中文',
  'zh-TW': '繁體中文',
  ja: '日本語',
  ko: '한국어',
  de: 'Deutsch',
  fr: 'Français',
  'pt-BR': 'Português (Brasil)',
  es: 'Español',
  ru: 'Русский',
};

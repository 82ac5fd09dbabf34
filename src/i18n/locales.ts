/**
 * The languages Crosscheck speaks: its interface (`public/_locales/<dir>/messages.json`) and the
 * stories' own text (`src/stories/<story-id>/<locale>.json`). Pure data and matching, shared by the
 * validator, the views and the extension. To add a language, see "Add a language" in the README.
 */

/** BCP 47 tags, English first (the original of every text). */
export const LOCALES = [
  'en',
  'zh-CN',
  'zh-TW',
  'ja',
  'ko',
  'de',
  'fr',
  'pt-BR',
  'es',
  'ru',
] as const;
export type Locale = (typeof LOCALES)[number];

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}

/** The folder of a locale under `public/_locales/` (the browsers' form: `zh_CN`, `pt_BR`). */
export function localeDir(locale: Locale): string {
  return locale.replace('-', '_');
}

/** The language a locale writes (`zh-TW` -> `zh`): a quote in that language needs no translation. */
export function baseLanguage(tag: string): string {
  return tag.split(/[-_]/)[0]!.toLowerCase();
}

/** Chinese written in traditional characters: Taiwan, Hong Kong, Macau, or an explicit script. */
const TRADITIONAL = /^zh[-_](hant|tw|hk|mo)\b/i;

/**
 * The locale that serves a reader whose language is `tag` (`de-AT` -> `de`, `zh-HK` -> `zh-TW`,
 * `pt-PT` -> `pt-BR`, `en-GB` -> `en`), or null when Crosscheck does not speak it.
 */
export function matchLocale(tag: string): Locale | null {
  const exact = LOCALES.find((l) => l.toLowerCase() === tag.replace('_', '-').toLowerCase());
  if (exact !== undefined) return exact;
  const base = baseLanguage(tag);
  if (base === 'zh') return TRADITIONAL.test(tag) ? 'zh-TW' : 'zh-CN';
  if (base === 'pt') return 'pt-BR';
  return LOCALES.find((l) => l === base) ?? null;
}

/** The first of `tags` (most preferred first) that Crosscheck speaks, else English. */
export function pickLocale(tags: readonly string[]): Locale {
  for (const tag of tags) {
    const locale = matchLocale(tag);
    if (locale !== null) return locale;
  }
  return 'en';
}

/** Which locale serves which reader. */
import { describe, expect, it } from 'vitest';
import { LOCALE_NAMES } from '../../../src/i18n/locale-names';
import {
  LOCALES,
  baseLanguage,
  localeDir,
  matchLocale,
  pickLocale,
} from '../../../src/i18n/locales';

describe('locales', () => {
  it('speaks ten languages, English first, each named in itself', () => {
    expect(LOCALES).toEqual(['en', 'zh-CN', 'zh-TW', 'ja', 'ko', 'de', 'fr', 'pt-BR', 'es', 'ru']);
    for (const locale of LOCALES) expect(LOCALE_NAMES[locale].length).toBeGreaterThan(0);
    expect(localeDir('pt-BR')).toBe('pt_BR');
    expect(baseLanguage('zh-TW')).toBe('zh');
  });

  it.each([
    ['en-US', 'en'],
    ['en-GB', 'en'],
    ['de-AT', 'de'],
    ['de', 'de'],
    ['fr-CA', 'fr'],
    ['es-419', 'es'],
    ['es-MX', 'es'],
    ['pt-BR', 'pt-BR'],
    ['pt-PT', 'pt-BR'],
    ['pt', 'pt-BR'],
    ['zh-CN', 'zh-CN'],
    ['zh_CN', 'zh-CN'],
    ['zh', 'zh-CN'],
    ['zh-SG', 'zh-CN'],
    ['zh-Hans', 'zh-CN'],
    ['zh-TW', 'zh-TW'],
    ['zh-HK', 'zh-TW'],
    ['zh-Hant-HK', 'zh-TW'],
    ['ja-JP', 'ja'],
    ['ko-KR', 'ko'],
    ['ru-RU', 'ru'],
    ['it-IT', null],
    ['', null],
  ])('serves a reader in %s with %s', (tag, locale) => {
    expect(matchLocale(tag)).toBe(locale);
  });

  it('takes the first language it speaks, else English', () => {
    expect(pickLocale(['it', 'de-CH', 'fr'])).toBe('de');
    expect(pickLocale(['it', 'nl'])).toBe('en');
    expect(pickLocale([])).toBe('en');
  });
});

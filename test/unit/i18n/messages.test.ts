/**
 * The interface strings (`public/_locales/<dir>/messages.json`): every locale has every message,
 * in the plural forms its language needs, with the same substitutions as English; no message is
 * left unused or missing from the code; the store texts fit the stores' limits.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES, localeDir, type Locale } from '../../../src/i18n/locales';
import { ROOT } from '../core/helpers/paths';

type Messages = Record<string, { message: string; description?: string }>;

const read = (locale: Locale): Messages =>
  JSON.parse(
    readFileSync(join(ROOT, 'public/_locales', localeDir(locale), 'messages.json'), 'utf8'),
  ) as Messages;

const PLURAL = /_(zero|one|two|few|many|other)$/;
const english = read('en');
const baseKeys = [...new Set(Object.keys(english).map((k) => k.replace(PLURAL, '')))];
const pluralKeys = baseKeys.filter((k) => `${k}_other` in english);

/** The plural categories a locale's integers from 0 to 1000 fall into. */
function integerCategories(locale: Locale): Set<string> {
  const rules = new Intl.PluralRules(locale);
  return new Set(Array.from({ length: 1001 }, (_, n) => rules.select(n)));
}

const placeholders = (message: string) => [...new Set(message.match(/\$\d/g) ?? [])].sort();

/** Every source file of the extension, for the keys it uses. */
function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sources(join(dir, entry.name))
      : /\.(ts|tsx)$/.test(entry.name)
        ? [readFileSync(join(ROOT, dir, entry.name), 'utf8')]
        : [],
  );
}
const code = [...sources('extension'), readFileSync(join(ROOT, 'manifest.json'), 'utf8')].join(
  '\n',
);

describe('interface strings', () => {
  it('has a folder for every locale and no other', () => {
    expect(readdirSync(join(ROOT, 'public/_locales')).sort()).toEqual(
      LOCALES.map(localeDir).sort(),
    );
  });

  it('describes every English message for translators', () => {
    for (const [key, entry] of Object.entries(english))
      expect(entry.description?.length ?? 0, key).toBeGreaterThan(0);
  });

  describe.each(LOCALES.filter((l) => l !== 'en'))('%s', (locale) => {
    const messages = read(locale);
    const needed = integerCategories(locale);

    it('has every message, in each plural form its language needs, and nothing else', () => {
      const expected = new Set<string>();
      for (const key of baseKeys) {
        if (!pluralKeys.includes(key)) expected.add(key);
        else for (const category of ['other', ...needed]) expected.add(`${key}_${category}`);
      }
      const extra = Object.keys(messages).filter(
        (k) => !expected.has(k) && !(PLURAL.test(k) && pluralKeys.includes(k.replace(PLURAL, ''))),
      );
      expect(extra).toEqual([]);
      expect([...expected].filter((k) => !(k in messages))).toEqual([]);
    });

    it('keeps the substitutions of English', () => {
      for (const [key, entry] of Object.entries(messages)) {
        const base = key.replace(PLURAL, '');
        const original = english[key] ?? english[`${base}_other`];
        expect(placeholders(entry.message), `${locale} ${key}`).toEqual(
          placeholders(original!.message),
        );
      }
    });

    it('is translated (no sentence left in English)', () => {
      for (const [key, entry] of Object.entries(messages)) {
        const original = english[key]?.message;
        if (original !== undefined && /\s\w+\s\w+\s/.test(original))
          expect(entry.message, `${locale} ${key}`).not.toBe(original);
      }
    });
  });

  it('fits the store limits: name ≤ 45 characters, description ≤ 132', () => {
    for (const locale of LOCALES) {
      const messages = read(locale);
      expect(messages.extensionName!.message.length, locale).toBeLessThanOrEqual(45);
      expect(messages.extensionDescription!.message.length, locale).toBeLessThanOrEqual(132);
    }
  });

  it('has every key the code uses, and the code uses every key', () => {
    const used = new Set(
      [...code.matchAll(/\btn?\(\s*'([A-Za-z]+)'|__MSG_(\w+)__|'([a-z]+[A-Z][A-Za-z]+)'/g)].map(
        (m) => m[1] ?? m[2] ?? m[3],
      ),
    );
    for (const key of baseKeys) expect(used.has(key), `unused: ${key}`).toBe(true);
    const called = [...code.matchAll(/\btn?\(\s*'([A-Za-z]+)'/g)].map((m) => m[1]!);
    for (const key of called) expect(baseKeys, `missing: ${key}`).toContain(key);
  });
});

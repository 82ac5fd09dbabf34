/**
 * The story's text in every locale (`src/stories/<story-id>/<locale>.json`): complete, in step with
 * the English original (`originals.json`), stable when re-formatted, and actually translated. One
 * test per kind of broken translation checks the message names the file, the fact and the language.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readTranslations } from '../../../build/validate-stories-plugin';
import { LOCALES } from '../../../src/i18n/locales';
import { stories } from '../../../src/stories/index';
import type { Story } from '../../../src/stories/schema';
import { textAt, textUnits } from '../../../src/stories/translation';
import { StoryError } from '../../../src/stories/validate';
import { originalsSource, validateTranslations } from '../../../src/stories/validate-translations';
import { ROOT, type RawJson } from './helpers';

const story = stories[0]!;
const DIR = `src/stories/${story.id}`;
const files = () => readTranslations(ROOT, DIR) as Map<string, RawJson>;
const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** The validator's message after `breakIt` changed a copy of the files (or of the story). */
function messageFor(breakIt: (files: Map<string, RawJson>, story: RawJson) => void): string {
  const copy = new Map([...files()].map(([name, json]) => [name, clone(json)]));
  const broken = clone(story) as RawJson;
  breakIt(copy, broken);
  try {
    validateTranslations(broken as Story, DIR, copy);
  } catch (error) {
    expect(error).toBeInstanceOf(StoryError);
    return (error as StoryError).message;
  }
  throw new Error('expected the broken translations to be rejected');
}

describe('the story in every language', () => {
  it('has every text in every locale, in step with the English', () => {
    expect(() => validateTranslations(story, DIR, files())).not.toThrow();
    expect([...files().keys()].sort()).toEqual(
      ['originals.json', ...LOCALES.filter((l) => l !== 'en').map((l) => `${l}.json`)].sort(),
    );
  });

  it('keeps originals.json as npm run stories:originals writes it', () => {
    expect(readFileSync(`${ROOT}${DIR}/originals.json`, 'utf8')).toBe(originalsSource(story));
  });

  it.each(LOCALES.filter((l) => l !== 'en'))('%s is stable when re-formatted', (locale) => {
    const text = readFileSync(`${ROOT}${DIR}/${locale}.json`, 'utf8');
    expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
  });

  const SCRIPT: Partial<Record<string, RegExp>> = {
    'zh-CN': /\p{Script=Han}/u,
    'zh-TW': /\p{Script=Han}/u,
    ja: /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u,
    ko: /\p{Script=Hangul}/u,
    ru: /\p{Script=Cyrillic}/u,
  };
  it.each(LOCALES.filter((l) => l !== 'en'))('%s leaves no sentence in English', (locale) => {
    const json = files().get(`${locale}.json`);
    for (const unit of textUnits(story)) {
      // A value may be an outlet's own name for a thing ("Shanghai Securities Times").
      if (unit.path.at(-1) === 'value') continue;
      const text = textAt(json, unit.path)!;
      if (/\s\w+\s\w+\s/.test(unit.original))
        expect(text, `${locale}: ${unit.where}`).not.toBe(unit.original);
      const script = SCRIPT[locale];
      if (script) expect(text, `${locale}: ${unit.where}`).toMatch(script);
    }
  });

  it('names the file, fact and language of a missing text', () => {
    const message = messageFor((f) => delete f.get('ja.json')!.facts['exchange-count'].title);
    expect(message).toBe(
      `${DIR}/ja.json: fact "exchange-count", title: missing its ja text (original: "How many offshore platforms")`,
    );
  });

  it('names the fact of a missing verdict reason, wherever in the fact the reason is', () => {
    const message = messageFor((_, s) => {
      const fact = s.facts.find((f: { id: string }) => f.id === 'block-plan');
      fact.frames = [{ words: ['closed'], verdict: 'beyond', reason: 'A new reason.' }];
    });
    for (const locale of LOCALES.filter((l) => l !== 'en'))
      expect(message).toContain(
        `${DIR}/${locale}.json: fact "block-plan", reason "A new reason.": missing its ${locale} text`,
      );
  });

  it('catches an English text edited after it was translated', () => {
    const message = messageFor((_, s) => {
      s.facts.find((f: { id: string }) => f.id === 'regulator').differences[0].explanation =
        'Three names for one body.';
    });
    expect(message).toMatch(
      new RegExp(
        `^${DIR}/originals.json: fact "regulator", differences\\[0\\]: changed since it was translated \\(was "One body, three names`,
      ),
    );
  });

  it('rejects a translation of a fact the story does not have (a renamed id)', () => {
    const message = messageFor((f) => {
      const facts = f.get('de.json')!.facts;
      facts['count-of-exchanges'] = facts['exchange-count'];
      delete facts['exchange-count'];
    });
    expect(message).toContain(
      `${DIR}/de.json: fact "count-of-exchanges", title: not in the story (a renamed id, or a removed text?)`,
    );
    expect(message).toContain(`${DIR}/de.json: fact "exchange-count", title: missing its de text`);
  });

  it('rejects a quote "translated" into its own language', () => {
    const message = messageFor((f) =>
      f.set('en.json', {
        facts: { 'exchange-count': { statements: { cryptovest: { quote: 'x' } } } },
      }),
    );
    expect(message).toBe(
      `${DIR}/en.json: fact "exchange-count", quote of "cryptovest": needs no en text (the original is in en)`,
    );
  });

  it('names a locale without a file, and a file for a locale it does not speak', () => {
    const message = messageFor((f) => {
      f.set('it.json', f.get('fr.json')!);
      f.delete('fr.json');
    });
    expect(message).toContain(`${DIR}/it.json: not a locale Crosscheck speaks`);
    expect(message).toMatch(new RegExp(`${DIR}/fr.json: missing: \\d+ texts need a fr version`));
  });

  it('rejects a text of the wrong shape', () => {
    const message = messageFor((f) => (f.get('ko.json')!.timeline[2] = ''));
    expect(message).toBe(`${DIR}/ko.json: timeline[2]: must not be empty`);
  });
});

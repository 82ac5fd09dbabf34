/**
 * Validates a story's translations (`src/stories/<story-id>/`): each locale's file has every text
 * its readers need, nothing the story lacks, and `originals.json` still matches the story, so a
 * text edited in English after it was translated is caught rather than shown out of date.
 * Pure: the caller reads the files (tests, the build plugin).
 */
import { LOCALES, isLocale, type Locale } from '../i18n/locales.ts';
import type { Story } from './schema.ts';
import {
  needsTranslation,
  originalsOf,
  textAt,
  textUnits,
  type TextPath,
  type TextUnit,
} from './translation.ts';
import { storyTranslationSchema } from './translation-schema.ts';
import { StoryError } from './validate.ts';

export const ORIGINALS_FILE = 'originals.json';

const key = (path: TextPath) => JSON.stringify(path);

/** Every string in a translation file's JSON, by path. */
function strings(json: unknown, path: TextPath = [], out = new Map<string, TextPath>()) {
  if (typeof json === 'string') out.set(key(path), path);
  else if (Array.isArray(json)) json.forEach((v, i) => strings(v, [...path, i], out));
  else if (json !== null && typeof json === 'object')
    for (const [k, v] of Object.entries(json)) strings(v, [...path, k], out);
  return out;
}

/** A path as a person reads it, naming the fact or source: `fact "x", differences[1]`. */
function describePath(path: TextPath): string {
  const [head, id, ...rest] = path;
  const tail = rest.map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`)).join('');
  if (head === 'facts') return `fact "${String(id)}", ${tail.slice(1)}`;
  if (head === 'sources') return `source "${String(id)}", ${tail.slice(1)}`;
  if (head === 'reasons') return `reason "${String(id)}"`;
  if (head === 'timeline') return `timeline[${String(id)}]`;
  return path.join('.');
}

function clip(text: string): string {
  return text.length > 70 ? `${text.slice(0, 67)}…` : text;
}

/**
 * Checks the translations of `story`. `files` maps each file name in `dir` (`ja.json`,
 * `originals.json`…) to its parsed JSON; a locale without a file is reported. Throws a StoryError
 * whose lines read `<dir>/<locale>.json: fact "<id>", <field>: <reason>`.
 */
export function validateTranslations(
  story: Story,
  dir: string,
  files: ReadonlyMap<string, unknown>,
): void {
  const issues: string[] = [];
  const units = textUnits(story);
  const byKey = new Map(units.map((u) => [key(u.path), u]));

  // originals.json: the texts as they were when translated.
  const originals = files.get(ORIGINALS_FILE);
  const originalsFile = `${dir}/${ORIGINALS_FILE}`;
  if (originals === undefined) {
    issues.push(`${originalsFile}: missing (write it with: npm run stories:originals)`);
  } else {
    for (const unit of units) {
      const then = textAt(originals, unit.path);
      if (then !== undefined && then !== unit.original)
        issues.push(
          `${originalsFile}: ${unit.where}: changed since it was translated (was "${clip(then)}"): ` +
            'update its translation in every locale, then run npm run stories:originals',
        );
      else if (then === undefined)
        issues.push(
          `${originalsFile}: ${unit.where}: new since the translations were made: ` +
            'translate it in every locale, then run npm run stories:originals',
        );
    }
    for (const [k, path] of strings(originals))
      if (!byKey.has(k))
        issues.push(`${originalsFile}: ${describePath(path)}: no longer in the story`);
  }

  for (const name of files.keys()) {
    const locale = name.replace(/\.json$/, '');
    if (name !== ORIGINALS_FILE && (!name.endsWith('.json') || !isLocale(locale)))
      issues.push(
        `${dir}/${name}: not a locale Crosscheck speaks (${LOCALES.join(', ')}); add it to src/i18n/locales.ts first`,
      );
  }

  for (const locale of LOCALES) issues.push(...checkLocale(dir, locale, files, units, byKey));
  if (issues.length > 0) throw new StoryError(issues);
}

function checkLocale(
  dir: string,
  locale: Locale,
  files: ReadonlyMap<string, unknown>,
  units: readonly TextUnit[],
  byKey: ReadonlyMap<string, TextUnit>,
): string[] {
  const file = `${dir}/${locale}.json`;
  const needed = units.filter((u) => needsTranslation(u, locale));
  const json = files.get(`${locale}.json`);
  if (json === undefined) {
    // English is the original: its file only holds translations of words in other languages.
    return needed.length === 0
      ? []
      : [
          `${file}: missing: ${needed.length} texts need a ${locale} version (start from ${ORIGINALS_FILE})`,
        ];
  }
  const parsed = storyTranslationSchema.safeParse(json);
  if (!parsed.success)
    return parsed.error.issues.map(
      (issue) => `${file}: ${describePath(issue.path as TextPath)}: ${issue.message}`,
    );
  const issues: string[] = [];
  const present = strings(parsed.data);
  for (const unit of needed)
    if (!present.has(key(unit.path)))
      issues.push(
        `${file}: ${unit.where}: missing its ${locale} text (original: "${clip(unit.original)}")`,
      );
  for (const [k, path] of present) {
    const unit = byKey.get(k);
    if (unit === undefined)
      issues.push(
        `${file}: ${describePath(path)}: not in the story (a renamed id, or a removed text?)`,
      );
    else if (!needsTranslation(unit, locale))
      issues.push(
        `${file}: ${unit.where}: needs no ${locale} text (the original is in ${unit.language})`,
      );
  }
  return issues;
}

/** `originals.json` as it should read now: a stable JSON text. */
export function originalsSource(story: Story): string {
  return `${JSON.stringify(originalsOf(story), null, 2)}\n`;
}

/**
 * A story's text in other languages: `src/stories/<story-id>/<locale>.json`, one file per locale,
 * beside the story (whose English stays the original). Entries are keyed by the story's ids
 * (fact id, source id, index of a note, difference or timeline event) and verdict reasons by their
 * English text, so a reason added anywhere in the story needs no new key scheme.
 *
 * `textUnits` lists every text a reader sees and says which locales need it; `originalsOf` writes
 * the same shape with the original texts (`originals.json`: what the translations were made from).
 */
import { baseLanguage, type Locale } from '../i18n/locales.ts';
import type { Fact, Language, Story } from './schema.ts';

/** A translation file (its zod schema: `translation-schema.ts`, kept apart so the UI bundles no zod). */
export interface StoryTranslation {
  title?: string;
  summary?: string;
  /** By source id. */
  sources?: Record<string, { headline?: string; notes?: string[] }>;
  /** By fact id; `statements` by source id, `differences` by index. */
  facts?: Record<
    string,
    {
      title?: string;
      statement?: string;
      /** The quote's translation (the original stays in the source's language), value and note. */
      statements?: Record<string, { quote?: string; value?: string; note?: string }>;
      differences?: string[];
    }
  >;
  /** Verdict reasons, keyed by their English text (a reason may serve several cues and facts). */
  reasons?: Record<string, string>;
  /** Timeline labels, by index. */
  timeline?: string[];
}

export type TextPath = readonly (string | number)[];

/** One text of a story that a reader sees. */
export interface TextUnit {
  /** Where it goes in a translation file: `['facts', 'exchange-count', 'differences', 1]`. */
  path: TextPath;
  original: string;
  /** The original's language: the story's for its own text, the source's for its words. */
  language: Language;
  /**
   * `story`: the story's own text, written in every locale. `verbatim`: a source's own words
   * (quote, headline), which stay as published; a reader of another language gets a translation
   * beside them.
   */
  kind: 'story' | 'verbatim';
  /** For messages: `fact "exchange-count", differences[1]`. */
  where: string;
}

/**
 * Every verdict reason in a fact: any string field named `reason`, at any depth (cues' reasons
 * today; whatever else carries a reason tomorrow is found without a change here).
 */
export function reasonsOf(fact: Fact): string[] {
  const found: string[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value !== null && typeof value === 'object')
      for (const [key, inner] of Object.entries(value)) {
        if (key === 'reason' && typeof inner === 'string') found.push(inner);
        else walk(inner);
      }
  };
  walk(fact);
  return [...new Set(found)];
}

/** Every text of `story` a reader sees, in the story's order. */
export function textUnits(story: Story): TextUnit[] {
  const units: TextUnit[] = [];
  const own = (path: TextPath, original: string, where: string) =>
    units.push({ path, original, language: story.language, kind: 'story', where });
  own(['title'], story.title, 'title');
  own(['summary'], story.summary, 'summary');
  for (const source of story.sources) {
    const at = `source "${source.id}"`;
    if (source.headline !== null)
      units.push({
        path: ['sources', source.id, 'headline'],
        original: source.headline,
        language: source.language,
        kind: 'verbatim',
        where: `${at}, headline`,
      });
    source.notes.forEach((note, i) =>
      own(['sources', source.id, 'notes', i], note, `${at}, notes[${i}]`),
    );
  }
  const seenReasons = new Set<string>();
  for (const fact of story.facts) {
    const at = `fact "${fact.id}"`;
    own(['facts', fact.id, 'title'], fact.title, `${at}, title`);
    own(['facts', fact.id, 'statement'], fact.statement, `${at}, statement`);
    for (const s of fact.statements) {
      const path = ['facts', fact.id, 'statements', s.source];
      const language = story.sources.find((source) => source.id === s.source)?.language;
      units.push({
        path: [...path, 'quote'],
        original: s.quote,
        language: language ?? story.language,
        kind: 'verbatim',
        where: `${at}, quote of "${s.source}"`,
      });
      own([...path, 'value'], s.value, `${at}, value of "${s.source}"`);
      if (s.note !== undefined) own([...path, 'note'], s.note, `${at}, note on "${s.source}"`);
    }
    fact.differences.forEach((d, i) =>
      own(['facts', fact.id, 'differences', i], d.explanation, `${at}, differences[${i}]`),
    );
    for (const reason of reasonsOf(fact)) {
      if (seenReasons.has(reason)) continue;
      seenReasons.add(reason);
      own(['reasons', reason], reason, `${at}, reason "${reason}"`);
    }
  }
  story.timeline.forEach((event, i) => own(['timeline', i], event.label, `timeline[${i}]`));
  return units;
}

/** Whether a reader in `locale` needs `unit` in their language (not the original's). */
export function needsTranslation(
  unit: Pick<TextUnit, 'kind' | 'language'>,
  locale: Locale,
): boolean {
  if (unit.kind === 'story') return locale !== 'en';
  return baseLanguage(locale) !== baseLanguage(unit.language);
}

/** Writes `value` at `path` into `target`, creating objects and arrays on the way. */
export function setAt(target: Record<string, unknown>, path: TextPath, value: string): void {
  let node: Record<string | number, unknown> = target;
  path.forEach((key, i) => {
    if (i === path.length - 1) {
      node[key] = value;
      return;
    }
    const next = path[i + 1];
    node[key] ??= typeof next === 'number' ? [] : {};
    node = node[key] as Record<string | number, unknown>;
  });
}

/** The value at `path` in a translation file's JSON, when it is a string. */
export function textAt(json: unknown, path: TextPath): string | undefined {
  let node: unknown = json;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return typeof node === 'string' ? node : undefined;
}

/** `originals.json`: every text of the story as written, in the shape of a translation file. */
export function originalsOf(story: Story): StoryTranslation {
  const out: Record<string, unknown> = {};
  for (const unit of textUnits(story)) setAt(out, unit.path, unit.original);
  return out as StoryTranslation;
}

/**
 * A story's text in the reader's language: the translation's where it has one, the original
 * elsewhere. The validator makes every locale complete before a build ships, so the fallback to the
 * original only shows while a translation is being written.
 */
import type { Locale } from '../i18n/locales';
import type { Fact, Source, Statement, Story } from '../stories/schema';
import { needsTranslation, type StoryTranslation } from '../stories/translation';
import type { TextLanguage } from './types';

/** The reader's language and the story's translation into it (null for English, the original). */
export interface Reading {
  locale: Locale;
  translation: StoryTranslation | null;
}

/** A source's own words translated for the reader: shown under the original, marked as such. */
export interface Translated {
  text: string;
  lang: Locale;
}

export interface StoryText {
  /** The language of the story's own text as shown (the reader's, or the original's). */
  language: TextLanguage;
  title: string;
  summary: string;
  factTitle(fact: Fact): string;
  statement(fact: Fact): string;
  difference(fact: Fact, index: number): string;
  value(fact: Fact, statement: Statement): string;
  note(fact: Fact, statement: Statement): string | undefined;
  sourceNotes(source: Source): string[];
  timelineLabel(index: number): string;
  /** A verdict reason, given by its English text (as a mention carries it). */
  reason(original: string): string;
  /** The quote's translation, when the reader's language is not the quote's. */
  quote(fact: Fact, statement: Statement): Translated | undefined;
  headline(source: Source): Translated | undefined;
}

/** The text of `story` for `reading` (the original when there is no reading). */
export function storyText(story: Story, reading?: Reading): StoryText {
  const tr = reading?.translation ?? null;
  const locale = reading?.locale ?? 'en';
  const translated = locale !== 'en' && tr !== null;
  const fact = (f: Fact) => tr?.facts?.[f.id];
  const verbatim = (text: string | undefined, language: Source['language']) =>
    text !== undefined && needsTranslation({ kind: 'verbatim', language }, locale)
      ? { text, lang: locale }
      : undefined;
  const languageOf = (sourceId: string) =>
    story.sources.find((s) => s.id === sourceId)?.language ?? story.language;
  return {
    language: translated ? locale : story.language,
    title: tr?.title ?? story.title,
    summary: tr?.summary ?? story.summary,
    factTitle: (f) => fact(f)?.title ?? f.title,
    statement: (f) => fact(f)?.statement ?? f.statement,
    difference: (f, i) => fact(f)?.differences?.[i] ?? f.differences[i]?.explanation ?? '',
    value: (f, s) => fact(f)?.statements?.[s.source]?.value ?? s.value,
    note: (f, s) =>
      s.note === undefined ? undefined : (fact(f)?.statements?.[s.source]?.note ?? s.note),
    sourceNotes: (source) => source.notes.map((n, i) => tr?.sources?.[source.id]?.notes?.[i] ?? n),
    timelineLabel: (i) => tr?.timeline?.[i] ?? story.timeline[i]?.label ?? '',
    reason: (original) => tr?.reasons?.[original] ?? original,
    quote: (f, s) => verbatim(fact(f)?.statements?.[s.source]?.quote, languageOf(s.source)),
    headline: (source) => verbatim(tr?.sources?.[source.id]?.headline, source.language),
  };
}

/** The dataset's vocabularies, re-exported as types for the view models' callers. */
import type { Locale } from '../i18n/locales';
import type { Difference, Fact, Language, Relation, Verdict } from '../stories/schema';

export type { Language, Relation, Verdict };
export type FactKind = Fact['kind'];
export type DifferenceKind = Difference['kind'];
/** The language of a text the UI shows: a dataset language, or a locale the story is translated into. */
export type TextLanguage = Language | Locale;

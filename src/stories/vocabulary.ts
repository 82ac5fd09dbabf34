/**
 * The story vocabulary as plain constants, apart from the zod schema, so that code shipped in the
 * content script can use them without bundling the schema library.
 */

/** How a page's wording (the cue it used) relates to what the sources say. */
export const VERDICTS = ['agrees', 'rounds', 'differs', 'beyond'] as const;
export type Verdict = (typeof VERDICTS)[number];

/**
 * The languages of the dataset's text, its cues, its concept words and its sources' articles. `zh`
 * covers simplified and traditional characters alike (the reader folds traditional to simplified).
 */
export const LANGUAGES = [
  'en',
  'zh',
  'ja',
  'ko',
  'de',
  'fr',
  'pt',
  'es',
  'ru',
  'it',
  'nl',
  'tr',
  'id',
  'vi',
  'pl',
  'uk',
  'ar',
  'fa',
  'hi',
] as const;

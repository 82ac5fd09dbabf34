/**
 * The cue table as the build ships it (`cue-table.generated.json`), and the table it holds. A module
 * of its own: the reader imports it, and `cue-table.ts` reaches the stories' schema.
 */
import type { CueTable } from './cue-table.ts';
import type { Language } from '../stories/schema.ts';

/**
 * The table as the build ships it: the terms as columns of numbers, without their text (the
 * prepared matcher already holds the words; the reader needs only each term's concept and
 * language). Seventeen thousand terms as objects were most of the reader's chunk, parsed on every
 * story page; as columns they are a fifth of it. `tableOfShipped` gives the table back.
 */
export interface ShippedTable extends Omit<CueTable, 'terms'> {
  /** The languages the terms' `termLanguage` indexes. */
  readonly languages: readonly Language[];
  /** Per term: its concept (index into `concepts`). */
  readonly termConcept: readonly number[];
  /** Per term: its language (index into `languages`), or -1 for none. */
  readonly termLanguage: readonly number[];
  /** The terms written in digits only, by index, ascending. */
  readonly termDigits: readonly number[];
}

export function shippedTable(table: CueTable): ShippedTable {
  const { terms, ...rest } = table;
  const languages = [...new Set(terms.flatMap((t) => (t.lang === null ? [] : [t.lang])))];
  return {
    ...rest,
    languages,
    termConcept: terms.map((t) => t.concept),
    termLanguage: terms.map((t) => (t.lang === null ? -1 : languages.indexOf(t.lang))),
    termDigits: terms.flatMap((t, i) => (t.digits ? [i] : [])),
  };
}

/** The table a shipped one holds (its terms without their text). */
export function tableOfShipped(shipped: ShippedTable): CueTable {
  const { languages, termConcept, termLanguage, termDigits, ...rest } = shipped;
  const digits = new Set(termDigits);
  return {
    ...rest,
    // Two literal shapes, no spread: 18,000 terms are made on every story page.
    terms: termConcept.map((concept, i) => {
      const lang = languages[termLanguage[i] as number] ?? null;
      return digits.has(i) ? { concept, lang, digits: true as const } : { concept, lang };
    }),
  };
}

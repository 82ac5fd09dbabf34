/**
 * What the frame matcher (`frames.ts`) reads a table's frames by, derived once per table: per
 * frame which entries each concept fills, which frames each concept can start, each term's concept
 * and language as columns, and the matcher's per-sentence scratch.
 */
import type { CueTable, TermEntry } from './cue-table';

/** Per frame, which of its entries each concept fills (required entries first, then optional). */
export interface Plan {
  readonly entries: number;
  readonly required: number;
  /** concept -> entry indices. */
  readonly fills: ReadonlyMap<number, readonly number[]>;
}

export interface Plans {
  readonly plans: readonly Plan[];
  /** concept -> frames that require it in their first required entry (the frames it can start). */
  readonly startedBy: readonly (readonly number[])[];
  /** The same, of the frames that may be read over two sentences (`FrameEntry.twoSentences`). */
  readonly startedByTwo: readonly (readonly number[])[];
  /** Whether any frame may. */
  readonly twoSentences: boolean;
  /** term -> its concept. */
  readonly termConcept: Int32Array;
  /** term -> its language's number (its index among the table's languages), or -1: a name, a number. */
  readonly termLanguage: Int32Array;
  /** concept -> 1 when it is a name (its id ends in "-name"): read whole, words inside it not. */
  readonly nameConcept: Uint8Array;
  /**
   * The numbers of the languages of `TAKE_ENGLISH` (their writing takes English words in stride),
   * as bits; English's number (-1: none).
   */
  readonly takeEnglish: number;
  readonly english: number;
  /**
   * Scratch of `matchSentence`, reused from sentence to sentence (a sentence allocated a Map and
   * three Sets: 524 MB allocated reading a 10 MB page, whose collection then paused our tasks):
   * per language its count of words; per concept and per frame the sentence's stamp when it holds
   * the concept or the frame was tried.
   */
  readonly languageWords: Int32Array;
  readonly conceptSeen: Int32Array;
  readonly frameTried: Int32Array;
}

const cache = new WeakMap<CueTable, Plans>();

/** A name (its id ends in "-name"): read whole, and it says nothing of a sentence's language. */
export const isNameConcept = (concept: string): boolean => concept.endsWith('-name');

/**
 * The languages whose writing takes English words in Latin letters in stride (BAN, VPN, a Hinglish
 * chat's "crypto events"): a sentence with their words in their own script is not outvoted by its
 * English ones (`sentence-words.ts`). Typed, so that a code no list has fails the build.
 */
const TAKE_ENGLISH: readonly NonNullable<TermEntry['lang']>[] = ['zh', 'ja', 'ko', 'hi'];

export function plansOf(table: CueTable): Plans {
  let plans = cache.get(table);
  if (plans === undefined) {
    const startedBy: number[][] = table.concepts.map(() => []);
    const startedByTwo: number[][] = table.concepts.map(() => []);
    const list = table.frames.map((frame, f): Plan => {
      const fills = new Map<number, number[]>();
      const entries = [...frame.required, ...frame.optional];
      entries.forEach((concepts, e) => {
        for (const c of concepts) {
          const list = fills.get(c) ?? [];
          list.push(e);
          fills.set(c, list);
        }
      });
      for (const c of frame.required[0] ?? []) {
        startedBy[c]?.push(f);
        if (frame.twoSentences === true) startedByTwo[c]?.push(f);
      }
      return {
        entries: entries.length,
        required: frame.required.length,
        fills,
      };
    });
    // Plain loops over the terms (seventeen thousand): `Int32Array.from` with a mapping function,
    // cold, took 50–70 ms of a first read in Firefox on a slow machine (2–5 ms so).
    const termConcept = new Int32Array(table.terms.length);
    const termLanguage = new Int32Array(table.terms.length);
    const languages: NonNullable<TermEntry['lang']>[] = [];
    for (let t = 0; t < table.terms.length; t++) {
      const term = table.terms[t]!;
      termConcept[t] = term.concept;
      if (term.lang === null || term.digits) {
        termLanguage[t] = -1;
        continue;
      }
      let n = languages.indexOf(term.lang);
      if (n < 0) n = languages.push(term.lang) - 1;
      termLanguage[t] = n;
    }
    let takeEnglish = 0;
    languages.forEach((language, n) => {
      if (TAKE_ENGLISH.includes(language)) takeEnglish |= 1 << n;
    });
    plans = {
      plans: list,
      startedBy,
      startedByTwo,
      twoSentences: table.frames.some((frame) => frame.twoSentences === true),
      termConcept,
      termLanguage,
      nameConcept: Uint8Array.from(table.concepts, (id) => (isNameConcept(id) ? 1 : 0)),
      takeEnglish,
      english: languages.indexOf('en'),
      languageWords: new Int32Array(languages.length),
      conceptSeen: new Int32Array(table.concepts.length),
      frameTried: new Int32Array(table.frames.length),
    };
    cache.set(table, plans);
  }
  return plans;
}

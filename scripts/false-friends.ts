/**
 * `npm run false-friends`: the concept words of one language that are common words of another. A
 * word only one language's file lists counts for that language wherever it stands (a sentence's
 * language is the one whose words it holds: `src/match/sentence-words.ts`), so Polish "usa" (the
 * USA) fits an Italian "usa" (uses), English "may" a Vietnamese "mấy". Lists every single-word form
 * of every language's entries, folded as the matcher folds, by the number of fixture pages written
 * in a language whose file lacks it that hold it as a word. A review aid, not a check: a shared
 * word may be the same word in both languages (Spanish "organismo" in Italian), or one the language
 * cannot do without (French "va" carries dozens of right marks); `npm run recognition` decides.
 *
 *   npm run false-friends -- [how many, default 40]
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expandCue } from '../src/match/expand-cue';
import { isNameConcept } from '../src/match/frame-plans';
import { conceptFiles } from '../src/stories/concepts';
import { FOLD, KIND, SKIP, WORD } from '../src/text/char-class';

const ROOT = resolve(import.meta.dirname, '..');
const SETS = ['own', 'coverage', 'fresh'].flatMap((set) =>
  ['about', 'other'].map((kind) => join(ROOT, 'test/fixtures', set, kind)),
);
const shown = Number(process.argv[2] ?? 40);

/** The words of `text` as the matcher reads them: folded, invisible units dropped. */
function foldedWords(text: string): string[] {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (KIND[c] === SKIP) continue;
    out += KIND[c] === WORD ? String.fromCharCode(FOLD[c] as number) : ' ';
  }
  return out.split(' ').filter((w) => w.length > 1);
}

/** Folded single-word form → the languages (and their concepts) that list it. */
const listedBy = new Map<string, Map<string, Set<string>>>();
for (const file of conceptFiles) {
  if (file.language === null) continue;
  for (const [concept, entries] of Object.entries(file.concepts)) {
    if (isNameConcept(concept)) continue;
    for (const entry of entries) {
      for (const phrase of expandCue(entry).phrases) {
        const words = foldedWords(phrase);
        if (phrase.includes(' ') || words.length !== 1) continue;
        const word = words[0] as string;
        const byLanguage = listedBy.get(word) ?? new Map<string, Set<string>>();
        byLanguage.set(file.language, (byLanguage.get(file.language) ?? new Set()).add(concept));
        listedBy.set(word, byLanguage);
      }
    }
  }
}

/** Word → page language → pages of that language (whose file lacks the word) that hold it. */
const foundIn = new Map<string, Map<string, number>>();
for (const dir of SETS) {
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.txt'))) {
    const language = name.split('-')[0] as string;
    const words = new Set(foldedWords(readFileSync(join(dir, name), 'utf8')));
    for (const word of words) {
      const byLanguage = listedBy.get(word);
      if (byLanguage === undefined || byLanguage.has(language)) continue;
      const pages = foundIn.get(word) ?? new Map<string, number>();
      pages.set(language, (pages.get(language) ?? 0) + 1);
      foundIn.set(word, pages);
    }
  }
}

const total = (pages: Map<string, number>) => [...pages.values()].reduce((a, b) => a + b, 0);
// Numbers, and words three or more languages list (bitcoin, blockchain, WeChat), are everyone's.
const rows = [...foundIn]
  .filter(([word]) => !/\d/.test(word) && (listedBy.get(word)?.size ?? 0) < 3)
  .sort((a, b) => total(b[1]) - total(a[1]))
  .slice(0, shown);
for (const [word, pages] of rows) {
  const listed = [...(listedBy.get(word) ?? [])]
    .map(([language, concepts]) => `${language}:${[...concepts].join('/')}`)
    .join(' ');
  const where = [...pages]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 4)
    .map(([language, n]) => `${language} ${n}`)
    .join(', ');
  console.log(
    `${String(total(pages)).padStart(5)}  ${word}  listed by ${listed}  on pages in ${where}`,
  );
}

/**
 * Which of a sentence's concept words (`findMatches`' terms) are read as its words, before its
 * frames are matched: a name is read whole, and a sentence is written in one language.
 */
import type { Plans } from './frame-plans';
import type { TermHits } from './scan';

/** 1 for a hit of the sentence (by its place from the sentence's first) inside a name found there. */
let insideName = new Uint8Array(256);

/**
 * The hits of one sentence (`hits[from .. to]`) read as its words, as indices into `hits` in
 * order: not a word inside a name found there, and in the sentence's language.
 */
export function sentenceWords(
  plans: Plans,
  hits: TermHits,
  from: number,
  to: number,
  text: string,
): number[] {
  markInsideNames(plans, hits, from, to);
  const isInsideName = (k: number): boolean => insideName[(k - from) / 4] === 1;
  // A sentence is written in one language: a word only another language's list holds is a false
  // friend ("locales" is Spanish for venues, French for local). Names and numbers fit any, even
  // where a language's list spells them too ("blockchain", "Chaoyang"). Each language counts the
  // different words it has here, whatever the number of its concepts listing them (Portuguese
  // lists "continua" under four).
  // Hits are sorted by start: the hits of one start are a run, and a word (start, end) is neutral
  // when a hit of no language has its span.
  const language = (k: number) => plans.termLanguage[hits[k + 3] as number] as number;
  const neutral = (k: number): boolean => {
    const start = hits[k + 1] as number;
    const end = hits[k + 2] as number;
    for (let j = k; j >= from && hits[j + 1] === start; j -= 4)
      if (hits[j + 2] === end && language(j) < 0) return true;
    for (let j = k + 4; j < to && hits[j + 1] === start; j += 4)
      if (hits[j + 2] === end && language(j) < 0) return true;
    return false;
  };
  // Chinese, Japanese, Korean and Hindi writing takes English words in Latin letters (BAN, VPN, a
  // Hinglish chat's "crypto events ban") in stride: in a sentence with a word of theirs in their
  // own script, English words do not outvote it, and where one of them has the most words, the
  // English ones are read too. A Latin word their lists hold ("ban" in Japanese) says nothing, nor
  // does a name: an English sentence gives names in Chinese too ("Bishijie (币世界)").
  let hosted = false;
  const counts = plans.languageWords;
  counts.fill(0);
  for (let k = from; k < to; k += 4) {
    const lang = language(k);
    if (lang < 0 || isInsideName(k) || neutral(k)) continue;
    hosted ||=
      (plans.takeEnglish & (1 << lang)) !== 0 &&
      inOwnScript(text.charCodeAt(hits[k + 1] as number)) &&
      plans.nameConcept[plans.termConcept[hits[k + 3] as number] as number] === 0;
    // One count per language and start.
    let counted = false;
    for (let j = k - 4; j >= from && hits[j + 1] === hits[k + 1] && !counted; j -= 4)
      counted = language(j) === lang && !isInsideName(j) && !neutral(j);
    if (!counted) counts[lang] = (counts[lang] as number) + 1;
  }
  let most = 0;
  for (let lang = 0; lang < counts.length; lang++)
    if (!hosted || lang !== plans.english) most = Math.max(most, counts[lang] as number);
  let withEnglish = false;
  for (let lang = 0; lang < counts.length; lang++)
    if (most > 0 && counts[lang] === most && (plans.takeEnglish & (1 << lang)) !== 0)
      withEnglish = true;
  // The sentence's words in its language.
  const kept: number[] = [];
  for (let k = from; k < to; k += 4) {
    if (isInsideName(k)) continue;
    const lang = language(k);
    if (lang < 0 || (most > 0 && counts[lang] === most) || (withEnglish && lang === plans.english))
      kept.push(k);
  }
  return kept;
}

/** Devanagari, CJK, kana, hangul: not a Latin letter (Vietnamese's 1E00–1EFF are Latin). */
function inOwnScript(c: number): boolean {
  return c >= 0x0900 && (c < 0x1e00 || c > 0x1eff);
}

/**
 * A name is read whole: a word inside it is not read on its own, nor counts for a language
 * ("Huobi" in "Huobi News" names the news site, not the exchange; 火币 in 火币资讯 likewise; and
 * 财经 in 金色财经 is no Chinese word of a Portuguese sentence that gives the outlet's own name).
 * Names are the concepts whose id ends in "-name". Sets `insideName` for `hits[from .. to]`.
 */
function markInsideNames(plans: Plans, hits: TermHits, from: number, to: number): void {
  const n = (to - from) / 4;
  if (insideName.length < n) insideName = new Uint8Array(Math.max(n, insideName.length * 2));
  insideName.fill(0, 0, n);
  for (let a = 0; a < n; a++) {
    const k = from + 4 * a;
    if (!plans.nameConcept[plans.termConcept[hits[k + 3] as number] as number]) continue;
    const start = hits[k + 1] as number;
    const end = hits[k + 2] as number;
    for (let b = a + 1; b < n && (hits[from + 4 * b + 1] as number) < end; b++) {
      const other = from + 4 * b;
      if (
        (hits[other + 2] as number) <= end &&
        (hits[other + 2] as number) - (hits[other + 1] as number) < end - start
      )
        insideName[b] = 1;
    }
    for (let b = a - 1; b >= 0 && hits[from + 4 * b + 1] === start; b--)
      if ((hits[from + 4 * b + 2] as number) < end) insideName[b] = 1;
  }
}

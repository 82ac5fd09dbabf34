/**
 * What a cue's or a frame's match makes: a finding, with the fact, verdict and words it carries and
 * the language its words are in.
 */
import type { CueEntry, CueTable, FrameEntry } from './match/cue-table';
import { isNameConcept } from './match/frame-plans';
import type { FrameMatch } from './match/frames';
import type { Match } from './match/scan';
import type { Finding } from './relevance/gate';
import type { Language } from './stories/schema';

/** What a finding takes from the cue or frame that made it. */
function fromEntry(entry: CueEntry | FrameEntry) {
  return {
    storyId: entry.story,
    factId: entry.fact,
    cue: entry.text,
    strong: entry.strong,
    verdict: entry.verdict,
    ...(entry.reason !== undefined ? { reason: entry.reason } : {}),
    ...(entry.givesWayTo !== undefined ? { givesWayTo: entry.givesWayTo } : {}),
  };
}

/** A cue's match as a finding. */
export function cueFinding(table: CueTable, m: Match, blockOffset: number): Finding {
  const cue = table.cues[m.cue]!;
  return {
    block: m.block + blockOffset,
    start: m.start,
    end: m.end,
    ...fromEntry(cue),
    lang: cue.lang,
    words: [m.start, m.end],
    wordEntries: [1],
    fromFrame: false,
    entries: 0,
  };
}

/** A language for words that are all names and numbers: the script of the text around them. */
function languageOfScript(text: string): Language {
  if (/\p{Script=Hangul}/u.test(text)) return 'ko';
  if (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text)) return 'ja';
  if (/\p{Script=Han}/u.test(text)) return 'zh';
  if (/\p{Script=Cyrillic}/u.test(text)) return 'ru';
  return 'en';
}

/**
 * The languages of a frame match's words that a language's list holds, first first: the languages
 * the sentence is written in. A name says nothing of them (an English list may hold "Shanghai
 * Securities News" alone), nor do a number's digits, whatever list they come from.
 */
export function wordsLanguages(table: CueTable, f: FrameMatch, text: string): Language[] {
  const languages: Language[] = [];
  for (let k = 0; k < f.terms.length; k++) {
    const term = table.terms[f.terms[k]!];
    if (
      term?.lang &&
      !languages.includes(term.lang) &&
      !isNameConcept(table.concepts[term.concept]!) &&
      /\p{L}/u.test(text.slice(f.words[2 * k], f.words[2 * k + 1]))
    )
      languages.push(term.lang);
  }
  return languages;
}

/** A frame match as a finding; `languages` are its words' (`wordsLanguages`). */
export function frameFinding(
  table: CueTable,
  f: FrameMatch,
  blockOffset: number,
  text: string,
  languages: readonly Language[],
): Finding {
  const frame = table.frames[f.frame]!;
  const lang = languages[0] ?? languageOfScript(text.slice(f.start, f.end));
  return {
    block: f.block + blockOffset,
    start: f.start,
    end: f.end,
    ...fromEntry(frame),
    lang,
    words: f.words,
    wordEntries: f.entries,
    fromFrame: true,
    ...(frame.once === true ? { once: true as const } : {}),
    entries: frame.required.length,
    ...(f.alternatives !== undefined ? { alternatives: f.alternatives } : {}),
  };
}

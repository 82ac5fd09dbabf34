/** Compiles a few cues and returns what they match, as text, for readable assertions. */
import { compileMatcher } from '../../../../src/match/compile';
import { cueTableOf, type CueEntry } from '../../../../src/match/cue-table';
import { findMatches } from '../../../../src/match/scan';

type Lang = CueEntry['lang'];

/** Cues given as `text` or `[text, lang]` (English by default), each its own fact `f<i>`. */
export function matcherFor(cues: readonly (string | [string, Lang])[]) {
  const entries: CueEntry[] = cues.map((c, i) => {
    const [text, lang] = typeof c === 'string' ? [c, 'en' as Lang] : c;
    return { story: 's', fact: `f${i}`, text, lang, strong: false, verdict: 'agrees' };
  });
  return compileMatcher(cueTableOf(entries));
}

/** The matched substrings of the blocks (block, text and the index of the cue that matched). */
export function find(
  cues: readonly (string | [string, Lang])[],
  blocks: string | readonly string[],
): { block: number; text: string; cue: number }[] {
  const list = typeof blocks === 'string' ? [blocks] : blocks;
  return findMatches(matcherFor(cues), list).map((m) => ({
    block: m.block,
    text: list[m.block]?.slice(m.start, m.end) ?? '',
    cue: m.cue,
  }));
}

/** Just the matched substrings. */
export function texts(
  cues: readonly (string | [string, Lang])[],
  blocks: string | readonly string[],
): string[] {
  return find(cues, blocks).map((m) => m.text);
}

/**
 * The relevance gate: a page is about a story only when enough of the story's distinct facts, one
 * of them stated in words only this story has (strong), co-occur. One fact alone (WeChat closing
 * accounts, the 2017 ban, a "124") never is. A page that is not about the story but states one of
 * its own facts in passing (a weekly roundup) gets that passage marked: the strong findings, and
 * what their blocks say with them. The decision comes with its evidence so the popup can explain it.
 */
import type { FrameWords } from '../match/frames';
import type { Language, Verdict } from '../stories/schema';
import { endsSentence } from '../text/sentences';

/** A fact stated in a block, found by a cue or a frame, before the gate decides what is marked. */
export interface Finding {
  readonly block: number;
  readonly start: number;
  readonly end: number;
  readonly storyId: string;
  readonly factId: string;
  /** The cue as written, or the frame's concepts. */
  readonly cue: string;
  readonly lang: Language;
  /** Stated in words only this story has. */
  readonly strong: boolean;
  readonly verdict: Verdict;
  readonly reason?: string;
  /** The words that made the match, start, end pairs. */
  readonly words: readonly number[];
  /**
   * Per word, the frame entries it fills, as bits (bit 0: the key concept; 0: an optional one); a
   * cue's one word, its whole phrase, fills entry 0.
   */
  readonly wordEntries: readonly number[];
  readonly fromFrame: boolean;
  /** The facts whose finding, where it overlaps this one, is marked instead (`Fact.givesWayTo`). */
  readonly givesWayTo?: readonly string[];
  /** From a frame that marks only its first finding on a page (`Frame.once`). */
  readonly once?: true;
  /** A frame's number of required concepts (0 for a cue). */
  readonly entries: number;
  /**
   * Other words of the sentence that state the same frame, nearest first: marked in its place where
   * another mark holds its key word (`FrameMatch.alternatives`).
   */
  readonly alternatives?: readonly FrameWords[];
}

export interface RelevanceEvidence {
  storyId: string;
  /** Distinct facts mentioned, in the order the page first mentions them. */
  facts: string[];
  /** Distinct strong cues and frames that matched (as written in the dataset). */
  strongCues: string[];
  mentionCount: number;
}

export interface Relevance {
  /** The page is about `storyId`: every fact of it found is marked. */
  relevant: boolean;
  /**
   * Not about a story, but `storyId`'s own facts are stated in passing: only those passages are
   * marked.
   */
  passing: boolean;
  storyId: string | null;
  /** One plain sentence: why the page is (or is not) taken as about a story. */
  reason: string;
  /** Per story with at least one mention, most facts first. */
  evidence: RelevanceEvidence[];
}

/**
 * The rule: a page is about a story when a story-specific (strong) finding stands with this many
 * distinct facts of the story around it, within NEAR_BLOCKS blocks of prose; or with one more
 * fact in another block near it when it stands in the page's lead (an article about one strand:
 * the Chaoyang notice in its headline, the 2017 ban in a paragraph below); or when the
 * story-specific words come back in another block and the page states one more fact anywhere (a
 * focused article states several facts together, or its one fact again and again; a roundup that
 * mentions the story in passing does neither).
 */
export const MIN_FACTS_WITH_STRONG_CUE = 3;
/**
 * Eight: a chat or a thread states its facts a message or two each, with other talk between (5 left
 * 20 facts unmarked on 8 such pages of the fixtures; 8 marks them, and no roundup's other facts).
 */
export const NEAR_BLOCKS = 8;
/** A page's lead: its first prose blocks, where an article about one strand states it. */
export const LEAD_PLACES = 2;
/**
 * A block shorter than this (in UTF-16 units) that does not end a sentence is not counted between
 * two blocks: a line of site furniture (a menu, a byline, share buttons, a date, a headline).
 */
export const PROSE_UNITS = 60;
/**
 * A sentence shorter than this is not counted either: a line of a chat or a transcript ("Is it
 * for good?", "Same here."), a question heading. A thread's facts stand many such lines apart.
 */
export const SHORT_SENTENCE_UNITS = 40;
/**
 * A block that ends asking states nothing and is not counted either: an FAQ's or an interview's
 * questions stand between the answers that state the facts.
 */
const QUESTION = /[?？؟]\s*$/u;
/** Chinese, Japanese or Korean: there a sentence that short says as much as a long one. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * Per block, its place in the page's prose: how many blocks of prose (a sentence of at least
 * SHORT_SENTENCE_UNITS or in CJK, or any block of at least PROSE_UNITS, that does not end with a
 * question mark) stand before it. A headline and its lead with furniture between are this close.
 */
export function prosePlaces(blocks: readonly string[]): Int32Array {
  const places = new Int32Array(blocks.length);
  let place = 0;
  for (let b = 0; b < blocks.length; b++) {
    places[b] = place;
    const text = blocks[b] as string;
    if (QUESTION.test(text)) continue;
    if (
      text.length >= PROSE_UNITS ||
      ((text.length >= SHORT_SENTENCE_UNITS || CJK.test(text)) && endsSentence(text))
    )
      place++;
  }
  return places;
}

interface Tally {
  facts: Set<string>;
  strong: Set<string>;
  count: number;
  /** Distinct facts found within NEAR_BLOCKS of a strong finding. */
  near: number;
  /** Blocks with a strong finding. */
  strongBlocks: number;
  /** A fact of a block with no strong finding, near a strong finding in the page's lead. */
  leadOther: boolean;
}

function tally(findings: readonly Finding[], places: Int32Array): Map<string, Tally> {
  const placeOf = (block: number) => places[block] ?? block;
  /** The places within NEAR_BLOCKS of the blocks'. */
  const around = (blocks: Iterable<number>): Set<number> => {
    const out = new Set<number>();
    for (const b of blocks)
      for (let d = -NEAR_BLOCKS; d <= NEAR_BLOCKS; d++) out.add(placeOf(b) + d);
    return out;
  };
  const byStory = new Map<string, Tally>();
  const strongBlocks = new Map<string, number[]>();
  for (const f of findings) {
    let e = byStory.get(f.storyId);
    if (e === undefined) {
      e = {
        facts: new Set(),
        strong: new Set(),
        count: 0,
        near: 0,
        strongBlocks: 0,
        leadOther: false,
      };
      byStory.set(f.storyId, e);
    }
    e.facts.add(f.factId);
    if (f.strong) {
      e.strong.add(f.cue);
      const blocks = strongBlocks.get(f.storyId) ?? [];
      blocks.push(f.block);
      strongBlocks.set(f.storyId, blocks);
    }
    e.count++;
  }
  for (const [storyId, e] of byStory) {
    // Places within NEAR_BLOCKS of a strong finding's, marked once: a pass over the findings then
    // counts the facts near one (linear in findings, whatever the page's size).
    const strong = new Set(strongBlocks.get(storyId) ?? []);
    const near = around(strong);
    const facts = new Set<string>();
    // The facts the strong findings' own blocks state: a roundup's item names the story in one block.
    const strongFacts = new Set<string>();
    for (const f of findings) {
      if (f.storyId !== storyId) continue;
      if (near.has(placeOf(f.block))) facts.add(f.factId);
      if (strong.has(f.block)) strongFacts.add(f.factId);
    }
    e.near = facts.size;
    e.strongBlocks = strong.size;
    // A strong finding in the page's lead with another fact in a block of its own near it: an
    // article about one strand (its headline, then what it says with it).
    const lead = [...strong].filter((b) => placeOf(b) < LEAD_PLACES);
    if (lead.length === 0) continue;
    const leadPlaces = around(lead);
    e.leadOther = findings.some(
      (f) =>
        f.storyId === storyId &&
        !strong.has(f.block) &&
        !strongFacts.has(f.factId) &&
        leadPlaces.has(placeOf(f.block)),
    );
  }
  return byStory;
}

function passes(e: Tally): boolean {
  return (
    e.strong.size > 0 &&
    (e.near >= MIN_FACTS_WITH_STRONG_CUE ||
      e.leadOther ||
      (e.strongBlocks >= 2 && e.facts.size >= 2))
  );
}

const RULE = `${MIN_FACTS_WITH_STRONG_CUE} distinct facts stated together, one in words only the story has (${MIN_FACTS_WITH_STRONG_CUE - 1} in its opening lines)`;

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * Decides whether the findings make the page about one story, and which. `places`: each block's
 * place in the page's prose (`prosePlaces`); by default every block counts.
 */
export function judgeRelevance(
  findings: readonly Finding[],
  places: Int32Array = new Int32Array(0),
): Relevance {
  const tallies = tally(findings, places);
  const ranked = [...tallies].sort(
    ([a, x], [b, y]) =>
      Number(passes(y)) - Number(passes(x)) ||
      y.facts.size - x.facts.size ||
      y.strong.size - x.strong.size ||
      y.count - x.count ||
      (a < b ? -1 : a > b ? 1 : 0),
  );
  const evidence = ranked.map(([storyId, e]): RelevanceEvidence => ({
    storyId,
    facts: [...e.facts],
    strongCues: [...e.strong],
    mentionCount: e.count,
  }));
  const [bestId, best] = ranked[0] ?? [];
  if (bestId === undefined || best === undefined) {
    return {
      relevant: false,
      passing: false,
      storyId: null,
      reason: 'No fact of any story is mentioned.',
      evidence,
    };
  }
  const found = `${plural(best.facts.size, 'distinct fact')} and ${plural(best.strong.size, 'story-specific cue')} of ${bestId}`;
  if (passes(best)) {
    return {
      relevant: true,
      passing: false,
      storyId: bestId,
      reason: `${found} (needs ${RULE}).`,
      evidence,
    };
  }
  const inPassing = ranked.find(([, e]) => e.strong.size > 0)?.[0];
  return {
    relevant: false,
    passing: inPassing !== undefined,
    storyId: inPassing ?? null,
    reason:
      inPassing === undefined
        ? `Only ${found}; a page is about a story with ${RULE}.`
        : `Only ${found}; a page is about a story with ${RULE}. Its story-specific passages are marked.`,
    evidence,
  };
}

/**
 * The findings the page gets marked: every one of the story a page is about; on a page that
 * mentions a story in passing, its strong findings and the other findings of their blocks.
 */
export function markedFindings(findings: readonly Finding[], relevance: Relevance): Finding[] {
  const { storyId } = relevance;
  if (storyId === null) return [];
  const ofStory = findings.filter((f) => f.storyId === storyId);
  if (relevance.relevant) return ofStory;
  if (!relevance.passing) return [];
  const strongBlocks = new Set(ofStory.filter((f) => f.strong).map((f) => f.block));
  return ofStory.filter((f) => strongBlocks.has(f.block));
}

/**
 * The page reader the content script calls: blocks of text in, the story the page is about and
 * every mention of its facts out. Its module graph holds the compiled cue table only (no quotes,
 * statements or explanations); view models live in `src/view/` and are loaded when a card opens.
 */
import { compileMatcher } from './match/compile';
import type { CueTable } from './match/cue-table';
import cueTable from './match/cue-table.generated.json';
import prepared from './match/matcher.generated.json';
import { assembleMatcher, type Matcher, type PreparedMatcher } from './match/matcher';
import { findMatches, type Match } from './match/scan';
import { judgeRelevance, type Relevance, type RelevanceEvidence } from './relevance/gate';
import type { Language, Verdict } from './stories/schema';

export type { Relevance, RelevanceEvidence, Verdict };

/** A fact of the story, stated in a block. `start`/`end`: UTF-16 offsets into the block, end exclusive. */
export interface Mention {
  block: number;
  start: number;
  end: number;
  storyId: string;
  factId: string;
  /** The cue that matched, as written in the dataset. */
  cue: string;
  /** The cue's language, so the page's words here are in it (for `lang` where the UI quotes them). */
  lang: Language;
  /** How this wording relates to what the sources say. */
  verdict: Verdict;
  /** One line the card shows when the verdict is not `agrees`. */
  reason?: string;
}

export interface PageReading {
  relevance: Relevance;
  /** Sorted by block then start, non-overlapping; empty when the page is not about a story. */
  mentions: Mention[];
}

/** A reader for a given cue table (tests and benchmarks; the extension uses `readPage`). */
export function createReader(table: CueTable): (blocks: readonly string[]) => PageReading {
  const matcher = compileMatcher(table);
  return (blocks) => runToEnd(readSteps(matcher, blocks));
}

/**
 * About this many UTF-16 units are scanned between two steps. Sized for cold code: the scan runs
 * interpreted, then baseline-compiled, for its first few hundred thousand characters, at up to
 * 300 ns a character (in Node a step of 100,000 then took 15-28 ms, and steps of 200,000 made
 * 50 ms tasks on a 5 MB page in Chromium). Warm, a step takes a fraction of a millisecond, and the
 * caller runs as many as fit its time budget in one task.
 */
const STEP_UNITS = 25_000;

/**
 * Reads `blocks` in steps: each `next()` scans about STEP_UNITS of text, so a caller can give the
 * page its main thread back between steps on a huge page. Relevance needs the whole page, so the
 * decision and the mentions come with the last step.
 */
function* readSteps(matcher: Matcher, blocks: readonly string[]): Generator<void, PageReading> {
  const matches: Match[] = [];
  for (let from = 0; from < blocks.length;) {
    let to = from;
    for (let units = 0; to < blocks.length && units < STEP_UNITS; to++) units += blocks[to]!.length;
    // No match crosses a block boundary, so slices of blocks scan independently.
    for (const m of findMatches(matcher, blocks.slice(from, to))) {
      matches.push(from === 0 ? m : { ...m, block: m.block + from });
    }
    from = to;
    if (from < blocks.length) yield;
  }
  return readingOf(matcher.table, matches);
}

function readingOf(table: CueTable, matches: readonly Match[]): PageReading {
  const relevance = judgeRelevance(table, matches);
  if (!relevance.relevant) return { relevance, mentions: [] };
  const mentions: Mention[] = [];
  for (const m of matches) {
    const cue = table.cues[m.cue];
    if (cue === undefined || cue.story !== relevance.storyId) continue;
    mentions.push({
      block: m.block,
      start: m.start,
      end: m.end,
      storyId: cue.story,
      factId: cue.fact,
      cue: cue.text,
      lang: cue.lang,
      verdict: cue.verdict,
      ...(cue.reason !== undefined ? { reason: cue.reason } : {}),
    });
  }
  return { relevance, mentions };
}

function runToEnd<R>(steps: Iterator<unknown, R>): R {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

let bundled: Matcher | undefined;

/**
 * Reads a page's blocks against the bundled stories, in steps (see `readSteps`); the first step
 * assembles the matcher from the build's prepared form (once per page).
 */
export function* readPageInSteps(blocks: readonly string[]): Generator<void, PageReading> {
  if (!bundled) {
    bundled = assembleMatcher(
      cueTable as unknown as CueTable,
      prepared as unknown as PreparedMatcher,
    );
    yield;
  }
  return yield* readSteps(bundled, blocks);
}

/** Reads a page's blocks against the bundled stories in one go. */
export function readPage(blocks: readonly string[]): PageReading {
  return runToEnd(readPageInSteps(blocks));
}

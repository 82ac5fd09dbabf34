/**
 * The page reader the content script calls: blocks of text and a matcher in, the story the page is
 * about and every mention of its facts out. The matcher comes from the caller: the extension reads
 * the build's matcher file (`src/match/matcher-bytes.ts`), Node assembles the bundled stories'
 * (`src/bundled-reader.ts`). No stories' quotes, statements or explanations are reached from here;
 * view models live in `src/view/` and are loaded when a card opens.
 *
 * A fact is found two ways, in one scan: by a cue (a phrase, as the sources word it) and by a frame
 * (its concepts together in one sentence, however a page words them). The relevance gate then
 * decides what the page gets marked: everything, on a page about the story; on any other page only
 * what this story alone has (a passing mention in a roundup).
 */
import { compileMatcher } from './match/compile';
import { cueFinding, frameFinding, wordsLanguages } from './findings';
import type { ContextEntry, CueTable } from './match/cue-table';
import { findFrames, type FrameMatch } from './match/frames';
import type { Matcher } from './match/matcher';
import { findMatches, type TermHits } from './match/scan';
import {
  judgeRelevance,
  prosePlaces,
  markedFindings,
  type Finding,
  type Relevance,
  type RelevanceEvidence,
} from './relevance/gate';
import { factKey, LastResort } from './last-resort';
import { selectMentionsInSteps } from './select-mentions';
import { runToEnd } from './steps';
import { datelineYear } from './text/dateline';
import { furnitureReader } from './text/furniture';
import { withoutTopicTags } from './text/topic-tag';
import { withoutWebAddresses } from './text/web-address';
import { inYesNoQuestion } from './text/question';
import type { Language, Verdict } from './stories/schema';

export type { Relevance, RelevanceEvidence, Verdict };

/** A fact of the story, stated in a block. `start`/`end`: UTF-16 offsets into the block, end exclusive. */
export interface Mention {
  block: number;
  start: number;
  end: number;
  storyId: string;
  factId: string;
  /** The cue that matched as written in the dataset, or the frame's concepts (`n124 + exchange`). */
  cue: string;
  /**
   * The language of the page's words here, for `lang` where the UI quotes them: the cue's, or the
   * first found word's that has one (or, when every word was a name or a number, the script's).
   */
  lang: Language;
  /** How this wording relates to what the sources say. */
  verdict: Verdict;
  /** One line the card shows when the verdict is not `agrees`. */
  reason?: string;
  /** The words that made the match, as start, end pairs in the block (a cue's is the whole mention). */
  words: readonly number[];
  /**
   * The stretches the mark covers, start, end pairs from `start` to `end`: one, unless marks of
   * other facts in the same sentence hold some of the text between this mention's words.
   */
  ranges: readonly number[];
}

export interface PageReading {
  relevance: Relevance;
  /**
   * Sorted by block then start, non-overlapping. Every fact found on a page about a story; only the
   * story's own facts (strong findings, and what their blocks say with them) on any other page.
   */
  mentions: Mention[];
  /** Per fact of the marked story: how many more passages state it than are marked (see MAX_FINDINGS_PER_FACT). */
  more: Record<string, number>;
}

/** A reader for a given cue table (tests and benchmarks; the bundled stories' is `readPage`). */
export function createReader(table: CueTable): (blocks: readonly string[]) => PageReading {
  const matcher = compileMatcher(table);
  return (blocks) => runToEnd(readPageInSteps(matcher, blocks));
}

/**
 * About this many UTF-16 units are read between two steps, once the code is warm: a step then takes
 * well under a millisecond, and the caller runs as many as fit its time budget in one task.
 */
const STEP_UNITS = 5_000;

/**
 * The first step reads this many units, and each next one twice as many, up to STEP_UNITS. Cold,
 * the scan and the frames run interpreted, then baseline-compiled, at up to 2 µs a unit in V8 on
 * text dense with the story's words, and several times that in Firefox: a first step of 8,000
 * units took 80–90 ms there on a slow machine.
 */
const FIRST_STEP_UNITS = 500;

/**
 * A reader gains nothing from the thousandth underline of one fact: past this many findings of a
 * fact (of one strength) on a page, the rest are only counted (`PageReading.more`), which also
 * keeps an absurd page's work bounded.
 */
export const MAX_FINDINGS_PER_FACT = 300;

/**
 * Marks in `named` the concepts of the stories' contexts whose words `terms` holds (sorted by block,
 * then start), except a word inside a longer one of them: Persian writes blockchain "بلاک چین",
 * whose "چین" is China. One stretch of words names one thing, the longest it reads as.
 */
function nameConcepts(
  table: CueTable,
  contextConcepts: ReadonlySet<number>,
  terms: TermHits,
  named: Uint8Array,
): void {
  const inContext = (k: number) => contextConcepts.has(table.terms[terms[k + 3]!]!.concept);
  let block = -1;
  // The furthest end of the context words that start before the current start, in the block.
  let before = -1;
  for (let k = 0; k < terms.length;) {
    if (terms[k] !== block) {
      block = terms[k]!;
      before = -1;
    }
    // The words starting here: the longest of them count.
    const start = terms[k + 1]!;
    let next = k;
    let end = -1;
    for (; next < terms.length && terms[next] === block && terms[next + 1] === start; next += 4)
      if (inContext(next)) end = Math.max(end, terms[next + 2]!);
    if (end > before) {
      for (let j = k; j < next; j += 4)
        if (terms[j + 2] === end && inContext(j)) named[table.terms[terms[j + 3]!]!.concept] = 1;
      before = end;
    }
    k = next;
  }
}

/**
 * Reads `blocks` in steps: each `next()` scans about STEP_UNITS of text (less in the first ones),
 * so a caller can give the page its main thread back between steps on a huge page. Relevance
 * needs the whole page, so the decision and the mentions come with the last step.
 */
export function* readPageInSteps(
  matcher: Matcher,
  blocks: readonly string[],
): Generator<void, PageReading> {
  const { table } = matcher;
  const findings: Finding[] = [];
  // Per concept, whether the page holds a word of it: a story whose context the page lacks gets
  // nothing (its findings are dropped before the gate).
  const named = new Uint8Array(table.concepts.length);
  const contextConcepts = new Set(table.contexts.flatMap(({ required }) => required.flat()));
  // The same for the facts' contexts, on their own: a word of a story's context that is longer
  // than a fact's (a Vietnamese "WeChat công chúng số" names a public account, and China through
  // it) must not hide the shorter from the fact's, nor the fact's hide the story's.
  const factNamed = new Uint8Array(table.concepts.length);
  const factContextConcepts = new Set(
    table.factContexts.flatMap(({ required }) => required.flat()),
  );
  // Per story and fact: findings kept, weak and strong (each up to the bound), then those past the
  // bound (only counted).
  const kept = new Map<string, [weak: number, strong: number]>();
  const more = new Map<string, Map<string, number>>();
  const keep = (story: string, fact: string, strong: boolean): boolean => {
    const key = factKey(story, fact);
    let counts = kept.get(key);
    if (counts === undefined) kept.set(key, (counts = [0, 0]));
    const strength = strong ? 1 : 0;
    if (counts[strength] < MAX_FINDINGS_PER_FACT) {
      counts[strength]++;
      return true;
    }
    const ofStory = more.get(story) ?? new Map<string, number>();
    ofStory.set(fact, (ofStory.get(fact) ?? 0) + 1);
    more.set(story, ofStory);
    return false;
  };
  const isFurniture = furnitureReader();
  // Readings of last resort, kept after the page is read where nothing else is (`lastResort`, and
  // a fact over two sentences in a row: `twoSentences`).
  const resort = new LastResort(
    (story, fact) => kept.has(factKey(story, fact)),
    MAX_FINDINGS_PER_FACT,
  );
  for (let from = 0, stepUnits = FIRST_STEP_UNITS; from < blocks.length;) {
    let to = from;
    for (let units = 0; to < blocks.length && units < stepUnits; to++) units += blocks[to]!.length;
    stepUnits = Math.min(STEP_UNITS, 2 * stepUnits);
    // No match crosses a block boundary, so slices of blocks read independently. Site furniture
    // is read as empty: it names the story's things and says nothing of them, and so are web
    // addresses and topic tags. Blocks are read in order, as the furniture reader needs.
    const slice = blocks
      .slice(from, to)
      .map((b) => (isFurniture(b) ? '' : withoutTopicTags(withoutWebAddresses(b))));
    const terms: TermHits = [];
    // Words in a yes/no question assert nothing, so they are no finding.
    for (const m of findMatches(matcher, slice, terms)) {
      const cue = table.cues[m.cue]!;
      if (inYesNoQuestion(slice[m.block] ?? '', m.start, m.end)) continue;
      if (keep(cue.story, cue.fact, cue.strong)) findings.push(cueFinding(table, m, from));
    }
    // A frame match's languages (its words'), or null when its words are in a yes/no question.
    const statedIn = (f: FrameMatch): Language[] | null => {
      const text = slice[f.block] ?? '';
      const languages = wordsLanguages(table, f, text);
      return inYesNoQuestion(text, f.start, f.end, languages) ? null : languages;
    };
    const overTwo: FrameMatch[] = [];
    for (const f of findFrames(table, slice, terms, overTwo)) {
      const frame = table.frames[f.frame]!;
      const languages = statedIn(f);
      if (languages === null) continue;
      const text = slice[f.block] ?? '';
      if (frame.lastResort === true)
        resort.offer(frame, () => frameFinding(table, f, from, text, languages));
      else if (keep(frame.story, frame.fact, frame.strong))
        findings.push(frameFinding(table, f, from, text, languages));
    }
    for (const f of overTwo)
      resort.offer(table.frames[f.frame]!, () => {
        const languages = statedIn(f);
        return languages === null
          ? null
          : frameFinding(table, f, from, slice[f.block] ?? '', languages);
      });
    nameConcepts(table, contextConcepts, terms, named);
    if (factContextConcepts.size > 0) nameConcepts(table, factContextConcepts, terms, factNamed);
    from = to;
    if (from < blocks.length) yield;
  }
  findings.push(...resort.where(findings, keep));
  yield;
  const holds = (seen: Uint8Array, { required }: ContextEntry): boolean =>
    required.every((entry) => entry.some((c) => seen[c]));
  // A story the page lacks the context of, or that was first reported after the page's date.
  const dated = datelineYear(blocks);
  const unmet = new Set(
    table.contexts
      .filter(
        (c) => !holds(named, c) || (dated !== null && c.since !== undefined && dated < c.since),
      )
      .map(({ story }) => story),
  );
  const unmetFacts = new Set(
    table.factContexts
      .filter((c) => !holds(factNamed, c))
      .map(({ story, fact }) => factKey(story, fact)),
  );
  const findingsInContext =
    unmet.size + unmetFacts.size > 0
      ? findings.filter(
          (f) => !unmet.has(f.storyId) && !unmetFacts.has(factKey(f.storyId, f.factId)),
        )
      : findings;
  // Two steps: on a 10 MB page (5,078 blocks) the prose places took 5–6 ms and the gate 7–13 ms
  // in Node, one step of 12–18 ms together.
  const places = prosePlaces(blocks);
  yield;
  const relevance = judgeRelevance(findingsInContext, places);
  yield;
  const mentions = yield* mentionsOf(blocks, findingsInContext, relevance);
  if (relevance.relevant && relevance.storyId !== null)
    addSecondChances(blocks, mentions, resort.secondChances(relevance.storyId, unmetFacts));
  const beyond =
    relevance.storyId !== null && mentions.length > 0 ? more.get(relevance.storyId) : undefined;
  return { relevance, mentions, more: Object.fromEntries(beyond ?? []) };
}

/** How many mentions are made between two steps. */
const STEP_MENTIONS = 2048;

/** The findings the gate lets through, chosen and cut into the stretches their marks cover. */
function* mentionsOf(
  blocks: readonly string[],
  findings: readonly Finding[],
  relevance: Relevance,
): Generator<void, Mention[]> {
  const mentions: Mention[] = [];
  const selected = yield* selectMentionsInSteps(markedFindings(findings, relevance));
  yield;
  for (const { finding, ranges } of selected) {
    if (mentions.length % STEP_MENTIONS === STEP_MENTIONS - 1) yield;
    const mention = mentionOf(blocks, finding, ranges);
    if (mention !== null) mentions.push(mention);
  }
  return mentions;
}

/** The mention a chosen finding makes, covering `ranges` of its block (null: nothing but edges). */
function mentionOf(
  blocks: readonly string[],
  finding: Finding,
  ranges: readonly number[],
): Mention | null {
  const { block, storyId, factId, cue, lang, verdict, reason, words } = finding;
  const trimmed = trimRanges(blocks[block] ?? '', ranges);
  if (trimmed.length === 0) return null;
  return {
    block,
    start: trimmed[0] as number,
    end: trimmed[trimmed.length - 1] as number,
    ranges: trimmed,
    storyId,
    factId,
    cue,
    lang,
    verdict,
    ...(reason !== undefined ? { reason } : {}),
    words,
  };
}

/**
 * Adds to `mentions` (sorted by block, then start) each fact's first second chance (`chances`, in
 * text order) where no mention states its fact and no mention stands (`LastResort`).
 */
function addSecondChances(
  blocks: readonly string[],
  mentions: Mention[],
  chances: readonly Finding[],
): void {
  if (chances.length === 0) return;
  const stated = new Set(mentions.map((m) => factKey(m.storyId, m.factId)));
  const before = mentions.length;
  for (const f of chances) {
    const key = factKey(f.storyId, f.factId);
    if (stated.has(key)) continue;
    if (mentions.some((m) => m.block === f.block && m.start < f.end && f.start < m.end)) continue;
    const mention = mentionOf(blocks, f, [f.start, f.end]);
    if (mention === null) continue;
    stated.add(key);
    mentions.push(mention);
  }
  if (mentions.length > before) mentions.sort((a, b) => a.block - b.block || a.start - b.start);
}

/** White space and punctuation at either end of a stretch are not marked (a stretch of only those is dropped). */
const EDGE = /[\s\p{P}]/u;

function trimRanges(text: string, ranges: readonly number[]): number[] {
  const out: number[] = [];
  for (let k = 0; k < ranges.length; k += 2) {
    let from = ranges[k] as number;
    let to = ranges[k + 1] as number;
    while (from < to && EDGE.test(text[from] ?? '')) from++;
    while (to > from && EDGE.test(text[to - 1] ?? '')) to--;
    if (from < to) out.push(from, to);
  }
  return out;
}

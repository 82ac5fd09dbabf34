/**
 * The first stage never misses a page the full reader would mark: a page gets a mark only when it
 * holds a story's context words and the reader finds a strong cue or frame (the relevance gate), so
 * on every text where the reader finds one, every step of the first stage's check must pass. Run
 * on every fixture there is: the seeds, the paraphrases and near-misses, the blind-written test
 * set, the coverage pages (copied into the repository, and ../shared/coverage when present), the
 * demo and hard pages, the corpus copies and ../shared/corpus when present; on every spelling of
 * every strong cue, as written and as pages write it (capitals, full-width digits, soft hyphens,
 * traditional Chinese), against the stories' anchors; and on every spelling of every context word,
 * against the context's (its rarest words first, then all).
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import anchors from '../../../src/anchors/anchors.generated.json';
import context from '../../../src/anchors/context.generated.json';
import first from '../../../src/anchors/first.generated.json';
import { anchorCheck } from '../../../src/anchors/check';
import { contextCheck, contextText } from '../../../src/anchors/context-check';
import type { AnchorSpec } from '../../../src/anchors/derive';
import { normalizer } from '../../../src/anchors/normalize';
import { compileMatcher } from '../../../src/match/compile';
import { cueTableFromStories } from '../../../src/match/cue-table';
import { findMatches, type TermHits } from '../../../src/match/scan';
import { expandCue } from '../../../src/match/expand-cue';
import { readPage } from '../../../src/bundled-reader';
import { createReader } from '../../../src/read-page';
import { stories } from '../../../src/stories';
import { conceptFiles } from '../../../src/stories/concepts';
import { withNumberWords } from '../../../src/text/number-words';
import { SIMPLIFIED, TRADITIONAL } from '../../../src/text/traditional-chinese';
import { htmlToBlocks, textToBlocks } from '../core/helpers/html-blocks';
import { ROOT } from '../core/helpers/paths';

const spec = anchors as unknown as AnchorSpec;
const check = (s: AnchorSpec) => anchorCheck(s, normalizer(s));
const storiesCheck = check(spec);
const firstCheck = contextCheck(first);
const fullContextCheck = contextCheck(context);
/** The first stage's context steps: its rarest words (shipped), then all of them (loaded). */
const prepare = contextText(first);
const contextPasses = (text: string) => {
  const prepared = prepare(text);
  return firstCheck(prepared) && fullContextCheck(prepared);
};
const table = cueTableFromStories(stories, conceptFiles);
const matcher = compileMatcher(table);

/** Whether a reading has a story-specific (strong) finding: the least a mark needs. */
const mayMark = (reading: ReturnType<typeof readPage>) =>
  reading.mentions.length > 0 || reading.relevance.evidence.some((e) => e.strongCues.length > 0);

/** Whether the reader finds a story-specific (strong) finding. */
function readerMayMark(blocks: readonly string[]): boolean {
  return mayMark(readPage(blocks));
}

/** The reader with no story's context required: what the stories' anchors alone must not miss. */
const readWithoutContext = createReader({ ...table, contexts: [] });

/** The first stage's verdict on the page's text (blocks one per line, as textContent runs them on). */
function firstStagePasses(blocks: readonly string[]): boolean {
  const text = blocks.join('\n');
  return contextPasses(text) && storiesCheck.scan(text);
}

function files(dir: string, ext: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path, ext) : name.endsWith(ext) ? [path] : [];
    });
}

const SHARED = join(ROOT, '..', 'shared');
const FIXTURES = join(ROOT, 'test/fixtures');
const TEXTS = [
  join(FIXTURES, 'seeds'),
  join(FIXTURES, 'text'),
  join(FIXTURES, 'own'),
  join(FIXTURES, 'fresh'),
  join(FIXTURES, 'coverage'),
  join(SHARED, 'coverage'),
];
const PAGES = [join(FIXTURES, 'pages'), join(FIXTURES, 'corpus'), join(SHARED, 'corpus')];

describe('the first stage on every fixture', () => {
  if (!existsSync(SHARED))
    console.warn(`${SHARED} is absent: ../shared/coverage and ../shared/corpus are not swept`);
  const cases = [
    ...TEXTS.flatMap((dir) =>
      files(dir, '.txt').map((file) => ({
        file,
        blocks: () => textToBlocks(readFileSync(file, 'utf8')),
      })),
    ),
    ...PAGES.flatMap((dir) =>
      files(dir, '.html').map((file) => ({
        file,
        blocks: () => htmlToBlocks(readFileSync(file, 'utf8')),
      })),
    ),
  ];

  it('covers the fixtures there are', () => {
    expect(cases.length).toBeGreaterThan(150);
  });

  it('passes every text the reader finds a story-specific finding on', () => {
    const missed: string[] = [];
    let marked = 0;
    for (const { file, blocks } of cases) {
      const text = blocks();
      if (!readerMayMark(text)) continue;
      marked++;
      if (!firstStagePasses(text)) missed.push(relative(ROOT, file));
    }
    expect(marked).toBeGreaterThan(100);
    expect(missed).toEqual([]);
  }, 240_000);
});

describe('words a page may hold that are names on every object', () => {
  it('are read as words: no anchor, no error', () => {
    // Every start of a head found is looked up: "constructors" leads to "constructor".
    const tiny: AnchorSpec = {
      ...spec,
      trigger: { words: { constructors: 'constructors of,0' }, chars: {} },
      groups: [''],
      conditions: [[0, 0]],
    };
    expect(check(tiny).scan('constructors CONSTRUCTORS valueof')).toBe(false);
    expect(check(tiny).scan('constructors of')).toBe(true);
  });
});

describe('one endless word that starts like an anchor', () => {
  it('is looked up as far as the longest head, not letter by letter to its end', () => {
    // Looking up every start of the word took seconds a word (a frozen tab); capped, milliseconds.
    const head = Object.keys(spec.trigger.words).find((h) => h.length > 4)!;
    const word = `${head}${'x'.repeat(20_000)}`;
    expect(storiesCheck.scan(Array(8).fill(word).join(' '))).toBe(false);
  }, 5_000);
});

/** Traditional forms of simplified characters (the matcher folds them back). */
const toTraditional = new Map<string, string>();
for (let i = 0; i < TRADITIONAL.length; i++)
  if (!toTraditional.has(SIMPLIFIED[i]!)) toTraditional.set(SIMPLIFIED[i]!, TRADITIONAL[i]!);

/** How pages write a phrase: as it is, in capitals, with full-width digits, soft hyphens, traditional Chinese. */
function asPagesWriteIt(phrase: string): string[] {
  return [
    phrase,
    `Reported: ${phrase.toUpperCase()}.`,
    phrase.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)),
    phrase.replace(/(\p{L}{3})(\p{L}{3})/gu, '$1\u00ad$2'),
    [...phrase].map((ch) => toTraditional.get(ch) ?? ch).join(''),
  ];
}

describe('the first stage on every spelling of every strong cue', () => {
  for (const story of stories) {
    for (const fact of story.facts) {
      for (const cue of fact.cues) {
        if (cue.strength !== 'strong') continue;
        it(`${fact.id}: ${cue.text}`, () => {
          const phrases = expandCue(cue.text)
            .phrases.slice(0, 48)
            .flatMap((p) => withNumberWords(p, cue.lang).slice(0, 4));
          const missed: string[] = [];
          for (const phrase of phrases)
            for (const text of asPagesWriteIt(phrase))
              if (mayMark(readWithoutContext([text])) && !storiesCheck.scan(text))
                missed.push(text);
          expect(missed).toEqual([]);
        });
      }
    }
  }
});

describe('the first stage on every spelling of every context word', () => {
  /** A word's spellings as the matcher compiles them, as pages write them. */
  const spellings = (term: (typeof table.terms)[number]) =>
    expandCue(term.text!)
      .phrases.slice(0, 48)
      .flatMap((p) => (term.lang ? withNumberWords(p, term.lang).slice(0, 4) : [p]))
      .flatMap(asPagesWriteIt);
  for (const { story, required } of table.contexts) {
    /** Per entry, one spelling of one of its words: what the other entries' words stand beside. */
    const first = required.map((entry) => {
      const term = table.terms.find((t) => entry.includes(t.concept))!;
      return spellings(term)[0]!;
    });
    required.forEach((entry, e) => {
      it(`${story}, entry ${e}: ${entry.map((c) => table.concepts[c]).join('|')}`, () => {
        const missed: string[] = [];
        let tried = 0;
        for (const term of table.terms) {
          if (!entry.includes(term.concept)) continue;
          for (const spelling of spellings(term)) {
            const text = first.map((word, k) => (k === e ? spelling : word)).join(' … ');
            const hits: TermHits = [];
            findMatches(matcher, [spelling], hits);
            // Only what the reader reads as a word of the entry must be found.
            const read = hits.some(
              (t, k) => k % 4 === 3 && entry.includes(table.terms[t]!.concept),
            );
            if (read) tried++;
            if (read && !contextPasses(text)) missed.push(spelling);
          }
        }
        expect(tried).toBeGreaterThan(100);
        expect(missed).toEqual([]);
      });
    });
  }
});

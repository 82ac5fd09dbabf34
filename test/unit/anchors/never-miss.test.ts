/**
 * The first stage never misses a page the full reader would mark: a page gets a mark only when the
 * reader finds a strong cue or frame (the relevance gate), so on every text where the reader finds
 * one, the first stage's check must pass. Run on every fixture there is: the seeds, the
 * paraphrases and near-misses, the blind-written test set, the coverage pages (copied into the
 * repository, and ../shared/coverage when present), the demo and hard pages, the corpus copies and
 * ../shared/corpus when present; and on every spelling of every strong cue, as written and as
 * pages write it (capitals, full-width digits, soft hyphens, traditional Chinese).
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import anchors from '../../../src/anchors/anchors.generated.json';
import { anchorCheck } from '../../../src/anchors/check';
import type { AnchorSpec } from '../../../src/anchors/derive';
import { expandCue } from '../../../src/match/expand-cue';
import { readPage } from '../../../src/read-page';
import { stories } from '../../../src/stories';
import { withNumberWords } from '../../../src/text/number-words';
import { SIMPLIFIED, TRADITIONAL } from '../../../src/text/traditional-chinese';
import { htmlToBlocks, textToBlocks } from '../core/helpers/html-blocks';
import { ROOT } from '../core/helpers/paths';

const spec = anchors as unknown as AnchorSpec;

/** Whether the reader finds a story-specific (strong) finding: the least a mark needs. */
function readerMayMark(blocks: readonly string[]): boolean {
  const reading = readPage(blocks);
  return (
    reading.mentions.length > 0 || reading.relevance.evidence.some((e) => e.strongCues.length > 0)
  );
}

/** The first stage's verdict on the page's text (blocks one per line, as textContent runs them on). */
function firstStagePasses(blocks: readonly string[]): boolean {
  return anchorCheck(spec).scan(blocks.join('\n'));
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
    expect(anchorCheck(tiny).scan('constructors CONSTRUCTORS valueof')).toBe(false);
    expect(anchorCheck(tiny).scan('constructors of')).toBe(true);
  });
});

describe('one endless word that starts like an anchor', () => {
  it('is looked up as far as the longest head, not letter by letter to its end', () => {
    // Looking up every start of the word took seconds a word (a frozen tab); capped, milliseconds.
    const head = Object.keys(spec.trigger.words).find((h) => h.length > 4)!;
    const word = `${head}${'x'.repeat(20_000)}`;
    expect(anchorCheck(spec).scan(Array(8).fill(word).join(' '))).toBe(false);
  }, 5_000);
});

describe('a text too long to read in one task', () => {
  it('passes: the reader reads it in steps', () => {
    expect(anchorCheck(spec).scan('The city council met on Monday. '.repeat(40_000))).toBe(true);
  });
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
              if (readerMayMark([text]) && !firstStagePasses([text])) missed.push(text);
          expect(missed).toEqual([]);
        });
      }
    }
  }
});

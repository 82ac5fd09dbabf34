/**
 * The reading core's benchmark (`npx tsx test/bench/core.ts`): on one text (the five articles and
 * the largest corpus pages, repeated to a few MB) it times a bare loop over the characters (the
 * floor: the fastest of three fresh copies), a loop that only finds where words end (what any
 * word-aware scan pays), one that also looks each word up once (what any word-table scan pays), the
 * matcher (cues and concept words), the whole reader (the scan, the frames, the gate, the choice of
 * marks), a naive RegExp-per-cue scan, and the matcher compiled with the cue set multiplied 1000
 * times by synthetic stories. Prints each figure, its ratio and PASS/MISS per target.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileMatcher, type Matcher } from '../../src/match/compile';
import { cueTableFromStories, type CueEntry, type CueTable } from '../../src/match/cue-table';
import { tableOfShipped, type ShippedTable } from '../../src/match/shipped-table';
import generated from '../../src/match/cue-table.generated.json';
import { cueSlots } from '../../src/match/cue-slots';
import prepared from '../../src/match/matcher.generated.json';
import {
  assembleMatcher,
  WORD_HASH,
  WORD_SLOT,
  type PreparedMatcher,
} from '../../src/match/matcher';
import { findMatches, type TermHits } from '../../src/match/scan';
import { createReader } from '../../src/read-page';
import { conceptFiles } from '../../src/stories/concepts/index';
import { stories } from '../../src/stories/index';
import { htmlToBlocks, textToBlocks } from '../unit/core/helpers/html-blocks';
import { sampleTable } from '../unit/core/helpers/sample-table';
import { prng } from '../unit/core/helpers/prng';

const root = join(import.meta.dirname, '..', '..');
const TARGET_CHARS = 4_000_000;
const RUNS = 7;

function loadText(): string[] {
  const seeds = join(root, 'test/fixtures/seeds');
  const blocks: string[] = [];
  for (const f of readdirSync(seeds)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    blocks.push(...textToBlocks(readFileSync(join(seeds, f), 'utf8')));
  }
  const pages = join(root, 'test/fixtures/corpus');
  if (existsSync(pages)) {
    for (const f of readdirSync(pages)
      .filter((f) => f.endsWith('.html'))
      .sort()) {
      blocks.push(...htmlToBlocks(readFileSync(join(pages, f), 'utf8')));
    }
  }
  const once = blocks.slice();
  let size = once.reduce((n, b) => n + b.length, 0);
  const unit = size;
  while (size < TARGET_CHARS) {
    blocks.push(...once);
    size += unit;
  }
  return blocks;
}

const LATIN = [
  'ka',
  'lo',
  'mi',
  'nu',
  'pe',
  'ra',
  'si',
  'to',
  'vu',
  'ze',
  'bra',
  'qui',
  'dre',
  'fo',
  'gy',
  'hex',
];
const CYRILLIC = ['ка', 'ло', 'ми', 'ну', 'пе', 'ра', 'си', 'то', 'вы', 'зе'];

// Chinese characters for synthetic cues: the real cues' own, recombined (a story in Chinese uses
// the same few thousand characters; random ones from the whole block would inflate the alphabet).
let HAN: string[] = [];

/** The table's cues reworded with random-ish words and numbers: a story no page mentions. */
function syntheticStory(table: CueTable, n: number): CueEntry[] {
  const rnd = prng(n * 7919 + 1);
  const word = (syllables: string[]): string => {
    let w = '';
    const count = 2 + Math.floor(rnd() * 3);
    for (let i = 0; i < count; i++) w += syllables[Math.floor(rnd() * syllables.length)];
    return w;
  };
  return table.cues.map((cue) => ({
    ...cue,
    story: `synthetic-${n}`,
    fact: `${cue.fact}-${n}`,
    text: cue.text
      .replace(/\d+/g, () => String(100 + Math.floor(rnd() * 900)))
      .replace(/[a-z]+/g, () => word(LATIN))
      .replace(/[а-яё]+/g, () => word(CYRILLIC))
      .replace(/[\u4e00-\u9fff]/g, () => HAN[Math.floor(rnd() * HAN.length)] as string),
  }));
}

function median(xs: number[]): number {
  const s = xs.slice().sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

function time(fn: () => unknown, runs = RUNS): number {
  fn();
  if (runs > 1) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

let sink = 0;

/**
 * Where words end, and nothing else: one class-table read and one branch per unit. The branch at
 * each word's end cannot be predicted (word lengths are random), so this costs about twice the
 * floor on its own; the matcher does this plus one word-table probe per word.
 */
function wordEnds(blocks: readonly string[], classes: Uint32Array): void {
  let words = 0;
  for (const b of blocks) {
    let inWord = false;
    for (let i = 0; i < b.length; i++) {
      if ((classes[b.charCodeAt(i)] as number) < 0x10000) {
        if (!inWord) words++;
        inWord = true;
      } else inWord = false;
    }
  }
  sink ^= words;
}

/**
 * Where words end, plus each word's hash and one probe of the matcher's word table: the least any
 * scan that looks words up must do (no letter check, no automaton, no output). It shows how close
 * to the floor a word-table matcher can get on this text.
 */
function wordLookups(blocks: readonly string[], matcher: Matcher): void {
  const { classes, wordHashes } = matcher;
  const bits = 31 - Math.clz32(wordHashes.length);
  const mask = wordHashes.length - 1;
  let hits = 0;
  for (const b of blocks) {
    const n = b.length;
    let i = 0;
    while (i < n) {
      let v = classes[b.charCodeAt(i)] as number;
      if (v >= 0x10000) {
        i++;
        continue;
      }
      let h = v;
      while (++i < n && (v = classes[b.charCodeAt(i)] as number) < 0x10000)
        h = (Math.imul(h, WORD_HASH) + v) | 0;
      h |= 1;
      for (let p = Math.imul(h, WORD_SLOT) >>> (32 - bits); ; p = (p + 1) & mask) {
        const x = wordHashes[p] as number;
        if (x === 0) break;
        if (x === h) {
          hits++;
          break;
        }
      }
    }
  }
  sink ^= hits;
}

/**
 * The floor: the sum of every code unit. Compiled afresh for each call: V8 now and then settles a
 * copy of this loop on code several times slower (one run in five here), which would flatter every
 * ratio, so the bench keeps the fastest of a few independent copies.
 */
function freshFloor(): (blocks: readonly string[]) => number {
  return new Function(
    'blocks',
    'let sum = 0; for (const b of blocks) for (let i = 0; i < b.length; i++) sum = (sum + b.charCodeAt(i)) | 0; return sum;',
  ) as (blocks: readonly string[]) => number;
}

/** What a quick implementation would do: each cue as one case-insensitive RegExp (groups kept). */
function naiveRegExps(table: CueTable): RegExp[] {
  const escape = (words: string): string =>
    words
      .split(' ')
      .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('\\s+');
  return table.cues.map((cue) => {
    let body = '';
    cueSlots(cue.text).forEach((slot, j) => {
      const alternatives = `(?:${slot.alternatives.map(escape).join('|')})`;
      const separator = j > 0 && slot.spaceBefore ? '\\s+' : '';
      body += slot.optional ? `(?:${separator}${alternatives})?` : separator + alternatives;
    });
    const bounded = cue.lang === 'zh' ? body : `(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`;
    return new RegExp(bounded, 'giu');
  });
}

function naive(blocks: readonly string[], res: RegExp[]): void {
  let count = 0;
  for (const b of blocks) {
    for (const re of res) {
      re.lastIndex = 0;
      while (re.exec(b) !== null) count++;
    }
  }
  sink ^= count;
}

function scan(matcher: Matcher, blocks: readonly string[]): void {
  const terms: TermHits = [];
  sink ^= findMatches(matcher, blocks, terms).length + terms.length;
}

// The stories' table with its concept words' text (the generated one ships without it).
const table: CueTable =
  stories.length > 0 ? cueTableFromStories(stories, conceptFiles) : sampleTable;
// Flat strings, as the DOM's text gives (the loaders' joins leave rope strings, which V8 reads
// through an indirection that made the floor itself swing between 5 and 32 ms from run to run).
const blocks = loadText().map((b) => JSON.parse(JSON.stringify(b)) as string);
const chars = blocks.reduce((n, b) => n + b.length, 0);
const mb = chars / 1e6;
console.log(
  `text: ${blocks.length} blocks, ${mb.toFixed(2)} M UTF-16 units; cues: ${table.cues.length}, concept words: ${table.terms.length}, frames: ${table.frames.length}${table === sampleTable ? ' (sample table: the dataset has not landed)' : ''}`,
);

HAN = [...new Set(table.cues.flatMap((c) => c.text.match(/[\u4e00-\u9fff]/g) ?? []))];
const one = compileMatcher(table);
let t0 = performance.now();
const many: CueEntry[] = [...table.cues];
for (let n = 1; n < 1000; n++) many.push(...syntheticStory(table, n));
// A thousand stories share the languages' concept words; each brings its own cues.
const thousand = compileMatcher({ ...table, cues: many });
const read = createReader(table);
const compileMs = performance.now() - t0;
t0 = performance.now();
compileMatcher(table);
const compileOneMs = performance.now() - t0;
const tAssemble = time(() =>
  assembleMatcher(
    tableOfShipped(generated as unknown as ShippedTable),
    prepared as unknown as PreparedMatcher,
  ),
);
console.log(
  `Node's matcher: assembled from the build's prepared form in ${tAssemble.toFixed(2)} ms warm (cold: npx tsx test/bench/first-read.ts; the extension reads it from the build's file)`,
);
const res = naiveRegExps(table);
console.log(
  `segments: ${one.segmentLength.length} (1 story), ${thousand.segmentLength.length} (1000 stories; states ${thousand.automaton.token.length}); compile ${compileOneMs.toFixed(1)} ms / ${(compileMs / 1000).toFixed(1)} s`,
);

const tFloor = Math.min(
  ...[0, 1, 2].map(() => {
    const floor = freshFloor();
    return time(() => {
      sink ^= floor(blocks);
    });
  }),
);
const tWords = time(() => wordEnds(blocks, one.classes));
const tLookups = time(() => wordLookups(blocks, one));
const tOne = time(() => scan(one, blocks));
const tRead = time(() => {
  sink ^= read(blocks).mentions.length;
});
const tThousand = time(() => scan(thousand, blocks));
const tNaive = time(() => naive(blocks, res), 3);

const rate = (ms: number): string =>
  `${(mb / (ms / 1000)).toFixed(0).padStart(6)} MB/s  ${ms.toFixed(1).padStart(8)} ms`;
const verdict = (ok: boolean): string => (ok ? 'PASS' : 'MISS');
console.log(`floor (charCodeAt loop)   ${rate(tFloor)}`);
console.log(
  `word ends only            ${rate(tWords)}   ${(tWords / tFloor).toFixed(2)}x the floor (reference: a branch per word)`,
);
console.log(
  `word table lookups only   ${rate(tLookups)}   ${(tLookups / tFloor).toFixed(2)}x the floor (reference: the least a word-table scan does)`,
);
console.log(
  `matcher, 1 story          ${rate(tOne)}   ${(tOne / tFloor).toFixed(2)}x the floor (target <= 3x): ${verdict(tOne <= 3 * tFloor)}`,
);
console.log(
  `reader, 1 story           ${rate(tRead)}   ${(tRead / tFloor).toFixed(2)}x the floor (the scan, the frames, the gate, the marks)`,
);
console.log(
  `naive RegExp per cue      ${rate(tNaive)}   matcher is ${(tNaive / tOne).toFixed(1)}x faster (target >= 10x): ${verdict(tNaive >= 10 * tOne)}  [${res.length} RegExps]`,
);
console.log(
  `matcher, 1000 stories     ${rate(tThousand)}   ${(tThousand / tOne).toFixed(2)}x 1 story (target <= 1.3x): ${verdict(tThousand <= 1.3 * tOne)}`,
);
console.log(
  `(1 MB = 10^6 UTF-16 code units; medians of ${RUNS} runs after 2 warm-ups, naive: 3 runs)${sink === 0.5 ? '' : ''}`,
);

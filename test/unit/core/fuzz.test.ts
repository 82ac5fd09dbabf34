/**
 * Random and hostile input: the reader never throws, and its time grows linearly with the text
 * (checked as the ratio of times for n and 16n in one test, with a generous bound: no absolute limits).
 */
import { describe, expect, it } from 'vitest';
import { expandCue } from '../../../src/match/expand-cue';
import cueTable from '../../../src/match/cue-table.generated.json';
import { readPage } from '../../../src/bundled-reader';
import { prng } from './helpers/prng';

function repeat(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

function randomUnits(length: number, seed: number): string {
  const rnd = prng(seed);
  const units = new Uint16Array(length);
  for (let i = 0; i < length; i++) units[i] = Math.floor(rnd() * 0x10000);
  let s = '';
  for (let i = 0; i < length; i += 4096) s += String.fromCharCode(...units.subarray(i, i + 4096));
  return s;
}

function mixedScripts(length: number, seed: number): string {
  const rnd = prng(seed);
  const pieces = [
    '124',
    'Block',
    'доступ',
    '交易平台',
    ' ',
    '\u00a0',
    '😀',
    '\udc00',
    '’',
    'ё',
    '１２４',
    '\u00ad',
    '，',
    'ICO',
  ];
  let s = '';
  while (s.length < length) s += pieces[Math.floor(rnd() * pieces.length)];
  return s.slice(0, length);
}

const phrases = (cueTable.cues as { text: string }[]).flatMap((c) => expandCue(c.text).phrases);
/** Every proper prefix of every cue phrase, one after another: the automaton's worst friend. */
function cuePrefixes(length: number): string {
  let s = '';
  for (let i = 0; s.length < length; i++) {
    const p = phrases[i % phrases.length] as string;
    s += `${p.slice(0, Math.max(1, p.length - 1 - (i % 7)))} `;
  }
  return s.slice(0, length);
}

/** Full cues back to back: the most matches per character, all overlapping their neighbours. */
function cueRuns(length: number): string {
  let s = '';
  for (let i = 0; s.length < length; i++) s += `${phrases[i % phrases.length]} `;
  return s.slice(0, length);
}

const INPUTS: Record<string, (length: number) => string> = {
  digits: (n) => repeat('1240987654321', n),
  'one digit': (n) => repeat('1', n),
  'white space only': (n) => repeat(' \u00a0\t\n\u3000', n),
  'unpaired surrogates': (n) => repeat('\ud800a\udfff\ud83d', n),
  'random code units': (n) => randomUnits(n, 7),
  'mixed scripts': (n) => mixedScripts(n, 9),
  'number-word runs': (n) => repeat('one one hundred and twenty one hundred and ', n),
  'partial cue prefixes': cuePrefixes,
  'cues back to back': cueRuns,
  'invisible characters': (n) => repeat('\u00ad\u200b\u0301\ufeff', n),
};

/**
 * The fastest of five runs after a warm-up: other work on the machine only ever adds time, and it
 * adds more to a long run than to a short one, so a median let a busy machine (eight processes on
 * two cores) push a linear ratio past the bound.
 */
function fastestTime(fn: () => void): number {
  fn();
  let fastest = Infinity;
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    fn();
    fastest = Math.min(fastest, performance.now() - t0);
  }
  return fastest;
}

/**
 * Each input's test reads 2 MB a dozen times: 3 to 7 s on a slow or busy machine, past Vitest's
 * 5 s default. What it asserts is the ratio of the times, not the times.
 */
const READS_2MB_MS = 60_000;

describe('hostile input', () => {
  it('never throws on empty input or empty blocks', () => {
    expect(readPage([]).mentions).toEqual([]);
    expect(readPage(['', ' ', '\u00ad']).relevance.relevant).toBe(false);
  });

  for (const [name, make] of Object.entries(INPUTS)) {
    it(
      `${name}: never throws, offsets stay inside the blocks, time grows linearly`,
      () => {
        const small = make(1 << 17);
        const large = make(1 << 21);
        // As one huge block, and as many small blocks.
        const reading = readPage([large]);
        for (const m of reading.mentions) {
          expect(m.start).toBeGreaterThanOrEqual(0);
          expect(m.end).toBeLessThanOrEqual(large.length);
          expect(m.end).toBeGreaterThan(m.start);
        }
        const chunks = large.match(/[\s\S]{1,300}/g) ?? [];
        expect(() => readPage(chunks)).not.toThrow();
        const tSmall = fastestTime(() => readPage([small]));
        const tLarge = fastestTime(() => readPage([large]));
        // 16x the text takes about 16x the time when linear and 256x when quadratic: a bound of 64
        // leaves a 4x margin either way, so a busy machine does not make the test flaky.
        expect(tLarge / Math.max(tSmall, 0.5)).toBeLessThan(64);
      },
      READS_2MB_MS,
    );
  }
});

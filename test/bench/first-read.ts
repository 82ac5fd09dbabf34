/**
 * The cost a page pays once (`npx tsx test/bench/first-read.ts`): in a fresh process, as a content
 * script is on each page load, the time to load the reading core's modules (char tables, cue table),
 * the first `readPage` call on one article (which builds the matcher), and a second call for scale.
 * Each figure comes from several fresh child processes, since cold JIT is the point.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const RUNS = 7;
const root = join(import.meta.dirname, '..', '..');

async function child(): Promise<void> {
  const { textToBlocks } = await import('../unit/core/helpers/html-blocks');
  const blocks = textToBlocks(
    readFileSync(join(root, 'test/fixtures/seeds/000_08dadacef585bd39.txt'), 'utf8'),
  );
  const t0 = performance.now();
  const { readPage } = await import('../../src/bundled-reader');
  const t1 = performance.now();
  const first = readPage(blocks);
  const t2 = performance.now();
  readPage(blocks);
  const t3 = performance.now();
  console.log(JSON.stringify([t1 - t0, t2 - t1, t3 - t2, first.mentions.length]));
}

// Min and median: the machine is shared, so the minimum is the steadier figure.
function stats(xs: number[]): string {
  const s = xs.slice().sort((a, b) => a - b);
  return `min ${(s[0] as number).toFixed(2)} / median ${(s[Math.floor(s.length / 2)] as number).toFixed(2)}`;
}

if (process.argv[2] === 'child') {
  await child();
} else {
  const self = fileURLToPath(import.meta.url);
  const rows: number[][] = [];
  for (let r = 0; r < RUNS; r++) {
    const out = execFileSync(process.execPath, [...process.execArgv, self, 'child'], {
      encoding: 'utf8',
    });
    rows.push(JSON.parse(out.trim().split('\n').pop() as string) as number[]);
  }
  const col = (i: number): string => stats(rows.map((row) => row[i] as number));
  console.log(`import core modules (incl. transpile by tsx): ${col(0)} ms`);
  console.log(`first readPage (builds the matcher):          ${col(1)} ms`);
  console.log(`second readPage (scan only):                  ${col(2)} ms`);
  console.log(`mentions: ${rows[0]?.[3]} (${RUNS} fresh processes)`);
}

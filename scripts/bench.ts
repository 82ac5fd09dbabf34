/**
 * `npm run bench`: builds, then runs the core benchmark (Node) and the browser benchmark (Chromium,
 * and Firefox where the same measure exists), and writes what they print to docs/performance.md,
 * below its hand-written part. Extra arguments go to the browser benchmark
 * (`npm run bench -- --quick`; a quick run does not touch docs/performance.md).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const DOC = resolve(ROOT, 'docs/performance.md');
const MARKER = '<!-- Everything below is written by npm run bench. -->';
const args = process.argv.slice(2);

const run = (command: string, argv: string[], capture = false): string => {
  const result = spawnSync(command, argv, {
    cwd: ROOT,
    stdio: capture ? ['inherit', 'pipe', 'inherit'] : 'inherit',
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (capture) process.stdout.write(result.stdout ?? '');
  if (result.status !== 0) process.exit(result.status ?? 1);
  return result.stdout ?? '';
};

run('npx', ['vite', 'build', '--logLevel', 'warn']);
run('npx', ['vite', 'build', '--mode', 'firefox', '--logLevel', 'warn']);
const core = run('npx', ['tsx', 'test/bench/core.ts'], true);
const firstRead = run('npx', ['tsx', 'test/bench/first-read.ts'], true);
run('npx', ['tsx', 'test/bench/browser.ts', ...args]);

if (!args.includes('--quick')) {
  const doc = readFileSync(DOC, 'utf8');
  const head = doc.includes(MARKER) ? doc.slice(0, doc.indexOf(MARKER)) : `${doc}\n`;
  const browser = readFileSync(resolve(ROOT, 'artifacts/bench-browser.md'), 'utf8');
  const text = `${head}${MARKER}\n\n## Core (Node)\n\n\`\`\`\n${core.trim()}\n${firstRead.trim()}\n\`\`\`\n\n${browser.trim()}\n`;
  const { format, resolveConfig } = await import('prettier');
  writeFileSync(DOC, await format(text, { ...((await resolveConfig(DOC)) ?? {}), filepath: DOC }));
  console.log(`\nWritten to ${DOC}`);
}

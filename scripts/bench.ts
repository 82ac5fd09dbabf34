/**
 * `npm run bench`: builds, then runs the core benchmark (Node) and the browser benchmark (Chromium,
 * and Firefox where the same measure exists). Extra arguments go to the browser benchmark
 * (`npm run bench -- --quick`).
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const run = (command: string, args: string[]) => {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

run('npx', ['vite', 'build', '--logLevel', 'warn']);
run('npx', ['vite', 'build', '--mode', 'firefox', '--logLevel', 'warn']);
run('npx', ['tsx', 'test/bench/core.ts']);
run('npx', ['tsx', 'test/bench/first-read.ts']);
run('npx', ['tsx', 'test/bench/browser.ts', ...process.argv.slice(2)]);

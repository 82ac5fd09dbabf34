/**
 * `npm run package` (after `npm run build`): store-ready zips in artifacts/, and `web-ext lint` on
 * the Firefox build, which must report 0 errors. The warnings it still prints are explained in the
 * README ("Packaging").
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const { version } = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as {
  version: string;
};

function webExt(args: string[]): string {
  const result = spawnSync('npx', ['web-ext', ...args], { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) {
    process.stderr.write(result.stdout + result.stderr);
    process.exit(result.status ?? 1);
  }
  return result.stdout;
}

for (const browser of ['chrome', 'firefox']) {
  webExt([
    'build',
    '--source-dir',
    `dist/${browser}`,
    '--artifacts-dir',
    'artifacts',
    '--filename',
    `crosscheck-${browser}-${version}.zip`,
    '--overwrite-dest',
  ]);
  console.log(`artifacts/crosscheck-${browser}-${version}.zip`);
}

const lint = JSON.parse(
  webExt(['lint', '--source-dir', 'dist/firefox', '--output', 'json', '--self-hosted']),
) as {
  summary: { errors: number; warnings: number; notices: number };
  warnings: { code: string; message: string; file?: string }[];
};
console.log(
  `web-ext lint (dist/firefox): ${lint.summary.errors} errors, ${lint.summary.warnings} warnings, ${lint.summary.notices} notices`,
);
for (const warning of lint.warnings)
  console.log(`  warning ${warning.code}: ${warning.message} (${warning.file ?? ''})`);
if (lint.summary.errors > 0) process.exit(1);

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { matcherPart } from '../../src/match/matcher-parts';

export interface ScriptSize {
  /** Files the content script loads before it does anything (static import closure). */
  initial: string[];
  /** Chunks only the content script's dynamic imports reach (the card). */
  lazy: string[];
  initialBytes: number;
  initialGzip: number;
  lazyBytes: number;
  lazyGzip: number;
}

// Relative specifiers only ("./chunk.js"): a JSON string in a chunk may hold `from":`.
const STATIC =
  /(?:^|[;}\s])import\s*(?:[\w*{}\s,$]+from\s*)?["'](\.{1,2}\/[^"']+)["']|from\s*["'](\.{1,2}\/[^"']+)["']/g;
const DYNAMIC = /import\(\s*["'`]([^"'`]+)["'`]\s*\)|getURL\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g;

function resolveImport(from: string, spec: string): string {
  if (spec.startsWith('/')) return spec.slice(1);
  return join(from, '..', spec);
}

/** The content script's size as shipped in `distDir` (minified by the build), raw and gzipped. */
export function contentScriptSize(distDir: string): ScriptSize {
  const manifest = JSON.parse(readFileSync(join(distDir, 'manifest.json'), 'utf8')) as {
    content_scripts: { js: string[] }[];
  };
  const read = (file: string) => readFileSync(join(distDir, file), 'utf8');
  const bytes = (file: string) => readFileSync(join(distDir, file));
  const initial = new Set<string>();
  const lazyRoots = new Set<string>();
  const visit = (file: string, set: Set<string>) => {
    if (set.has(file)) return;
    set.add(file);
    const code = read(file);
    for (const m of code.matchAll(STATIC)) visit(resolveImport(file, (m[1] ?? m[2])!), set);
    for (const m of code.matchAll(DYNAMIC)) {
      // `import('./x.js')` is relative to the chunk; `runtime.getURL('assets/x.js')` to the root.
      lazyRoots.add(m[1] !== undefined ? resolveImport(file, m[1]) : m[2]!.replace(/^\//, ''));
    }
  };
  for (const script of manifest.content_scripts.flatMap((c) => c.js)) visit(script, initial);
  // crxjs's loader imports the real entry dynamically: that import is part of the first load.
  for (const root of [...lazyRoots]) {
    if (
      [...initial].some((f) => read(f).length < 400 && read(f).includes(root.split('/').pop()!))
    ) {
      lazyRoots.delete(root);
      visit(root, initial);
    }
  }
  const lazy = new Set<string>();
  for (const root of lazyRoots) if (!initial.has(root)) visit(root, lazy);
  for (const f of initial) lazy.delete(f);
  // The reader's matcher is a file in parts the first stage and the reader read as it loads.
  for (let n = 0; existsSync(join(distDir, matcherPart(n))); n++) lazy.add(matcherPart(n));
  const sum = (files: Set<string>, gz: boolean) =>
    [...files].reduce(
      (n, f) => n + (gz ? gzipSync(bytes(f), { level: 9 }).length : bytes(f).length),
      0,
    );
  return {
    initial: [...initial],
    lazy: [...lazy],
    initialBytes: sum(initial, false),
    initialGzip: sum(initial, true),
    lazyBytes: sum(lazy, false),
    lazyGzip: sum(lazy, true),
  };
}

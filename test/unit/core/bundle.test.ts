/**
 * What the content script bundles: the committed cue table is the stories' current one, and the page
 * reader's module graph reaches the cue table but never the stories' full text, nor the prepared
 * matcher (the extension reads the matcher from the build's file).
 */
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CUE_TABLE_PATH, cueTableValue } from '../../../build/compile-matcher-plugin';
import { ROOT } from './helpers/paths';

/** Static imports reachable from a module (type-only imports excluded: they vanish at build). */
function moduleGraph(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    if (file.endsWith('.json')) return;
    const source = readFileSync(file, 'utf8');
    for (const m of source.matchAll(/^import\s+(type\s+)?[^'"]*?from\s+'([^']+)'[^;]*;/gms)) {
      if (m[1] !== undefined) continue;
      const spec = m[2] as string;
      if (!spec.startsWith('.')) {
        seen.add(spec);
        continue;
      }
      const base = join(dirname(file), spec);
      visit(base.endsWith('.json') || base.endsWith('.ts') ? base : `${base}.ts`);
    }
  };
  visit(join(ROOT, entry));
  return [...seen].map((f) => (f.startsWith('/') ? relative(ROOT, f) : f)).sort();
}

describe('the page reader’s bundle', () => {
  it('has a cue table in step with the stories (else: npx tsx build/compile-matcher-plugin.ts)', () => {
    expect(JSON.parse(readFileSync(CUE_TABLE_PATH, 'utf8'))).toEqual(cueTableValue());
  });

  it('imports the compiled cue table and no story file, schema, package or prepared matcher', () => {
    // The extension's reader: the page reader and the matcher it reads from the build's file (in
    // tasks of its own, recorded as ours).
    const graph = [
      ...moduleGraph('src/read-page.ts'),
      ...moduleGraph('extension/content/matcher-file.ts'),
    ];
    expect(graph).toContain('src/match/cue-table.generated.json');
    expect(graph).not.toContain('src/match/matcher.generated.json');
    expect(
      graph.filter((f) => f.startsWith('src/stories/') || !f.startsWith('src/')).sort(),
    ).toEqual([
      'extension/content/matcher-file.ts',
      'extension/content/schedule.ts',
      'extension/content/task-timing.ts',
    ]);
  });
});

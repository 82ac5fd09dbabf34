/**
 * The committed anchors (`src/anchors/context.generated.json`, `src/anchors/anchors.generated.json`)
 * are those the build derives from the current stories, concept words, word counts and reference
 * texts: a data edit that was not built fails here, naming the command that brings them in step.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ANCHORS_PATHS, anchorsFiles, type AnchorsFile } from '../../../build/anchors-plugin';

describe('the generated anchors', () => {
  it('are in step with the dataset (else: npx tsx build/anchors-plugin.ts, or npm run build)', () => {
    const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as AnchorsFile;
    const committed = {
      context: read(ANCHORS_PATHS.context),
      stories: read(ANCHORS_PATHS.stories),
    };
    const fresh = anchorsFiles();
    expect(committed.context.inputs).toBe(fresh.context.inputs);
    expect(committed).toEqual(fresh);
  }, 60_000);
});

/**
 * The committed anchors (`src/anchors/anchors.generated.json`) are those the build derives from the
 * current stories, concept words, word counts and reference texts: a data edit that was not built
 * fails here, naming the command that brings the file in step.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ANCHORS_PATH, anchorsFile, type AnchorsFile } from '../../../build/anchors-plugin';

describe('the generated anchors', () => {
  it('are in step with the dataset (else: npx tsx build/anchors-plugin.ts, or npm run build)', () => {
    const committed = JSON.parse(readFileSync(ANCHORS_PATH, 'utf8')) as AnchorsFile;
    const fresh = anchorsFile();
    expect(committed.inputs).toBe(fresh.inputs);
    expect(committed).toEqual(fresh);
  }, 60_000);
});

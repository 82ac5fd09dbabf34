import { describe, expect, it } from 'vitest';
import { stories, storyById } from '../../../src/stories/index';
import { storySchema } from '../../../src/stories/schema';

describe('stories', () => {
  it('bundles the China 124-exchange story, typed and schema-valid', () => {
    expect(stories.map((s) => s.id)).toEqual(['china-crypto-exchange-block-2018']);
    for (const story of stories) expect(storySchema.safeParse(story).success).toBe(true);
  });

  it('finds a story by id', () => {
    expect(storyById('china-crypto-exchange-block-2018')?.title).toMatch(/124 offshore crypto/);
    expect(storyById('nope')).toBeUndefined();
  });
});

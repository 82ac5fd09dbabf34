/** The shape of a translation file (`src/stories/<story-id>/<locale>.json`); see translation.ts. */
import { z } from 'zod';
import type { StoryTranslation } from './translation.ts';

const text = z.string().trim().min(1, 'must not be empty');
const id = z.string().min(1);

export const storyTranslationSchema: z.ZodType<StoryTranslation> = z.strictObject({
  title: text.optional(),
  summary: text.optional(),
  sources: z
    .record(id, z.strictObject({ headline: text.optional(), notes: z.array(text).optional() }))
    .optional(),
  facts: z
    .record(
      id,
      z.strictObject({
        title: text.optional(),
        statement: text.optional(),
        statements: z
          .record(
            id,
            z.strictObject({
              quote: text.optional(),
              value: text.optional(),
              note: text.optional(),
            }),
          )
          .optional(),
        differences: z.array(text).optional(),
      }),
    )
    .optional(),
  reasons: z.record(z.string(), text).optional(),
  timeline: z.array(text).optional(),
});

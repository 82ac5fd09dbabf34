/**
 * The first stage's second step: the stories' anchors (`src/anchors/anchors.generated.json`, tens
 * of kilobytes) and their check (`check.ts`), loaded only on a page that holds some story's context
 * words. A page that passes this check too may be about a story, and gets the reader.
 */
import anchors from '../../src/anchors/anchors.generated.json';
import { anchorCheck, type AnchorCheck } from '../../src/anchors/check';
import type { AnchorSpec } from '../../src/anchors/derive';
import type { normalizer } from '../../src/anchors/normalize';

const spec = anchors as unknown as AnchorSpec;

/** The stories' check, with the first stage's normalisation (`check.ts` says why it is passed). */
export const storiesCheck = (normalize: typeof normalizer): AnchorCheck =>
  anchorCheck(spec, normalize(spec));

/**
 * The first stage's second step: the stories' anchors (`src/anchors/anchors.generated.json`, tens
 * of kilobytes), loaded only on a page that holds some story's context words. A page that passes
 * this check too may be about a story, and gets the reader. The check's code stays in the first
 * stage, which uses it for the context words.
 */
import anchors from '../../src/anchors/anchors.generated.json';
import type { AnchorSpec } from '../../src/anchors/derive';

export const storiesAnchors = anchors as unknown as AnchorSpec;

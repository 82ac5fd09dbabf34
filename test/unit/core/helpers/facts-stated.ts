/** The facts a page's blocks state: their findings, whether or not the page is about the story. */
import { readPage } from '../../../../src/bundled-reader';

export const factsStated = (blocks: readonly string[]): string[] =>
  readPage(blocks).relevance.evidence.flatMap((e) => e.facts);

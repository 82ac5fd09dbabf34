/**
 * The content script reads in steps, so that a huge page never holds the main thread: the steps
 * must add up to exactly what one call reads.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledMatcher, readPage } from '../../../src/bundled-reader';
import { readPageInSteps } from '../../../src/read-page';
import { htmlToBlocks, textToBlocks } from './helpers/html-blocks';
import { CORPUS_COPIES, seedArticles } from './helpers/paths';

describe('readPageInSteps', () => {
  it('reads a huge page in many steps to the same mentions and decision as one call', () => {
    // Unrelated text (a corpus page, repeated past a few steps' worth) on both sides of an article
    // about the story.
    const page = htmlToBlocks(readFileSync(join(CORPUS_COPIES, 'guardian-1.html'), 'utf8'));
    const filler = Array.from({ length: 40 }, () => page).flat();
    const article = textToBlocks(seedArticles()[1]!.text);
    const blocks = [...filler, ...article, ...filler];
    const steps = readPageInSteps(bundledMatcher(), blocks);
    let count = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) count++;
    expect(count).toBeGreaterThan(3);
    const once = readPage(blocks);
    expect(once.relevance.relevant).toBe(true);
    expect(step.value).toEqual(once);
    const first = once.mentions[0]!;
    expect(first.block).toBeGreaterThanOrEqual(filler.length);
  });
});

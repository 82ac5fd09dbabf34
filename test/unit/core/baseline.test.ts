/**
 * The five source articles, read with the bundled stories: each is about the story, and the marks
 * found in each are exactly those in its reviewer-readable baseline
 * (`test/fixtures/text/baselines/<article>.json`). `UPDATE_BASELINES=1` rewrites the baselines;
 * review the diff before committing it.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../../src/bundled-reader';
import { textToBlocks } from './helpers/html-blocks';
import { markedText } from './helpers/marks';
import { TEXT, seedArticles } from './helpers/paths';

interface BaselineMark {
  block: number;
  text: string;
  factId: string;
  verdict: string;
}

const dir = join(TEXT, 'baselines');

const update = process.env.UPDATE_BASELINES === '1';

describe('the five source articles', () => {
  for (const { name, text } of seedArticles()) {
    it(`${name}: is about the story, with exactly the baseline's marks`, () => {
      const blocks = textToBlocks(text);
      const reading = readPage(blocks);
      expect(reading.relevance.relevant, reading.relevance.reason).toBe(true);
      expect(reading.relevance.storyId).toBe('china-crypto-exchange-block-2018');
      const marks: BaselineMark[] = reading.mentions.map((m) => ({
        block: m.block,
        text: markedText(blocks[m.block] ?? '', m.ranges),
        factId: m.factId,
        verdict: m.verdict,
      }));
      const file = join(dir, `${name}.json`);
      if (update || !existsSync(file)) {
        mkdirSync(dir, { recursive: true });
        writeFileSync(file, `${JSON.stringify(marks, null, 2)}\n`);
      }
      const expected = JSON.parse(readFileSync(file, 'utf8')) as BaselineMark[];
      const key = (m: BaselineMark): string => `${m.block} ${m.factId} ${m.verdict} «${m.text}»`;
      const found = new Set(marks.map(key));
      const wanted = new Set(expected.map(key));
      expect({
        missing: [...wanted].filter((k) => !found.has(k)),
        extra: [...found].filter((k) => !wanted.has(k)),
      }).toEqual({ missing: [], extra: [] });
    });
  }
});

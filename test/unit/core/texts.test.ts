/**
 * Paraphrases of the story written in other outlets' styles (English, Chinese, Russian) are
 * recognised; near-misses (other China or crypto stories, a "124" in another sense) are not, and
 * nothing is marked on them.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../../src/bundled-reader';
import { textToBlocks } from './helpers/html-blocks';
import { TEXT } from './helpers/paths';

function texts(folder: string): { name: string; blocks: string[] }[] {
  const dir = join(TEXT, folder);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ name: f, blocks: textToBlocks(readFileSync(join(dir, f), 'utf8')) }));
}

describe('paraphrases in other outlets’ styles', () => {
  const all = texts('paraphrases');
  it('cover English, Chinese and Russian', () => {
    expect(all.map((t) => t.name.replace(/.*-(\w+)\.txt$/, '$1')).sort()).toEqual(
      expect.arrayContaining(['en', 'ru', 'zh']),
    );
  });
  for (const { name, blocks } of all) {
    it(`${name} is about the story, its headline and body marked`, () => {
      const reading = readPage(blocks);
      expect(reading.relevance.relevant, reading.relevance.reason).toBe(true);
      expect(reading.relevance.storyId).toBe('china-crypto-exchange-block-2018');
      const facts = new Set(reading.mentions.map((m) => m.factId));
      expect(facts.has('exchange-count') && facts.has('regulator')).toBe(true);
      expect(new Set(reading.mentions.map((m) => m.block)).size).toBeGreaterThanOrEqual(3);
      // The words marked are in the paraphrase's language: the UI quotes them with it.
      const language = name.replace(/.*-(\w+)\.txt$/, '$1');
      expect(reading.mentions.filter((m) => m.factId === 'exchange-count')[0]?.lang).toBe(language);
      for (const m of reading.mentions) {
        expect(m.end).toBeGreaterThan(m.start);
        expect(blocks[m.block]?.slice(m.start, m.end).trim()).toBe(
          blocks[m.block]?.slice(m.start, m.end),
        );
      }
    });
  }
});

describe('Russian headlines', () => {
  it('mark the count in the dative ("доступ к 124 иностранным криптобиржам")', () => {
    const headline = 'Власти Китая заблокируют доступ к 124 иностранным криптобиржам';
    const body = texts('paraphrases').find((t) => t.name.endsWith('-ru.txt'))!.blocks;
    const reading = readPage([headline, ...body.slice(1)]);
    const count = reading.mentions.find((m) => m.block === 0 && m.factId === 'exchange-count');
    expect(count && headline.slice(count.start, count.end)).toBe('124 иностранным криптобиржам');
  });
});

describe('near-misses', () => {
  const all = texts('near-misses');
  it('cover the 2017 ban, WeChat, Binance, a "124" and the 2021 mining ban', () => {
    expect(all.length).toBeGreaterThanOrEqual(5);
  });
  for (const { name, blocks } of all) {
    it(`${name} is not about the story and nothing is marked`, () => {
      const reading = readPage(blocks);
      expect(reading.relevance.relevant, reading.relevance.reason).toBe(false);
      expect(reading.relevance.storyId).toBeNull();
      expect(reading.mentions).toEqual([]);
    });
  }
});

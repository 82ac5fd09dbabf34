/**
 * Venues told not to host crypto events is this story's fact only in Beijing: other cities and
 * districts barred such events too (Shenzhen's in 2019). The fact is a passing mention (marked on
 * any page), so a page must name Beijing or Chaoyang somewhere for it to count, whatever its
 * sentence names.
 */
import { describe, expect, it } from 'vitest';
import { readPage } from '../../../src/bundled-reader';
import { factsStated } from './helpers/facts-stated';

const found = (blocks: string[]): string[] => factsStated(['Crypto news', ...blocks]);

/** A page about another city's ban, and the same page about Beijing's. */
const cities = [
  [
    "Shenzhen's Futian district in China has sent a notice.",
    'Shopping malls and hotels must not host events that promote cryptocurrencies, it said.',
  ],
  [
    "In China, shopping malls and hotels must not host events that promote cryptocurrencies, Shenzhen's Futian district said.",
  ],
  ['中国深圳市福田区发布通知：商场、酒店等场所不得承接任何虚拟货币推介活动。'],
  [
    'Der Bezirk Futian in Shenzhen (China) hat eine Mitteilung verschickt: Hotels und Einkaufszentren dürfen keine Veranstaltungen für Kryptowährungen ausrichten.',
  ],
  [
    'Власти района Футянь в Шэньчжэне (Китай) запретили отелям и торговым центрам предоставлять площадки для мероприятий по криптовалютам.',
  ],
];
const inBeijing = (block: string): string =>
  block
    .replace("Shenzhen's Futian", "Beijing's Chaoyang")
    .replace('深圳市福田区', '北京市朝阳区')
    .replace('Futian in Shenzhen', 'Chaoyang in Peking')
    .replace('района Футянь в Шэньчжэне', 'района Чаоян в Пекине');

describe('venues barred from crypto events', () => {
  it("is Beijing's ban on a page that names Beijing or Chaoyang", () => {
    for (const blocks of cities) {
      const page = blocks.map(inBeijing);
      expect(page, 'the Beijing page differs').not.toEqual(blocks);
      expect(found(page), page[0]).toContain('beijing-venue-ban');
    }
  });

  it('is no fact of this story on a page about another city', () => {
    for (const blocks of cities) {
      expect(found(blocks), blocks[0]).not.toContain('beijing-venue-ban');
      expect(readPage(['Crypto news', ...blocks]).mentions, blocks[0]).toEqual([]);
    }
  });
});

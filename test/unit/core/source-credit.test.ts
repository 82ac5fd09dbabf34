/**
 * "Lanjiner was first to report the closures" is a fact stated by a name alone. A page credits
 * its source once; the name said again later ("the list, citing Lanjiner"; "Source: Lanjiner")
 * only cites it, so the frame marks the page's first mention only (`once`).
 */
import { describe, expect, it } from 'vitest';
import { readPage } from '../../../src/bundled-reader';

const credits = (blocks: string[]): { block: number; text: string }[] =>
  readPage(blocks)
    .mentions.filter((m) => m.factId === 'lanjiner-first-report')
    .map((m) => ({ block: m.block, text: blocks[m.block]!.slice(m.start, m.end) }));

describe('a source credited by name', () => {
  it('is marked where the page first credits it, not where it cites it again', () => {
    const page = [
      'WeChat closes crypto media accounts',
      'WeChat has shut the public accounts of at least eight blockchain and crypto news outlets. Lanjiner, a Chinese financial portal, was first to report it.',
      'CoinCentral, citing Lanjiner, lists eleven accounts: Huobi News, CoinDaily, Jinse and Deepchain among them.',
      'Source: Lanjiner',
    ];
    expect(credits(page)).toEqual([{ block: 1, text: 'Lanjiner' }]);
  });

  it('is marked on its own line when the page names it nowhere else', () => {
    const page = [
      'WeChat closes crypto media accounts',
      'WeChat has shut the public accounts of at least eight blockchain and crypto news outlets, among them Huobi News, CoinDaily and Jinse.',
      'First to report it: the financial portal Lanjiner.',
    ];
    expect(credits(page)).toEqual([{ block: 2, text: 'Lanjiner' }]);
  });
});

/**
 * A fact that gives way to another (`Fact.givesWayTo`) is not marked where that fact is read over
 * it, but a loose reading of the other fact, which a tighter one of it beside replaces, takes
 * nothing from it: "plans to block them, and also go after domestic sites" holds a block word for
 * the domestic sites too, yet the sentence states both plans.
 */
import { describe, expect, it } from 'vitest';
import { readPage } from '../../../src/bundled-reader';

const marksOf = (page: string[]) =>
  readPage(page).mentions.map((m) => ({
    block: m.block,
    fact: m.factId,
    text: page[m.block]!.slice(m.start, m.end),
  }));

const title = 'China to block 124 offshore cryptocurrency exchanges';

describe('a fact that gives way', () => {
  it('is marked beside a tighter reading of the fact it gives way to', () => {
    const page = [
      title,
      'The Shanghai Securities News said the internet finance risk rectification office found 124 foreign exchanges still accessible from China and plans to block them, and also go after domestic sites and WeChat accounts doing crypto trading or ICOs.',
    ];
    const marks = marksOf(page);
    expect(marks).toContainEqual({ block: 1, fact: 'block-plan', text: 'plans to block' });
    expect(marks).toContainEqual({
      block: 1,
      fact: 'domestic-sites-wechat',
      text: 'domestic sites and WeChat accounts',
    });
  });

  it('is not marked where that fact is read over it', () => {
    const page = [
      title,
      'The office also plans to block domestic websites and WeChat accounts that offer crypto trading.',
    ];
    const facts = marksOf(page)
      .filter((m) => m.block === 1)
      .map((m) => m.fact);
    expect(facts).toContain('domestic-sites-wechat');
    expect(facts).not.toContain('block-plan');
  });

  it('is not marked where its words are words of a reading of that fact', () => {
    const page = [
      title,
      'Chinese regulators will block access to 124 offshore cryptocurrency exchanges, the Shanghai Securities News reported on Thursday.',
      'Видання CoinCentral повідомило, що не змогло отримати коментар від Shanghai Securities News.',
    ];
    expect(marksOf(page).filter((m) => m.block === 2 && m.fact === 'report-source')).toEqual([]);
  });
});

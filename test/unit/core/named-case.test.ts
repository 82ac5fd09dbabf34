/**
 * Shenzhen Puyin is told the way chat and blogs tell it: the name in one sentence ("One example is
 * Shenzhen Puyin."), its figures in the next ("The company raised $60 million in three ICO
 * rounds…"). The figures state the case without the name, and they are the single case, not ICO
 * scams at large.
 */
import { describe, expect, it } from 'vitest';
import { readPage } from '../../../src/bundled-reader';

const marked = (blocks: string[], factId: string): string[] =>
  readPage(blocks)
    .mentions.filter((m) => m.factId === factId)
    .map((m) => blocks[m.block]!.slice(m.start, m.end));

const page = (caseText: string): string[] => [
  'China moves to block 124 offshore crypto exchanges',
  "China's internet finance risk rectification office is moving to block access from the mainland to 124 offshore cryptocurrency exchanges that still serve Chinese users, the Shanghai Securities News reported on Thursday.",
  'ICO scams have still taken hundreds of millions of dollars from Chinese investors despite last year’s ban.',
  caseText,
];

describe('a named case told over two sentences', () => {
  it('marks the figures as the case where the name stands in the sentence before', () => {
    const blocks = page(
      'One example is Shenzhen Puyin Blockchain Group. The company raised $60 million in three ICO rounds this year, and is called one of the biggest scams in mainland China.',
    );
    expect(marked(blocks, 'shenzhen-puyin')).toContain('60 million in three ICO rounds');
    expect(marked(blocks, 'ico-scams')).toEqual([
      'ICO scams have still taken hundreds of millions of dollars from Chinese investors',
    ]);
  });

  it('keeps the name in the mark where the sentence holds it', () => {
    const blocks = page(
      'Shenzhen Puyin Blockchain Group raised $60 million in three ICO rounds this year.',
    );
    expect(marked(blocks, 'shenzhen-puyin')[0]).toContain('Puyin');
  });
});

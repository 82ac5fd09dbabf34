// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { collectBlocks, piecesOf } from '../../../extension/content/collect-blocks';
import { cutBlock, cutPoint, MAX_BLOCK_UNITS } from '../../../extension/content/split-block';
import { run } from './helpers';

describe('cutBlock', () => {
  it('prefers a line break, then a sentence end, then a space', () => {
    expect(cutPoint('aaaa bbbb. cccc\ndddd eeee', 2, 20)).toBe(16);
    expect(cutPoint('aaaa bbbb. cccc dddd eeee', 2, 20)).toBe(10);
    expect(cutPoint('中文。中文中文', 0, 6)).toBe(3);
    expect(cutPoint('aaaa bbbbccccddddeeee', 2, 20)).toBe(5);
    expect(cutPoint('aaaaaaaaaaaaaaaaaaaaaaaa', 2, 20)).toBe(20);
  });

  it('covers the text with stretches no longer than the bound, and leaves short text whole', () => {
    const text = 'One sentence about nothing at all. '.repeat(2000);
    const cuts = [...cutBlock(text, 1000)];
    expect(cuts[0]![0]).toBe(0);
    expect(cuts[cuts.length - 1]![1]).toBe(text.length);
    for (let i = 1; i < cuts.length; i++) expect(cuts[i]![0]).toBe(cuts[i - 1]![1]);
    for (const [a, b] of cuts) {
      expect(b - a).toBeLessThanOrEqual(1000);
      expect(text.slice(a, b).endsWith('.') || b === text.length).toBe(true);
    }
    expect([...cutBlock('short')]).toEqual([[0, 5]]);
  });
});

describe('collectBlocks on one huge text node', () => {
  it('cuts it into readable blocks whose offsets map back into the node', () => {
    const line = 'The regulator named 124 exchanges in its report.\n';
    const pre = document.createElement('pre');
    pre.append(line.repeat(Math.ceil((3 * MAX_BLOCK_UNITS) / line.length)));
    document.body.replaceChildren(pre);
    const node = pre.firstChild as Text;
    const blocks = run(collectBlocks(document.body));
    expect(blocks.length).toBeGreaterThan(2);
    expect(blocks.map((b) => b.text).join('')).toBe(node.data);
    for (const block of blocks) {
      expect(block.text.length).toBeLessThanOrEqual(MAX_BLOCK_UNITS);
      expect(block.text.endsWith('\n')).toBe(true);
      const at = block.text.lastIndexOf('124 exchanges');
      const [piece] = piecesOf(block, at, at + 13)!;
      expect(piece!.node).toBe(node);
      expect(node.data.slice(piece!.start, piece!.end)).toBe('124 exchanges');
    }
  });
});

// @vitest-environment happy-dom
/**
 * Marking one text node with many mentions (issue #16): the marks are built once from one read
 * of the node, put in with one write, and taken out with one write per original node, the page's
 * node keeping its identity and the DOM coming back exactly. The cost is proven by the benchmark;
 * here the writes are counted, which is what made the old way quadratic (a split per mention).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  buildMarks,
  insertMarks,
  MARK_TAG,
  unwrapMark,
  unwrapMarks,
} from '../../../extension/content/mark';
import { run, structure } from './helpers';

beforeEach(() => document.body.replaceChildren());

function nodeWith(text: string): { p: HTMLElement; node: Text } {
  const p = document.createElement('p');
  p.append(text);
  document.body.append(p);
  return { p, node: p.firstChild as Text };
}

describe('buildMarks and insertMarks', () => {
  it('marks many ranges of one node with one write, and restores it with one write', () => {
    const text = 'alpha beta gamma delta '.repeat(500);
    const { p, node } = nodeWith(text);
    const before = structure(p);
    const ranges = [];
    for (let at = text.indexOf('beta'); at >= 0; at = text.indexOf('beta', at + 1))
      ranges.push({ start: at, end: at + 4 });
    const split = vi.spyOn(Text.prototype, 'splitText');
    const built = run(buildMarks(node, ranges, () => undefined));
    expect(p.childNodes).toHaveLength(1); // nothing written while building
    const deleteData = vi.spyOn(node, 'deleteData');
    expect(insertMarks(built)).toBe(true);
    expect(split).not.toHaveBeenCalled();
    expect(deleteData).toHaveBeenCalledTimes(1);
    expect(p.querySelectorAll(MARK_TAG)).toHaveLength(500);
    expect(p.textContent).toBe(text);
    expect(p.firstChild).toBe(node); // the page's node keeps the text before the first mark
    expect(Array.from(p.querySelectorAll(MARK_TAG)).every((m) => m.textContent === 'beta')).toBe(
      true,
    );

    const appendData = vi.spyOn(node, 'appendData');
    unwrapMarks(Array.from(p.querySelectorAll(MARK_TAG)));
    expect(appendData).toHaveBeenCalledTimes(1);
    expect(structure(p)).toBe(before);
    expect(p.firstChild).toBe(node);
    split.mockRestore();
  });

  it('lets the page node become the first mark when a range starts at 0, and still restores it', () => {
    const { p, node } = nodeWith('beta and beta');
    const built = run(
      buildMarks(
        node,
        [
          { start: 0, end: 4 },
          { start: 9, end: 13 },
        ],
        () => undefined,
      ),
    );
    insertMarks(built);
    expect(p.firstChild!.nodeName.toLowerCase()).toBe(MARK_TAG);
    expect(p.firstChild!.firstChild).toBe(node);
    expect(structure(p)).toBe(
      `<${MARK_TAG.toUpperCase()}>#"beta"|#" and "|<${MARK_TAG.toUpperCase()}>#"beta"`,
    );
    unwrapMark(p.lastChild as Element);
    expect(structure(p)).toBe('#"beta and beta"');
    expect(p.firstChild).toBe(node);
  });

  it('writes nothing when the node changed since its marks were built', () => {
    const { p, node } = nodeWith('one two three');
    const built = run(buildMarks(node, [{ start: 4, end: 7 }], () => undefined));
    node.data = 'one TWO three'; // same length, other text
    expect(insertMarks(built)).toBe(false);
    expect(structure(p)).toBe('#"one TWO three"');
  });

  it('keeps apart text nodes the page kept apart, and the text the page changed inside a mark', () => {
    const p = document.createElement('p');
    p.append('one two ', 'two three');
    document.body.append(p);
    const [a, b] = Array.from(p.childNodes) as Text[];
    insertMarks(run(buildMarks(a!, [{ start: 4, end: 7 }], () => undefined)));
    insertMarks(run(buildMarks(b!, [{ start: 0, end: 3 }], () => undefined)));
    const marks = Array.from(p.querySelectorAll(MARK_TAG));
    (marks[0]!.firstChild as Text).data = 'TWO'; // the page edits our mark's text
    unwrapMarks(marks);
    expect(structure(p)).toBe('#"one TWO "|#"two three"');
  });

  it('unwraps a mark the page put an element into on its own, losing nothing', () => {
    const { p, node } = nodeWith('one two three');
    insertMarks(run(buildMarks(node, [{ start: 4, end: 7 }], () => undefined)));
    const mark = p.querySelector(MARK_TAG)!;
    mark.append(document.createElement('i'));
    unwrapMarks([mark]);
    expect(p.querySelector(MARK_TAG)).toBeNull();
    expect(p.textContent).toBe('one two three');
    expect(p.querySelector('i')).not.toBeNull();
  });
});

// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { textUpTo } from '../../../extension/content/page-text';

function el(tag: string, ...children: (Node | string)[]): HTMLElement {
  const element = document.createElement(tag);
  element.append(...children);
  return element;
}

describe('textUpTo', () => {
  it('reads what textContent reads: every text node, scripts and all, in document order', () => {
    const bold = el('b', 'blocks');
    document.body.replaceChildren(
      el('h1', 'China ', bold, ' 124'),
      document.createComment('a comment'),
      el('p', 'offshore ', el('i', 'exchanges')),
      el('script', 'var x = "s";'),
    );
    expect(textUpTo(document.body, 1000)).toBe(document.body.textContent);
    expect(textUpTo(bold.firstChild!, 1000)).toBe('blocks');
  });

  it('gives up (null) once the text passes the limit, and reads up to it', () => {
    const first = el('p', 'a'.repeat(60));
    document.body.replaceChildren(first, el('p', 'b'.repeat(60)));
    expect(textUpTo(document.body, 120)).toHaveLength(120);
    expect(textUpTo(document.body, 119)).toBeNull();
    expect(textUpTo(first.firstChild!, 59)).toBeNull();
  });
});

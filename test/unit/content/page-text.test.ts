// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { SKIPPED } from '../../../extension/content/collect-blocks';
import { RAW_TEXT, textUpTo } from '../../../extension/content/page-text';

function el(tag: string, ...children: (Node | string)[]): HTMLElement {
  const element = document.createElement(tag);
  element.append(...children);
  return element;
}

describe('textUpTo', () => {
  it('reads what textContent reads, in document order, but for scripts, styles and raw text', async () => {
    const bold = el('b', 'blocks');
    const script = el('script', 'var exchanges = "124 offshore";');
    document.body.replaceChildren(
      el('h1', 'China ', bold, ' 124'),
      document.createComment('a comment'),
      el('p', 'offshore ', el('i', 'exchanges')),
      script,
      el('style', '.wechat { color: red }'),
      el('noscript', 'Enable JavaScript'),
      el('textarea', 'draft'),
    );
    expect(await textUpTo(document.body, 1000)).toBe('China blocks 124offshore exchanges');
    expect(await textUpTo(bold.firstChild!, 1000)).toBe('blocks');
    // Text added to a script later is read as nothing.
    expect(await textUpTo(script.firstChild!, 1000)).toBe('');
  });

  it('goes on after a raw-text element: to its next sibling, and out of its parents', async () => {
    document.body.replaceChildren(
      el('div', el('p', 'China '), el('div', el('script', 'x = 1'), 'blocks ')),
      el('section', el('div', el('style', 'p {}')), el('iframe', 'fallback')),
      el('p', '124 exchanges'),
    );
    expect(await textUpTo(document.body, 1000)).toBe('China blocks 124 exchanges');
  });

  it('reads open shadow roots, each after the tree it stands in, and no closed one', async () => {
    const open = el('news-article', 'light ');
    open.attachShadow({ mode: 'open' }).append(el('p', '124 offshore exchanges'));
    const closed = el('secret-article');
    closed.attachShadow({ mode: 'closed' }).append(el('p', 'secret'));
    document.body.replaceChildren(el('h1', 'Title'), open, closed);
    expect(await textUpTo(document.body, 1000)).toBe('Titlelight \n124 offshore exchanges');
    expect(await textUpTo(open, 1000)).toBe('light \n124 offshore exchanges');
  });

  it('skips only elements the reader skips too', () => {
    for (const tag of RAW_TEXT) expect(SKIPPED.has(tag), tag).toBe(true);
  });

  it('gives up (null) once the text passes the limit, and reads up to it', async () => {
    const first = el('p', 'a'.repeat(60));
    document.body.replaceChildren(first, el('p', 'b'.repeat(60)));
    expect(await textUpTo(document.body, 120)).toHaveLength(120);
    expect(await textUpTo(document.body, 119)).toBeNull();
    expect(await textUpTo(first.firstChild!, 59)).toBeNull();
  });
});

describe('textUpTo on a page of many nodes', () => {
  it('reads them all over several tasks, and gives up when the page changes under it', async () => {
    const div = el('div');
    for (let i = 0; i < 5_000; i++) div.append(el('span', `w${i} `));
    document.body.replaceChildren(div);
    const slow = performance.now;
    let clock = 0;
    // Every look at the clock finds 5 ms gone: the walk yields at each look.
    performance.now = () => (clock += 5);
    try {
      expect(await textUpTo(document.body, 1_000_000)).toBe(document.body.textContent);
      const reading = textUpTo(document.body, 1_000_000);
      document.body.replaceChildren(el('p', 'new'));
      expect(await reading).toBeNull();
    } finally {
      performance.now = slow;
    }
  });
});

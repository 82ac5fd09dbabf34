// @vitest-environment jsdom
// (jsdom, not happy-dom: the page is read at once with XPath, which happy-dom lacks.)
import { describe, expect, it } from 'vitest';
import { SKIPPED } from '../../../extension/content/collect-blocks';
import { AT_ONCE_ELEMENTS, RAW_TEXT, textUpTo } from '../../../extension/content/page-text';
import { walkText } from '../../../extension/content/page-walk';

function el(tag: string, ...children: (Node | string)[]): HTMLElement {
  const element = document.createElement(tag);
  element.append(...children);
  return element;
}

/** Empty elements enough to make the page one that is walked rather than read at once. */
function padding(): HTMLElement {
  const div = el('div');
  for (let i = 0; i < AT_ONCE_ELEMENTS; i++) div.append(el('i'));
  return div;
}

/** `textUpTo(root, max)` on the page `build` makes, read at once, then walked (padded: `page-walk.ts`). */
async function bothWays(build: () => Node[], root = () => document.body, max = 1000) {
  document.body.replaceChildren(...build());
  const atOnce = await textUpTo(root(), max);
  document.body.replaceChildren(...build(), padding());
  const walked = await textUpTo(root(), max);
  return [atOnce, walked];
}

describe('textUpTo', () => {
  it('reads what textContent reads, in document order, but for scripts, styles and raw text', async () => {
    const page = () => [
      el('h1', 'China ', el('b', 'blocks'), ' 124'),
      document.createComment('a comment'),
      el('p', 'offshore ', el('i', 'exchanges')),
      el('script', 'var exchanges = "124 offshore";'),
      el('style', '.wechat { color: red }'),
      el('noscript', 'Enable JavaScript'),
      el('textarea', 'draft'),
    ];
    const expected = 'China blocks 124offshore exchanges';
    expect(await bothWays(page)).toEqual([expected, expected]);
    const bold = el('b', 'blocks');
    const script = el('script', 'var exchanges = "124 offshore";');
    document.body.replaceChildren(bold, script);
    expect(await textUpTo(bold.firstChild!, 1000)).toBe('blocks');
    // Text added to a script later is read as nothing, and so is a comment.
    expect(await textUpTo(script.firstChild!, 1000)).toBe('');
    expect(await textUpTo(document.createComment('124 exchanges'), 1000)).toBe('');
  });

  it('goes on after a raw-text element: to its next sibling, and out of its parents', async () => {
    const page = () => [
      el('div', el('p', 'China '), el('div', el('script', 'x = 1'), 'blocks ')),
      el('section', el('div', el('style', 'p {}')), el('iframe', 'fallback')),
      el('p', '124 exchanges'),
    ];
    const expected = 'China blocks 124 exchanges';
    expect(await bothWays(page)).toEqual([expected, expected]);
  });

  it('leaves out raw text inside raw text once', async () => {
    const page = () => {
      const style = el('style', 'p {}');
      style.append(el('script', 'x = 1'), 'q {}');
      return [el('p', 'China '), style, el('p', 'blocks')];
    };
    expect(await bothWays(page)).toEqual(['China blocks', 'China blocks']);
  });

  it('reads open shadow roots of custom elements, each after the tree it stands in, and no closed one', async () => {
    let open = el('news-article');
    const page = () => {
      open = el('news-article', 'light ');
      const inner = el('news-quote');
      inner.attachShadow({ mode: 'open' }).append(el('q', 'said'));
      open.attachShadow({ mode: 'open' }).append(el('p', '124 offshore exchanges'), inner);
      const closed = el('secret-article');
      closed.attachShadow({ mode: 'closed' }).append(el('p', 'secret'));
      return [el('h1', 'Title'), open, closed];
    };
    const expected = 'Titlelight \n124 offshore exchanges\nsaid';
    expect(await bothWays(page)).toEqual([expected, expected]);
    expect(await bothWays(page, () => open)).toEqual([
      'light \n124 offshore exchanges\nsaid',
      'light \n124 offshore exchanges\nsaid',
    ]);
  });

  it('reads the open shadow root of a built-in element only when it walks the page', async () => {
    const page = () => {
      const div = el('div', 'light');
      div.attachShadow({ mode: 'open' }).append(el('p', 'shadow'));
      return [div];
    };
    expect(await bothWays(page)).toEqual(['light', 'light\nshadow']);
  });

  it('skips only elements the reader skips too', () => {
    for (const tag of RAW_TEXT) expect(SKIPPED.has(tag), tag).toBe(true);
  });

  it('gives up (null) once the text passes the limit, and reads up to it', async () => {
    const page = () => [el('p', 'a'.repeat(60)), el('p', 'b'.repeat(60))];
    expect((await bothWays(page, undefined, 120)).map((t) => t?.length)).toEqual([120, 120]);
    expect(await bothWays(page, undefined, 119)).toEqual([null, null]);
    const first = el('p', 'a'.repeat(60));
    document.body.replaceChildren(first);
    expect(await textUpTo(first.firstChild!, 59)).toBeNull();
  });
});

describe('walkText, on a page too large to read at once', () => {
  it('reads it all over several tasks, and gives up when the page changes under it', async () => {
    const div = el('div');
    for (let i = 0; i < 5_000; i++) div.append(el('span', `w${i} `));
    document.body.replaceChildren(div);
    const slow = performance.now;
    let clock = 0;
    // Every look at the clock finds 5 ms gone: the walk yields at each look.
    performance.now = () => (clock += 5);
    try {
      expect(await walkText(document.body, 1_000_000, RAW_TEXT)).toBe(document.body.textContent);
      const reading = walkText(document.body, 1_000_000, RAW_TEXT);
      document.body.replaceChildren(el('p', 'new'));
      expect(await reading).toBeNull();
    } finally {
      performance.now = slow;
    }
  });
});

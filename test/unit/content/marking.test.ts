// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { Annotator } from '../../../extension/content/annotator';
import { collectBlocks, piecesOf } from '../../../extension/content/collect-blocks';
import { MARK_TAG, unwrapMark, wrapPiece } from '../../../extension/content/mark';
import { fakeReader, run, setBody, structure } from './helpers';

beforeEach(() => {
  document.body.replaceChildren();
});

describe('collectBlocks', () => {
  it('joins inline markup and splits at block elements', () => {
    setBody(
      '<article><h1>Title <i>here</i></h1><p>124 <b>crypto</b> exchanges</p><ul><li>one</li><li>two<br>three</li></ul><div>a<p>b</p>c</div></article>',
    );
    const blocks = run(collectBlocks(document.body));
    expect(blocks.map((b) => b.text)).toEqual([
      'Title here',
      '124 crypto exchanges',
      'one',
      'two',
      'three',
      'a',
      'b',
      'c',
    ]);
  });

  it('skips scripts, forms, hidden, aria-hidden, editable regions, svg and our UI', () => {
    setBody(
      '<p>seen</p><script>x</script><style>y</style><noscript>n</noscript><textarea>t</textarea>' +
        '<div hidden>h</div><div aria-hidden="true">ah</div><div contenteditable="true">ce</div>' +
        '<svg><text>s</text></svg><div data-crosscheck-ui>ui</div><template>tp</template>',
    );
    expect(run(collectBlocks(document.body)).map((b) => b.text)).toEqual(['seen']);
  });

  it('maps block offsets back to text-node pieces across inline elements', () => {
    setBody('<p>The 124 <b>crypto</b> exchanges were</p>');
    const [block] = run(collectBlocks(document.body));
    const start = block!.text.indexOf('124');
    const pieces = piecesOf(block!, start, start + '124 crypto exchanges'.length)!;
    expect(pieces.map((p) => p.node.data.slice(p.start, p.end))).toEqual([
      '124 ',
      'crypto',
      ' exchanges',
    ]);
  });
});

describe('wrap and unwrap', () => {
  it('restores the exact text-node structure', () => {
    setBody('<p>aaa bbb ccc</p>');
    const p = document.querySelector('p')!;
    const before = structure(p);
    const text = p.firstChild as Text;
    const m2 = wrapPiece({ node: text, start: 8, end: 11 });
    const m1 = wrapPiece({ node: text, start: 4, end: 7 });
    expect(p.textContent).toBe('aaa bbb ccc');
    expect(p.querySelectorAll(MARK_TAG)).toHaveLength(2);
    unwrapMark(m1);
    unwrapMark(m2);
    expect(structure(p)).toBe(before);
  });

  it('keeps text nodes the page itself kept apart', () => {
    const p = document.createElement('p');
    p.append('one ', 'two ', 'three');
    document.body.append(p);
    const before = structure(p);
    const m = wrapPiece({ node: p.childNodes[1] as Text, start: 0, end: 3 });
    unwrapMark(m);
    expect(structure(p)).toBe(before);
  });
});

describe('Annotator', () => {
  const html =
    '<article><p>They block 124 <b>crypto</b> exchanges, says <a href="#">the Rectification Office</a>.</p>' +
    '<ul><li>124 crypto exchanges</li></ul><table><tr><td>WeChat</td></tr></table></article>';

  function annotator(
    read = fakeReader({
      '124 crypto exchanges': 'count',
      'Rectification Office': 'office',
      WeChat: 'wechat',
    }),
  ) {
    return new Annotator({ read, quiet: (w) => w(), markStyle: () => 'underline' });
  }

  it('marks mentions split over inline elements as one mention, and unmarks to the same DOM', async () => {
    setBody(html);
    const before = document.body.innerHTML;
    const beforeStructure = structure(document.body);
    const a = annotator();
    const count = await a.pass(new AbortController().signal);
    expect(count).toBe(4);
    const pieces = document.querySelectorAll('[data-crosscheck-mention="0"]');
    expect(Array.from(pieces).map((p) => p.textContent)).toEqual(['124 ', 'crypto', ' exchanges']);
    expect(pieces[0]!.getAttribute('data-crosscheck-fact')).toBe('count');
    expect(document.querySelector('a [data-crosscheck-fact="office"]')).not.toBeNull();
    expect(document.querySelector('td [data-crosscheck-fact="wechat"]')).not.toBeNull();
    expect(a.ordered().map((m) => m.text)).toEqual([
      '124 crypto exchanges',
      'Rectification Office',
      '124 crypto exchanges',
      'WeChat',
    ]);
    a.clear();
    expect(document.body.innerHTML).toBe(before);
    expect(structure(document.body)).toBe(beforeStructure);
  });

  it('keeps existing marks and numbers on a second pass, and marks what was added', async () => {
    setBody(html);
    const a = annotator();
    await a.pass(new AbortController().signal);
    const first = document.querySelector('[data-crosscheck-mention="0"]');
    const p = document.createElement('p');
    p.textContent = 'Later: WeChat again.';
    document.body.append(p);
    expect(await a.pass(new AbortController().signal)).toBe(5);
    expect(document.querySelector('[data-crosscheck-mention="0"]')).toBe(first);
    expect(document.querySelectorAll(MARK_TAG)).toHaveLength(7);
  });

  it('removes every mark when the page is no longer relevant', async () => {
    setBody(html);
    const a = annotator();
    await a.pass(new AbortController().signal);
    document.querySelector('article')!.remove();
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'nothing' }));
    expect(await a.pass(new AbortController().signal)).toBe(0);
    expect(document.querySelectorAll(MARK_TAG)).toHaveLength(0);
  });
});

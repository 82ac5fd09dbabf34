// @vitest-environment happy-dom
/** Open shadow roots are read like the page; editors are never read or marked (issue #16). */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Annotator } from '../../../extension/content/annotator';
import { collectBlocks, walkPage } from '../../../extension/content/collect-blocks';
import { ContentContext } from '../../../extension/content/context';
import { documentEditable, editableValue, insideEditor } from '../../../extension/content/editable';
import { MARK_TAG } from '../../../extension/content/mark';
import { observePage } from '../../../extension/content/observe';
import { fakeReader, run, setBody, structure } from './helpers';

beforeEach(() => {
  document.designMode = 'off';
  document.body.removeAttribute('contenteditable');
  document.body.replaceChildren();
});

const signal = () => new AbortController().signal;
const annotator = () =>
  new Annotator({
    read: fakeReader({ '124 exchanges': 'count', 'Rectification Office': 'office' }),
    quiet: (w) => w(),
    markStyle: () => 'underline',
  });

describe('open shadow roots', () => {
  it('reads an open shadow root in place of the light children, through its slots', () => {
    setBody(
      '<p>before</p><x-article><span slot="title">Slotted title</span>light only</x-article><p>after</p>',
    );
    const host = document.querySelector('x-article')!;
    const shadow = host.attachShadow({ mode: 'open' });
    const h = document.createElement('h2');
    const slot = document.createElement('slot');
    slot.name = 'title';
    h.append(slot);
    const p = document.createElement('p');
    p.textContent = 'Shadow text about 124 exchanges.';
    shadow.append(h, p);
    const walk = run(walkPage(document.body));
    expect(walk.blocks.map((b) => b.text)).toEqual([
      'before',
      'Slotted title',
      'Shadow text about 124 exchanges.',
      'after',
    ]);
    expect(walk.shadowRoots).toEqual([shadow]);
  });

  it('leaves closed shadow roots alone', () => {
    setBody('<x-closed>light</x-closed>');
    const shadow = document.querySelector('x-closed')!.attachShadow({ mode: 'closed' });
    shadow.append(Object.assign(document.createElement('p'), { textContent: 'hidden' }));
    expect(run(collectBlocks(document.body)).map((b) => b.text)).not.toContain('hidden');
  });

  it('marks inside an open shadow root and restores it exactly', async () => {
    setBody('<x-article></x-article>');
    const shadow = document.querySelector('x-article')!.attachShadow({ mode: 'open' });
    const p = document.createElement('p');
    p.append('They named 124 exchanges and the ', 'Rectification Office', '.');
    shadow.append(p);
    const before = structure(shadow);
    const a = annotator();
    const roots: ShadowRoot[] = [];
    const marking = new Annotator({
      read: fakeReader({ '124 exchanges': 'count' }),
      quiet: (w) => w(),
      markStyle: () => 'underline',
      onShadowRoot: (root) => roots.push(root),
    });
    expect(await marking.pass(signal())).toBe(1);
    expect(roots).toEqual([shadow]);
    expect(shadow.querySelector(`${MARK_TAG}[data-crosscheck-fact="count"]`)).not.toBeNull();
    marking.clear();
    expect(structure(shadow)).toBe(before);
    expect(await a.pass(signal())).toBe(2);
  });
});

describe('editors', () => {
  it('knows editable values, regions and documents', () => {
    expect(['', 'true', 'TRUE', 'plaintext-only', 'bogus'].every(editableValue)).toBe(true);
    expect(editableValue('false') || editableValue('False') || editableValue(null)).toBe(false);
    setBody('<div contenteditable="plaintext-only"><p><b>x</b></p></div><p>y</p>');
    expect(insideEditor(document.querySelector('b')!.firstChild!)).toBe(true);
    expect(insideEditor(document.querySelectorAll('p')[1]!.firstChild!)).toBe(false);
    expect(documentEditable()).toBe(false);
    document.body.setAttribute('contenteditable', 'true'); // (happy-dom reads only "true"; browsers, "" too)
    expect(documentEditable()).toBe(true);
  });

  it('never marks an editable region, an editable body or a designMode document', async () => {
    setBody(
      '<div contenteditable="plaintext-only"><p>124 exchanges</p></div>' +
        '<div contenteditable="TRUE"><p>124 exchanges</p></div><p>Rectification Office</p>',
    );
    const a = annotator();
    expect(await a.pass(signal())).toBe(1);
    expect(document.querySelector(`[contenteditable] ${MARK_TAG}`)).toBeNull();

    document.body.setAttribute('contenteditable', 'true');
    expect(await a.pass(signal())).toBe(0);
    expect(document.querySelector(MARK_TAG)).toBeNull();
    document.body.removeAttribute('contenteditable');

    expect(await a.pass(signal())).toBe(1);
    document.designMode = 'on';
    expect(await a.pass(signal())).toBe(0);
    expect(document.querySelector(MARK_TAG)).toBeNull();
  });

  it('removes the marks of a region the moment it becomes editable, exactly, and no others', async () => {
    setBody('<article><p>They named 124 exchanges.</p></article><p>The Rectification Office.</p>');
    const article = document.querySelector('article')!;
    const before = structure(article);
    const ctx = new ContentContext();
    const a = annotator();
    const onEditable = vi.fn((el: Element) => a.clearWithin(el));
    observePage(ctx, { onChange: () => undefined, onEditable });
    expect(await a.pass(signal())).toBe(2);
    article.setAttribute('contenteditable', 'true');
    await new Promise((ok) => setTimeout(ok, 0));
    expect(onEditable).toHaveBeenCalledWith(article);
    expect(structure(article)).toBe(before);
    expect(a.mentions.size).toBe(1);
    expect(document.querySelector(MARK_TAG)?.textContent).toBe('Rectification Office');
    ctx.dispose();
  });

  it('does not ask for a pass when the user types in an editor', async () => {
    setBody('<div contenteditable="true"><p>draft</p></div>');
    const ctx = new ContentContext();
    const onChange = vi.fn();
    observePage(ctx, onChange, { delayMs: 5, maxWaitMs: 20 });
    const p = document.querySelector('p')!;
    (p.firstChild as Text).appendData(' and more words');
    p.append(Object.assign(document.createElement('b'), { textContent: 'bold words' }));
    await new Promise((ok) => setTimeout(ok, 40));
    expect(onChange).not.toHaveBeenCalled();
    ctx.dispose();
  });
});

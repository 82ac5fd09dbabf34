// @vitest-environment happy-dom
/** The bound on work (issue #16): marks per fact, the rest counted; a page that fights us wins. */
import { beforeEach, describe, expect, it } from 'vitest';
import { Annotator, MARKS_PER_FACT } from '../../../extension/content/annotator';
import { MARK_TAG } from '../../../extension/content/mark';
import { fakeReader } from './helpers';

beforeEach(() => document.body.replaceChildren());
const signal = () => new AbortController().signal;

function annotator() {
  return new Annotator({
    read: fakeReader({ '124 exchanges': 'count', WeChat: 'wechat' }),
    quiet: (w) => w(),
    markStyle: () => 'underline',
  });
}

describe('marks per fact', () => {
  it(`marks at most ${MARKS_PER_FACT} mentions of a fact, in page order, and counts the others`, async () => {
    const pre = document.createElement('pre');
    pre.append(`${'There are 124 exchanges. '.repeat(MARKS_PER_FACT + 50)}WeChat too.`);
    document.body.append(pre);
    const text = pre.textContent;
    const a = annotator();
    expect(await a.pass(signal())).toBe(MARKS_PER_FACT + 1);
    expect(document.querySelectorAll(`[data-crosscheck-fact="count"]`)).toHaveLength(
      MARKS_PER_FACT,
    );
    expect(document.querySelectorAll(`[data-crosscheck-fact="wechat"]`)).toHaveLength(1);
    expect(Object.fromEntries(a.unmarked)).toEqual({ count: 50 });
    expect(pre.textContent).toBe(text);
    // The first ones in page order are marked: the text after the last mark holds the others.
    const marks = document.querySelectorAll(`[data-crosscheck-fact="count"]`);
    const range = document.createRange();
    range.setStartAfter(marks[marks.length - 1]!);
    range.setEnd(pre, pre.childNodes.length);
    expect(range.toString().split('124 exchanges')).toHaveLength(51);
    // A second pass adds nothing and counts the same.
    expect(await a.pass(signal())).toBe(MARKS_PER_FACT + 1);
    expect(Object.fromEntries(a.unmarked)).toEqual({ count: 50 });
  });
});

describe('a page that takes our marks away', () => {
  it('that reverts our writes at once: gets them back three times, then is left alone', async () => {
    const p = document.createElement('p');
    p.textContent = 'They named 124 exchanges.';
    document.body.append(p);
    let reverts = 0;
    const observer = new MutationObserver(() => {
      reverts++;
      observer.disconnect();
      p.textContent = 'They named 124 exchanges.'; // the framework's own render, again
      observer.observe(p, { childList: true, subtree: true });
    });
    observer.observe(p, { childList: true, subtree: true });
    const a = annotator();
    const marked: number[] = [];
    for (let i = 0; i < 5; i++) {
      marked.push(await a.pass(signal()));
      await new Promise((ok) => setTimeout(ok, 10));
    }
    observer.disconnect();
    expect(marked).toEqual([0, 0, 0, 0, 0]); // each pass's marks were gone before it ended
    expect(reverts).toBe(3); // and after three, we stopped writing
    expect(document.querySelectorAll(MARK_TAG)).toHaveLength(0);
    expect(p.textContent).toBe('They named 124 exchanges.');
  });

  it('that re-renders soon after each pass: gets them back, up to a bound (no endless loop)', async () => {
    const p = document.createElement('p');
    p.textContent = 'They named 124 exchanges.';
    document.body.append(p);
    const a = annotator();
    let passes = 0;
    for (let i = 0; i < 30; i++) {
      await a.pass(signal());
      if (document.querySelectorAll(MARK_TAG).length === 0) break;
      passes++;
      p.textContent = 'They named 124 exchanges.'; // a re-render, on the page's own schedule
    }
    expect(passes).toBeGreaterThan(10);
    expect(passes).toBeLessThan(30);
    expect(Object.fromEntries(a.unmarked)).toEqual({ count: 1 });
  });
});

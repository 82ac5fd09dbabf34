// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { watchAddedText } from '../../../extension/content/added-text';

const wait = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

describe('watchAddedText', () => {
  it('reads only the text added since, once per burst, and stops when the check passes', async () => {
    document.body.replaceChildren(
      Object.assign(document.createElement('p'), { textContent: 'old text' }),
    );
    const seen: string[] = [];
    const check = vi.fn((text: string | null) => {
      if (text === null) return true;
      seen.push(text);
      return text.includes('124 offshore');
    });
    watchAddedText(document.body, check);
    for (const text of ['first', 'second'])
      document.body.append(Object.assign(document.createElement('p'), { textContent: text }));
    await wait(400);
    expect(check).toHaveBeenCalledTimes(1);
    expect(seen[0]).toContain('first');
    expect(seen[0]).toContain('second');
    expect(seen[0]).not.toContain('old text');

    document.body.append(
      Object.assign(document.createElement('p'), { textContent: '124 offshore' }),
    );
    await wait(400);
    expect(check).toHaveBeenCalledTimes(2);
    // Stopped: later text is not read.
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'more' }));
    await wait(400);
    expect(check).toHaveBeenCalledTimes(2);
  });

  it('reads a text node whose characters changed', async () => {
    const p = Object.assign(document.createElement('p'), { textContent: 'before' });
    document.body.replaceChildren(p);
    const check = vi.fn(() => false);
    const stop = watchAddedText(document.body, check);
    (p.firstChild as Text).data = 'after';
    await wait(400);
    expect(check).toHaveBeenCalledWith('after\n');
    stop();
  });
});

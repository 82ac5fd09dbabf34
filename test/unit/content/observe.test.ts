// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContentContext } from '../../../extension/content/context';
import { wrapPiece } from '../../../extension/content/mark';
import { observePage } from '../../../extension/content/observe';
import { runChunked } from '../../../extension/content/schedule';

const flush = () => new Promise((ok) => setTimeout(ok, 0));

describe('observePage', () => {
  let ctx: ContentContext;
  afterEach(() => ctx.dispose());

  it('debounces page changes into one call, and never reacts to our own writes', async () => {
    ctx = new ContentContext();
    const p = document.createElement('p');
    p.textContent = 'some text here';
    document.body.replaceChildren(p);
    const onChange = vi.fn();
    const observer = observePage(ctx, onChange, { delayMs: 30, maxWaitMs: 200 });

    observer.quiet(() => wrapPiece({ node: p.firstChild as Text, start: 5, end: 9 }));
    await flush();
    await new Promise((ok) => setTimeout(ok, 60));
    expect(onChange).not.toHaveBeenCalled();

    for (let i = 0; i < 3; i++) {
      document.body.append(Object.assign(document.createElement('p'), { textContent: `new ${i}` }));
      await flush();
    }
    await new Promise((ok) => setTimeout(ok, 80));
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('stops with its context', async () => {
    ctx = new ContentContext();
    const onChange = vi.fn();
    observePage(ctx, onChange, { delayMs: 10, maxWaitMs: 50 });
    ctx.dispose();
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'late' }));
    await new Promise((ok) => setTimeout(ok, 60));
    expect(onChange).not.toHaveBeenCalled();
  });
});

describe('observePage backing off', () => {
  it('asks for passes less often while told they find nothing, then as usual again', async () => {
    const ctx = new ContentContext();
    const p = document.createElement('p');
    p.textContent = 'tick 0';
    document.body.replaceChildren(p);
    const calls: number[] = [];
    const start = performance.now();
    const observer = observePage(ctx, () => calls.push(performance.now() - start), {
      delayMs: 5,
      maxWaitMs: 20,
    });
    let ticks = 0;
    const ticker = setInterval(() => {
      (p.firstChild as Text).data = `tick ${++ticks}`; // a change every 2 ms, forever
    }, 2);
    await new Promise((ok) => setTimeout(ok, 200));
    const usual = calls.length;
    observer.backOff(3); // 8x: a pass at most every 160 ms
    calls.length = 0;
    await new Promise((ok) => setTimeout(ok, 300));
    const slowed = calls.length;
    observer.backOff(0);
    calls.length = 0;
    await new Promise((ok) => setTimeout(ok, 200));
    clearInterval(ticker);
    ctx.dispose();
    // Counts, not durations: about 9 calls in 200 ms as usual, at most 2 in 300 ms backed off.
    expect(usual).toBeGreaterThanOrEqual(4);
    expect(slowed).toBeLessThanOrEqual(2);
    expect(calls.length).toBeGreaterThanOrEqual(4);
  });
});

describe('runChunked', () => {
  it('runs every step, yielding between slices, and stops on abort', async () => {
    let steps = 0;
    function* work(): Generator<void, number> {
      for (let i = 0; i < 1000; i++) {
        steps++;
        yield;
      }
      return steps;
    }
    expect(await runChunked(work(), new AbortController().signal, 1)).toBe(1000);
    const controller = new AbortController();
    controller.abort();
    await expect(runChunked(work(), controller.signal)).rejects.toThrow('aborted');
  });
});

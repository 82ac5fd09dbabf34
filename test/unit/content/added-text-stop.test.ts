// @vitest-environment happy-dom
/** Stopped while it reads what was added, the watch gives no answer: nobody wants it any more. */
import { describe, expect, it, vi } from 'vitest';

let finishRead: (text: string) => void = () => undefined;
vi.mock('../../../extension/content/page-text', () => ({
  textUpTo: () => new Promise<string>((resolve) => (finishRead = resolve)),
}));
const { watchAddedText } = await import('../../../extension/content/added-text');

const wait = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

describe('watchAddedText, stopped during a read', () => {
  it('does not call the check once stopped', async () => {
    document.body.replaceChildren();
    const check = vi.fn(() => true);
    const stop = watchAddedText(document.body, check);
    document.body.append(
      Object.assign(document.createElement('p'), { textContent: '124 offshore' }),
    );
    await wait(400); // the read has started and waits for the walk
    stop();
    finishRead('124 offshore');
    await wait(10);
    expect(check).not.toHaveBeenCalled();
  });
});

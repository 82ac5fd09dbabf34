/** The build's inlining of Vite's preload helper (`build/inline-preload-plugin.ts`). */
import { describe, expect, it } from 'vitest';
import { inlinePreload } from '../../../build/inline-preload-plugin';

describe('inlinePreload', () => {
  it('replaces the import of the helper by a call of the import, and keeps the rest', () => {
    const chunk =
      'import{t as e}from"./preload-helper-7y9sWmk5.js";var t=1;' +
      'async function k(){return e(()=>import(`./stories-anchors-DGly-bsL.js`),[])}';
    const code = inlinePreload(chunk, 'assets/index.js');
    expect(code).toBe(
      'const e=(load)=>load();var t=1;' +
        'async function k(){return e(()=>import(`./stories-anchors-DGly-bsL.js`),[])}',
    );
    // The inlined helper returns what the import returns.
    const e = new Function(`${code.split(';')[0]};return e;`)() as (load: () => unknown) => unknown;
    expect(e(() => 42)).toBe(42);
  });

  it('fails the build, naming the chunk, when the import has a shape it does not know', () => {
    expect(() => inlinePreload('import*as p from"./preload-helper-x.js";', 'assets/a.js')).toThrow(
      /assets\/a\.js: imports Vite's preload helper/,
    );
  });
});

/** The build's first stage as a classic script (`build/classic-first-stage-plugin.ts`). */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  assertNotImported,
  classicScript,
  loadedModule,
} from '../../../build/classic-first-stage-plugin';

const LOADER = `(function () {
  'use strict';
  const injectTime = performance.now();
  (async () => {
    const { onExecute } = await import(
      /* @vite-ignore */
      chrome.runtime.getURL("assets/extension-content-index.ts-OXQLmPJ7.js")
    );
    onExecute?.({ perf: { injectTime, loadTime: performance.now() - injectTime } });
  })().catch(console.error);
})();`;

describe('the first stage as a classic script', () => {
  it('finds the module crxjs’s loader imports', () => {
    expect(loadedModule(LOADER, 'assets/l.js')).toBe(
      'assets/extension-content-index.ts-OXQLmPJ7.js',
    );
    expect(() => loadedModule('import("./x.js")', 'assets/l.js')).toThrow(
      /assets\/l\.js: not crxjs/,
    );
  });

  it('imports its chunks by their extension URL, in a function of its own, and exports nothing', () => {
    const code = classicScript(
      'const e=(load)=>load();var t=1;async function k(){return e(()=>import(`./reader-X.js`))}export{t as onExecute};',
      'assets/index-Y.js',
    );
    expect(code).toBe(
      "(function () {\n'use strict';\n" +
        'const e=(load)=>load();var t=1;async function k(){return e(()=>import(chrome.runtime.getURL("assets/reader-X.js")))}' +
        '\n})();\n',
    );
    // A classic script's syntax (a module's `export` would not compile here).
    expect(() => new Function(code)).not.toThrow();
  });

  it('fails the build, naming the file, when the first stage has a static import', () => {
    expect(() => classicScript('import{a as b}from"./c.js";b();', 'assets/i.js')).toThrow(
      /assets\/i\.js: the first stage must have no static import/,
    );
    expect(() => classicScript('import(someUrl);', 'assets/i.js')).toThrow(/assets\/i\.js/);
  });

  it('fails the build when another chunk imports the first stage’s module (a shared module)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'classic-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'assets/index-Y.js'), 'var t=1;export{t};');
    writeFileSync(join(dir, 'assets/card-Z.js'), 'import("./reader-X.js")');
    expect(() => assertNotImported(dir, 'assets/index-Y.js')).not.toThrow();
    writeFileSync(join(dir, 'assets/reader-X.js'), 'import{t as h}from"./index-Y.js";');
    expect(() => assertNotImported(dir, 'assets/index-Y.js')).toThrow(
      /assets\/reader-X\.js imports the first stage’s module|assets\/reader-X\.js imports the first stage's module/,
    );
  });
});

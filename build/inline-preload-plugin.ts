/**
 * Vite wraps every dynamic `import()` of a browser build in its preload helper, a chunk of its own
 * (0.9 KB gzipped) that would announce the imported chunks' dependencies as `<link
 * rel=modulepreload>` in the document's head. In a content script that document is the page's, so
 * the config announces none there (`build.modulePreload`), and the helper only calls the import;
 * elsewhere (popup, options) the chunks come from the extension's own files, where announcing
 * them gains nothing. Yet the script every page gets would still load the helper. This plugin gives
 * each chunk that imports it the one thing it still does, inline (call the import), and ships no
 * helper.
 *
 * The helper's import is Vite's own output; a build where it no longer has that shape fails here
 * rather than ship the helper unnoticed.
 */
import type { Plugin } from 'vite';

/** The helper's chunk, as Vite names it. */
const HELPER = /^(?:.*\/)?preload-helper-[\w-]+\.js$/;
/** A chunk's import of the helper: `import{t as e}from"./preload-helper-….js";`. */
const HELPER_IMPORT =
  /import\s*\{\s*[\w$]+\s+as\s+([\w$]+)\s*\}\s*from\s*"(?:\.\.?\/)*[\w/-]*preload-helper-[\w-]+\.js";?/;

/** `code` with its import of the preload helper replaced by a function that calls the import. */
export function inlinePreload(code: string, file: string): string {
  const match = HELPER_IMPORT.exec(code);
  if (!match) {
    throw new Error(
      `${file}: imports Vite's preload helper in a shape build/inline-preload-plugin.ts does not know`,
    );
  }
  const name = match[1] as string;
  const call = `const ${name}=(load)=>load();`;
  return code.slice(0, match.index) + call + code.slice(match.index + match[0].length);
}

export function inlinePreloadPlugin(): Plugin {
  return {
    name: 'crosscheck:inline-preload',
    apply: 'build',
    generateBundle: {
      order: 'pre',
      handler(_options, bundle) {
        for (const chunk of Object.values(bundle)) {
          if (chunk.type !== 'chunk') continue;
          const helper = chunk.imports.find((file) => HELPER.test(file));
          if (!helper) continue;
          chunk.code = inlinePreload(chunk.code, chunk.fileName);
          chunk.imports = chunk.imports.filter((file) => file !== helper);
        }
        // No chunk imports the helper now: it is not shipped (nor listed as web-accessible).
        for (const file of Object.keys(bundle)) {
          // Rollup's way to leave a file out of the output: delete it from the bundle.
          // eslint-disable-next-line @typescript-eslint/no-dynamic-delete
          if (HELPER.test(file)) delete bundle[file];
        }
      },
    },
  };
}

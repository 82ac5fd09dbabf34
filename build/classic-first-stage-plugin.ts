/**
 * The content script every page gets runs as the browser injects it: a classic script. crxjs ships
 * a content script as a module and injects a loader that imports it (`import(runtime.getURL(…))`):
 * a fetch, a compile and a link on every page, a millisecond of the page's main thread for nothing
 * the first stage needs (it has no static import). This plugin puts the first stage's code in the
 * loader's place, once the bundle is written: its dynamic imports (the anchors' later steps, the
 * walk, the reader) now name their chunks by `chrome.runtime.getURL`, as the loader did, and the
 * module file is no longer shipped or listed as web-accessible.
 *
 * It works on Rollup's and crxjs's own output; a build where either has another shape fails here,
 * naming the file, rather than ship a first stage that does not run.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Plugin } from 'vite';

interface Manifest {
  content_scripts?: { js?: string[] }[];
  web_accessible_resources?: { resources: string[] }[];
}

/** crxjs's loader: the one extension file it imports. */
const LOADER_IMPORT =
  /await import\(\s*(?:\/\*[^*]*\*\/\s*)?chrome\.runtime\.getURL\("([^"]+)"\)\s*\)/;
/** A chunk's import of another, relative to it: `import(`./reader-X.js`)`. */
const RELATIVE_IMPORT = /\bimport\(\s*(["'`])\.\/([\w.-]+\.js)\1\s*\)/g;
/** The module's exports (crxjs's loader calls them; a classic script has none). */
const EXPORTS = /\bexport\s*\{[^}]*\}\s*;?\s*$/;

/** crxjs's loader's code → the extension path of the module it imports. */
export function loadedModule(loader: string, file: string): string {
  const match = LOADER_IMPORT.exec(loader);
  if (!match)
    throw new Error(
      `${file}: not crxjs's content-script loader as build/classic-first-stage-plugin.ts knows it`,
    );
  return match[1] as string;
}

/** A module chunk (`path`: its extension path) as a classic script that does the same. */
export function classicScript(code: string, path: string): string {
  const body = code.trimEnd().replace(EXPORTS, '');
  const base = dirname(path);
  const prefix = base === '.' ? '' : `${base}/`;
  const rewritten = body.replace(
    RELATIVE_IMPORT,
    (_, _quote: string, file: string) =>
      `import(chrome.runtime.getURL(${JSON.stringify(prefix + file)}))`,
  );
  const staticImport = /(?:^|[;}])\s*import\s*[\w{*]|\bimport\.meta\b|\bexport\b\s*[{\w*]/.exec(
    rewritten,
  );
  const unknownImport = /\bimport\((?!chrome\.runtime\.getURL\()/.exec(rewritten);
  if (staticImport || unknownImport) {
    throw new Error(
      `${path}: the first stage must have no static import, export or import.meta, and import only its own chunks (found "${(staticImport ?? unknownImport)?.[0]}")`,
    );
  }
  return `(function () {\n'use strict';\n${rewritten}\n})();\n`;
}

/**
 * Fails when another chunk imports the first stage's module: Rollup puts a module both stages use
 * in the entry's chunk, which is no longer a module once it is a classic script.
 */
export function assertNotImported(dir: string, module: string): void {
  const name = basename(module);
  const importer = readdirSync(join(dir, dirname(module))).find(
    (file) =>
      file.endsWith('.js') &&
      file !== name &&
      readFileSync(join(dir, dirname(module), file), 'utf8').includes(`./${name}`),
  );
  if (importer !== undefined) {
    throw new Error(
      `${join(dirname(module), importer)} imports the first stage's module ${module}: a module both stages use must not be shared (import it from one stage only)`,
    );
  }
}

export function classicFirstStagePlugin(): Plugin {
  return {
    name: 'crosscheck:classic-first-stage',
    apply: 'build',
    writeBundle: {
      order: 'post',
      handler(options) {
        const dir = options.dir;
        if (dir === undefined) throw new Error('classic-first-stage: the build has no output dir');
        const manifestFile = join(dir, 'manifest.json');
        const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest;
        const replaced: string[] = [];
        for (const script of manifest.content_scripts ?? []) {
          for (const loader of script.js ?? []) {
            const module = loadedModule(readFileSync(join(dir, loader), 'utf8'), loader);
            assertNotImported(dir, module);
            const code = readFileSync(join(dir, module), 'utf8');
            writeFileSync(join(dir, loader), classicScript(code, module));
            rmSync(join(dir, module));
            replaced.push(module);
          }
        }
        for (const entry of manifest.web_accessible_resources ?? [])
          entry.resources = entry.resources.filter((file) => !replaced.includes(file));
        writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
      },
    },
  };
}

import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import chromeManifest from './manifest.json' with { type: 'json' };
import { deriveAnchorsPlugin } from './build/anchors-plugin.ts';
import { classicFirstStagePlugin } from './build/classic-first-stage-plugin.ts';
import { compileCueTable } from './build/compile-matcher-plugin.ts';
import { firefoxManifest } from './build/firefox-manifest.ts';
import { inlinePreloadPlugin } from './build/inline-preload-plugin.ts';
import { matcherFilePlugin } from './build/matcher-file-plugin.ts';
import { relatedLabelsPlugin } from './build/related-labels-plugin.ts';
import { validateStories } from './build/validate-stories-plugin.ts';

/**
 * One config, two builds: `vite build` writes dist/chrome, `vite build --mode firefox` writes
 * dist/firefox. The Firefox manifest is derived from manifest.json (Chrome's shape), because crxjs
 * does not convert a service worker into `background.scripts` by itself.
 */
export default defineConfig(({ mode }) => {
  const browser = mode === 'firefox' ? 'firefox' : 'chrome';
  const manifest = (
    browser === 'firefox' ? firefoxManifest(chromeManifest) : chromeManifest
  ) as ManifestV3Export;
  return {
    // Validate the stories first: a broken dataset fails the build before anything is compiled.
    plugins: [
      validateStories(),
      compileCueTable(),
      deriveAnchorsPlugin(),
      relatedLabelsPlugin(),
      preact(),
      inlinePreloadPlugin(),
      matcherFilePlugin(),
      crx({ manifest, browser }),
      classicFirstStagePlugin(),
    ],
    // Big JSON (the first stage's anchors) as JSON.parse of a string: parsed faster than a literal.
    json: { stringify: true },
    build: {
      // Vite announces a dynamic import's chunks as <link rel=modulepreload> in the document's head:
      // in a content script that document is the page's, and its DOM is not ours to change.
      modulePreload: {
        resolveDependencies: (_file, deps, { hostType }) => (hostType === 'html' ? deps : []),
      },
      outDir: `dist/${browser}`,
      emptyOutDir: true,
      target: ['chrome120', 'firefox128'],
      sourcemap: false,
      // The reader's chunk (the cue table of nineteen languages' words, the scan, marks) is about
      // 900 kB: it is loaded from the extension's own files, only on a page the first stage found
      // may be about a story.
      chunkSizeWarningLimit: 1024,
    },
    // crxjs dev server (npm run dev) only; builds never touch the network.
    server: { host: '127.0.0.1', strictPort: true, port: 5173, hmr: { host: '127.0.0.1' } },
  };
});

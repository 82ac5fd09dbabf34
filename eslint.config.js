// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The layering rules of shared/DESIGN.md, enforced rather than remembered:
 * - src/ (the core) imports nothing from extension/ and nothing that needs a DOM or a browser;
 * - content/, popup/, options/, background/ do not import each other (they share ui/, platform/, src/);
 * - only platform/ touches webextension-polyfill.
 */
const contexts = ['content', 'popup', 'options', 'background'];

export default tseslint.config(
  { ignores: ['dist/', 'artifacts/', 'node_modules/', 'test/fixtures/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "AssignmentExpression[left.property.name='innerHTML']",
          message: 'No innerHTML: render data as text (DOM APIs or Preact).',
        },
        {
          selector: "AssignmentExpression[left.property.name='outerHTML']",
          message: 'No outerHTML: render data as text (DOM APIs or Preact).',
        },
        {
          selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
          message: 'No insertAdjacentHTML: render data as text (DOM APIs or Preact).',
        },
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'No dangerouslySetInnerHTML: text from the dataset is always rendered as text.',
        },
      ],
      'no-restricted-globals': ['error', 'fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource'],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // The one fetch: of a file in the extension's own package (runtime.getURL), never the network.
    files: ['extension/platform/packaged-file.ts'],
    rules: { 'no-restricted-globals': ['error', 'XMLHttpRequest', 'WebSocket', 'EventSource'] },
  },
  {
    files: ['src/**'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/extension', '**/extension/**'],
              message: 'The core must not depend on the extension.',
            },
            {
              group: ['webextension-polyfill', 'preact', 'preact/*', '@floating-ui/*'],
              message: 'The core has no UI and no browser API.',
            },
            {
              group: ['node:*', 'fs', 'path'],
              message: 'The core runs anywhere: pass data in instead.',
            },
          ],
        },
      ],
    },
  },
  ...['ui', 'platform', ...contexts].map((folder) => ({
    files: [`extension/${folder}/**`],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths:
            folder === 'platform'
              ? []
              : [
                  {
                    name: 'webextension-polyfill',
                    message: 'Only extension/platform/ talks to the browser API.',
                  },
                ],
          patterns: contexts
            .filter((other) => other !== folder)
            .map((other) => ({
              group: [`**/${other}`, `**/${other}/**`],
              message: 'Extension contexts share ui/, platform/ and src/, never each other.',
            })),
        },
      ],
    },
  })),
  {
    files: ['test/**', 'scripts/**', 'build/**', '*.config.{js,ts}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: { 'no-restricted-globals': 'off' },
  },
);

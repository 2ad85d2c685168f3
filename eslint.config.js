// ESLint (flat config): the recommended rule sets of ESLint, typescript-eslint and eslint-plugin-astro,
// the React hooks rules for the two islands, and only the exceptions this code base makes on purpose,
// each with its reason. `npm run lint` runs it over src, tests, cms, scripts and bench; `npm test` runs
// lint first.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { defineConfig, globalIgnores } from 'eslint/config';

export default defineConfig([
  // Built output, generated and vendored files: not ours to lint.
  globalIgnores(['dist/', '.test-dist*/', '.astro/', '.bench/', 'node_modules/', 'public/', 'tests/fixtures/hsds-3.1/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    // Pages and components run at build time in Node; islands, the CMS admin and the service worker in the browser.
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    rules: {
      // Hostile-input checks (control characters in content, URLs and CLI output) match them on purpose.
      'no-control-regex': 'off',
      // `const { extension: _e, ...page } = file` is how a test drops keys before comparing.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
      // No `any` in src: zod's schemas are read through src/lib/content/zod-walker.ts (zod's core classes),
      // records of every kind through their own types. Decap's admin and the tests are the exceptions below.
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    // Decap CMS's bundle ships no types: the admin handles its loose objects (Immutable maps, widget props).
    // Tests read parsed JSON and HTML whose shape is what they assert.
    files: ['cms/admin/**', 'tests/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['src/components/islands/**/*.tsx'],
    ...reactHooks.configs.flat.recommended,
  },
]);

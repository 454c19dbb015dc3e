// ESLint: typescript-eslint's strict, type-aware rules (`npm run lint`, part of
// `npm test`). Prettier keeps the layout; knip finds dead code.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** node:test's `describe` and `test` return promises that the runner awaits itself. */
const NODE_TEST = { from: 'package', package: 'node:test', name: ['describe', 'test', 'it', 'before', 'after'] };

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'dist-demo/',
      'storybook-static/',
      'bench/.cache/',
      '.scratch/',
      'test/artifacts/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      // Numbers in messages and paths ("2024", `translate(${x}px)`) read as they should.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-floating-promises': ['error', { allowForKnownSafeCalls: [NODE_TEST] }],
    },
  },
  {
    // Tests read JSON and the DOM as the page gives them, and assert what they find:
    // `!` says "this exists, or the test fails", and JSON fixtures are untyped.
    files: ['test/**', 'src/**/test/**', 'stories/**', 'bench/**'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    // Browser tests: @open-wc/testing's types declare every chai `.equal()` a Promise
    // (semantic-dom-diff), which would make each assertion a "floating promise".
    files: ['test/browser/**', 'src/**/test/*.test.ts', 'stories/**'],
    ignores: ['src/**/test/*.unit.test.ts'],
    rules: { '@typescript-eslint/no-floating-promises': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);

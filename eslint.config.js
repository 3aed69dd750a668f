// ESLint for this project (run by `npm test` through `npm run lint`): JavaScript's and TypeScript's
// recommended rules, lit's rules for templates and the web-components rules, on what ships and what tests it.
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'bench/dist/**', '.tmp/**', 'node_modules/**', 'coverage/**', 'custom-elements.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // `_name` marks a parameter kept for its position (an unused argument of a callback).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Control characters are matched on purpose: ASCII-only bundles, safe file names, CSV and XML checks.
      'no-control-regex': 'off',
      // A full-width space (U+3000) in a pattern is one a Chinese document prints; elsewhere it is a mistake.
      'no-irregular-whitespace': ['error', { skipRegExps: true }],
    },
  },
  {
    files: ['test/**'],
    languageOptions: { globals: { ...globals.mocha } },
    rules: {
      // chai's property assertions (`expect(x).to.exist`) are expressions; fixtures are loose JSON.
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
);

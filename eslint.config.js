// Lint for the code (typescript-eslint, no type information so it stays fast) plus the rules
// that keep page-facing code safe: no eval, no HTML strings into the DOM.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const noHtmlStrings = [
  { property: 'innerHTML', message: 'Render text with textContent or Preact; never HTML strings.' },
  { property: 'outerHTML', message: 'Render text with textContent or Preact; never HTML strings.' },
  { property: 'insertAdjacentHTML', message: 'Render text with textContent or Preact; never HTML strings.' },
];

export default tseslint.config(
  { ignores: ['node_modules/**', '.output/**', '.wxt/**', 'test-results/**', 'screenshots/**', 'bench-results/**', '.tmp/**', 'tests/fixtures/**', 'demo/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-properties': ['error', ...noHtmlStrings],
      'no-restricted-syntax': ['error', { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Knowledge-base strings are rendered as text.' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['tests/**', 'scripts/**', '**/*.test.ts', '**/*.test.tsx'],
    rules: { 'no-restricted-properties': 'off', '@typescript-eslint/no-explicit-any': 'off' },
  },
);

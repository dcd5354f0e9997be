import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'assets/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-eval': 'error',
      'no-new-func': 'error',
      'no-implied-eval': 'error',
    },
  },
  {
    // The rules engine is the rule book: it runs in Node, in tests and on a future server.
    files: ['src/engine/**/*.ts', 'src/scenario/**/*.ts', 'src/ai/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['phaser', 'phaser/*'], message: 'The engine must not depend on Phaser.' },
          { group: ['xstate', 'xstate/*', '@xstate/*'], message: 'The engine must not depend on XState.' },
          { group: ['**/ui/**', '**/scenes/**', '**/flow/**'], message: 'Imports go one way: the engine sits below the flow and the UI.' },
        ],
      }],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'navigator', 'HTMLElement'],
    },
  },
);

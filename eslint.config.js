// Lint rules, including the layer boundary: shared/ is pure domain code.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const sharedForbidden = [
  { name: 'react', message: 'shared/ is pure domain code: no React.' },
  { name: 'react-dom', message: 'shared/ is pure domain code: no React.' },
  { name: 'dexie', message: 'shared/ is pure domain code: the store lives in renderer/.' },
  { name: 'dexie-react-hooks', message: 'shared/ is pure domain code.' },
  { name: 'electron', message: 'shared/ is pure domain code: no Electron.' },
  { name: 'zustand', message: 'shared/ is pure domain code: UI state lives in renderer/.' },
];

// The command line sits beside the desktop app, not on it.
const cliAboveNoApp = {
  group: ['**/renderer/**', '**/electron/**', 'electron'],
  message: 'cli/ must not import the desktop app (renderer/, electron/).',
};

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'dist-renderer/**',
      'dist-bench/**',
      'dist-electron/**',
      'dist-cli/**',
      'release/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'test/bench/app/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  {
    // A spread passes every element as an argument on the stack: `push(...rows)` or
    // `Math.max(...lengths)` over a file's rows or columns overflows it ("Maximum call
    // stack size exceeded") once the array is large. Loop, or reduce, instead.
    files: ['shared/**/*.ts', 'cli/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'CallExpression > SpreadElement, NewExpression > SpreadElement',
          message:
            'No spread into a call in shared/ or cli/: a large array overflows the stack. Use a loop.',
        },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: sharedForbidden,
          patterns: [
            {
              group: ['node:*', 'fs', 'path', 'os', 'child_process'],
              message: 'shared/ must not use Node APIs.',
            },
            {
              group: ['**/renderer/**', '**/electron/**', '**/cli/**', 'ag-grid-*'],
              message: 'shared/ must not import the app layers.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'window', message: 'shared/ has no DOM.' },
        { name: 'document', message: 'shared/ has no DOM.' },
        { name: 'indexedDB', message: 'shared/ has no store.' },
        { name: 'localStorage', message: 'shared/ has no DOM.' },
        { name: 'process', message: 'shared/ has no Node.' },
        { name: 'require', message: 'shared/ has no Node.' },
      ],
    },
  },
  {
    // The command line runs shared/ code and never imports the Electron main process or the
    // renderer.
    files: ['cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [cliAboveNoApp],
        },
      ],
    },
  },
  {
    // The command's core is pure: arguments and a file reader in, what to print and the files
    // to write out (runCli.ts). Only these three files touch Node.
    files: ['cli/**/*.ts'],
    ignores: ['cli/main.ts', 'cli/nodeCli.ts', 'cli/atomicWrite.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            cliAboveNoApp,
            {
              group: ['node:*', 'fs', 'path', 'os', 'child_process'],
              message:
                "The CLI's core is pure; Node's file system is reached through cli/nodeCli.ts.",
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'process', message: "The CLI's core is pure: cli/main.ts passes what it needs." },
      ],
    },
  },
  {
    // Reads go through the store (store/reads.ts, store/liveTables.ts), so features never
    // hand-write a table read or a live query of their own. The import Worker writes where
    // its rows already are and keeps its direct store access.
    files: ['renderer/src/features/**/*.{ts,tsx}', 'renderer/src/app/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'dexie', message: 'Read through store/reads.ts or store/liveTables.ts.' },
            {
              name: 'dexie-react-hooks',
              message: 'Watch a table with useLive (store/liveTables).',
            },
          ],
          patterns: [
            {
              group: ['**/store/db'],
              importNames: ['db', 'getDb'],
              message: 'Read through store/reads.ts or store/liveTables.ts; write with commit().',
            },
          ],
        },
      ],
    },
  },
);

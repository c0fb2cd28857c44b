import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import noLiteralText from './eslint-rules/no-literal-text.js';

/**
 * Files whose user-visible words all come from the catalogues (locales/, docs/translating.md):
 * add a file here once it is converted, and the rule keeps it so.
 */
const TRANSLATED = [
  'components/*.tsx',
  'components/*-words.ts',
  'entrypoints/background/received-links.ts',
  'entrypoints/background/toolbar.ts',
  'entrypoints/content/describe-findings.ts',
  'entrypoints/content/guard.ts',
  'entrypoints/content/secret-warning.ts',
  'entrypoints/content/warning-ui.ts',
  'entrypoints/open/*.tsx',
  'entrypoints/options/*.tsx',
  'entrypoints/popup/*.tsx',
  'entrypoints/welcome/*.tsx',
  'entrypoints/welcome/server-address.ts',
  'lib/messages.ts',
  'server/viewer/*.tsx',
];

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      '.output/',
      '.wxt/',
      'data/',
      'test-results/',
      'playwright-report/',
      // PrivateBin 2.0.6 as released, a test fixture: not our code to lint.
      'test/fixtures/privatebin/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    // Command-line programs talk to the terminal on purpose.
    files: ['scripts/**', 'bin/**', 'detectors/cli.ts', 'server/main.ts', 'test/**'],
    rules: { 'no-console': 'off' },
  },
  {
    files: TRANSLATED,
    plugins: { keywarden: { rules: { 'no-literal-text': noLiteralText } } },
    rules: { 'keywarden/no-literal-text': 'error' },
  },
  prettier,
);

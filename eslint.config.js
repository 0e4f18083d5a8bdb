import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** Modules that must stay pure: no UI framework, no state library, no browser APIs. */
const pureRestrictions = {
  paths: [
    { name: 'react', message: 'content/ and src/domain/ stay free of React.' },
    { name: 'react-dom', message: 'content/ and src/domain/ stay free of React.' },
    { name: 'react-router', message: 'content/ and src/domain/ stay free of React.' },
    { name: 'zustand', message: 'content/ and src/domain/ stay free of zustand.' },
    { name: 'idb-keyval', message: 'content/ and src/domain/ stay free of storage.' },
  ],
  patterns: [
    {
      group: ['react/*', 'react-dom/*', 'zustand/*'],
      message: 'content/ and src/domain/ stay pure.',
    },
    {
      group: ['**/features/**', '**/app/**', '**/store/**', '**/components/**'],
      message: 'content/ and src/domain/ do not import the UI.',
    },
  ],
};

const domGlobals = Object.keys(globals.browser).filter((name) => !(name in globals.es2021));

export default tseslint.config(
  { ignores: ['dist', 'dev-dist', 'node_modules', 'coverage', 'test-results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: 'TSEnumDeclaration', message: 'Use a union of string literals, not an enum.' },
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
        // Imported files and pasted templates must only ever become text.
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Render text; never inject HTML.',
        },
        {
          selector:
            'AssignmentExpression > MemberExpression.left[property.name=/^(innerHTML|outerHTML)$/]',
          message: 'Render text; never inject HTML.',
        },
        {
          selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
          message: 'Render text; never inject HTML.',
        },
        // The Content-Security-Policy forbids eval; catch it before the browser does.
        { selector: "CallExpression[callee.name='eval']", message: 'No eval.' },
        { selector: "NewExpression[callee.name='Function']", message: 'No eval.' },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['content/**/*.ts', 'src/domain/**/*.ts'],
    languageOptions: { globals: { ...globals.es2021 } },
    rules: {
      'no-restricted-imports': ['error', pureRestrictions],
      'no-restricted-globals': [
        'error',
        ...domGlobals.map((name) => ({ name, message: 'No DOM in the pure core.' })),
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Pass a seeded rng in.' },
        { object: 'Date', property: 'now', message: 'Pass `now` in.' },
      ],
    },
  },
  {
    // A Learn topic page and the labs load the topics they show or cite, one chunk each
    // (content/topic-loaders.ts), not the registry of all content.
    files: ['src/features/learn/**/*.{ts,tsx}', 'src/features/labs/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)content(/index)?$',
              allowTypeImports: true,
              message: 'Load the topics needed with content/topic-loaders.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['*.config.{ts,js}', 'eslint.config.js', 'vite.config.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);

import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import pluginQuery from '@tanstack/eslint-plugin-query';
import importX from 'eslint-plugin-import-x';
import testingLibrary from 'eslint-plugin-testing-library';
import { readdirSync } from 'node:fs';

// Imports go one way: app → views → {charts, data, i18n}. charts and data know neither each
// other nor anything above them (charts may use i18n for their labels); data and i18n know
// nothing above them and not each other. src/test (test helpers) sits below the layers: it may
// import anything, and only test files import it.
const layers = ['app', 'views', 'charts', 'data', 'i18n'];
const not = (...allowed) => layers.filter((l) => !allowed.includes(l)).map((l) => `./src/${l}`);
const layerZones = [
  { target: './src/views', from: not('views', 'charts', 'data', 'i18n') },
  { target: './src/charts', from: not('charts', 'i18n') },
  { target: './src/data', from: not('data') },
  { target: './src/i18n', from: not('i18n') },
];
// A topic folder (views/<topic>/) imports no other topic: what topics share lives in
// views/shared/ or at the views root. Every folder under src/views but shared/ is a topic, so a
// new topic is covered without editing this list.
const topics = readdirSync(new URL('./src/views', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'shared')
  .map((entry) => entry.name);
const topicZones = topics.map((topic) => ({
  target: `./src/views/${topic}`,
  from: topics.filter((other) => other !== topic).map((other) => `./src/views/${other}`),
  message: 'A topic imports no other topic: move what both need to src/views/shared/.',
}));
const testHelperZone = {
  target: './src',
  from: './src/test',
  message: 'Only test files import the test helpers.',
};
const restrictedPaths = (zones) => ['error', { zones }];

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'node_modules', 'coverage', 'bench/results', 'bench/dist-*'] },
  {
    files: ['**/*.{js,mjs}'],
    extends: [js.configs.recommended],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.strict],
    languageOptions: { globals: globals.browser },
    plugins: {
      'react-hooks': reactHooks,
      '@tanstack/query': pluginQuery,
      'import-x': importX,
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...pluginQuery.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'import-x/no-cycle': 'error',
      // Text from the data files must render as text and never run: no HTML sinks, no eval.
      // (eslint-plugin-react's no-danger is not installed; these selectors do its job.)
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message:
            'Render data as text: dangerouslySetInnerHTML would run markup from a data file.',
        },
        {
          selector: 'AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]',
          message:
            'Set textContent instead: innerHTML/outerHTML would run markup from a data file.',
        },
        {
          selector:
            'CallExpression[callee.property.name=/^(insertAdjacentHTML|createContextualFragment)$/]',
          message:
            'Build elements instead: parsing an HTML string would run markup from a data file.',
        },
      ],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'import-x/no-restricted-paths': restrictedPaths([...layerZones, ...topicZones]),
    },
    settings: {
      // Without a resolver no-restricted-paths and no-cycle cannot see where an import goes and
      // skip it in silence. The node resolver with TypeScript's extensions is enough: imports are
      // relative, with or without the .ts/.tsx extension, and there are no path aliases.
      'import-x/resolver-next': [
        importX.createNodeResolver({
          extensions: ['.ts', '.tsx', '.d.ts', '.js', '.mjs', '.json'],
        }),
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}', 'src/test/**'],
    rules: {
      'import-x/no-restricted-paths': restrictedPaths([
        ...layerZones,
        ...topicZones,
        testHelperZone,
      ]),
    },
  },
  {
    files: ['src/**/*.test.{ts,tsx}'],
    ...testingLibrary.configs['flat/react'],
  },
);

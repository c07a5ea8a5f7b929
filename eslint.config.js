import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import pluginQuery from '@tanstack/eslint-plugin-query';
import importX from 'eslint-plugin-import-x';
import testingLibrary from 'eslint-plugin-testing-library';

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
      // Imports go one way: app → views → {charts, data}. charts and data know
      // neither each other nor anything above them; views never import each other
      // except through the registry (which lives in views/ and is read by app/).
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: './src/charts', from: ['./src/data', './src/views', './src/app'] },
            { target: './src/data', from: ['./src/charts', './src/views', './src/app'] },
            { target: './src/views', from: './src/app' },
          ],
        },
      ],
    },
    settings: {
      'import-x/resolver-next': [],
    },
  },
  {
    files: ['src/**/*.test.{ts,tsx}'],
    ...testingLibrary.configs['flat/react'],
  },
);

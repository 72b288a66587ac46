// Lint holds the architecture: pure layers (story, time, geo, import) import no React, MapLibre or UI
// folders; state imports no UI; only src/map touches MapLibre; no import cycles.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

const UI = [
  'src/app',
  'src/map',
  'src/timeline',
  'src/panels',
  'src/present',
  'src/embed',
  'src/start',
  'src/editor',
];
/** Shared UI pieces (hooks, small components) every UI folder may use; they use no feature folder. */
const SHARED_UI = 'src/ui';
const PURE = [
  'src/story',
  'src/time',
  'src/geo',
  'src/import',
  'src/draft',
  'src/i18n',
  'src/edit',
];

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'node_modules', 'public', 'coverage', 'test-results'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'import-x': importX, 'react-hooks': reactHooks },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver()] },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            ...PURE.map((target) => ({
              target,
              from: [...UI, SHARED_UI, 'src/state'],
              message:
                'Pure logic (story, time, geo, import, draft, i18n, edit) must not depend on state or UI.',
            })),
            {
              target: 'src/state',
              from: [...UI, SHARED_UI],
              message: 'State must not depend on UI.',
            },
            {
              target: SHARED_UI,
              from: UI,
              message: 'Shared UI (src/ui) is used by the feature folders, never the other way.',
            },
            {
              target: 'src/library',
              from: [...UI, SHARED_UI, 'src/state'],
              message: 'The story library (browser storage) must not depend on state or UI.',
            },
          ],
        },
      ],
      '@typescript-eslint/consistent-type-assertions': ['error', { assertionStyle: 'never' }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: [
      'src/story/**',
      'src/time/**',
      'src/geo/**',
      'src/import/**',
      'src/draft/**',
      'src/i18n/**',
      'src/edit/**',
      'src/state/**',
      'src/library/**',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', 'react-dom/*'],
              message: 'Pure logic imports no React.',
              allowTypeImports: false,
            },
            {
              group: ['maplibre-gl', 'react-map-gl', 'react-map-gl/*'],
              message: 'Only src/map touches MapLibre.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/state/store-context.tsx'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['src/app/**', 'src/timeline/**', 'src/panels/**', 'src/ui/**', 'src/editor/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['maplibre-gl', 'react-map-gl', 'react-map-gl/*'],
              message: 'Only src/map touches MapLibre.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['test/**', 'scripts/**'],
    rules: {
      '@typescript-eslint/consistent-type-assertions': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['scripts/**', 'test/**', '*.config.{js,ts}'],
    languageOptions: { globals: { ...globals.node } },
  },
);

import js from '@eslint/js'
import globals from 'globals'
import reactHooks from 'eslint-plugin-react-hooks'
import reactRefresh from 'eslint-plugin-react-refresh'
import tseslint from 'typescript-eslint'

const RECHARTS = {
  group: ['recharts', 'recharts/*'],
  message: 'Only components/charts/ imports recharts.',
}

/**
 * `no-restricted-imports` zones, one per layer: an import of a layer above (by any relative path)
 * fails, as does recharts outside the charts and, where `frameworks` is set, React and Zustand.
 */
function layerZones(zones) {
  return zones.map(({ files, ignores = [], above, frameworks = false }) => ({
    files,
    ignores,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            RECHARTS,
            ...above.map((layer) => ({
              group: [`**/${layer}/*`, `**/${layer}/**`],
              message: `${files[0].split('/')[1]}/ does not import from ${layer}/: imports point one way, coalition/ ← elections/ ← scenario/ ← i18n/ ← components/.`,
            })),
            ...(frameworks
              ? [
                  {
                    group: ['react', 'react-*', 'react/*', 'zustand', 'zustand/*'],
                    message: 'elections/ is plain data and rules: no React, no store.',
                  },
                ]
              : []),
          ],
        },
      ],
    },
  }))
}

export default tseslint.config(
  { ignores: ['dist', 'coverage', 'test-results', 'playwright-report', 'node_modules'] },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: {
      ecmaVersion: 2022,
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'react-hooks': reactHooks, 'react-refresh': reactRefresh },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-refresh/only-export-components': ['warn', { allowConstantExport: true }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    // The coalition math stays framework-free: data in, data out.
    files: ['src/coalition/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-*', 'react/*'], message: 'coalition/ is framework-free.' },
            { group: ['zustand', 'zustand/*'], message: 'coalition/ is framework-free.' },
            { group: ['recharts', 'recharts/*'], message: 'coalition/ is framework-free.' },
            { group: ['../*'], message: 'coalition/ imports nothing from outside itself.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'localStorage',
        'location',
        'history',
      ],
    },
  },
  // One-way imports: coalition/ ← elections/ ← scenario/ ← i18n/ ← components/. Each layer
  // below components/ has a zone that refuses an import from any layer above it. (Flat config
  // keeps the last `no-restricted-imports` that matches a file, so each zone repeats the rule that
  // only components/charts/ imports recharts.)
  ...layerZones([
    {
      files: ['src/elections/**/*.ts'],
      above: ['scenario', 'i18n', 'components'],
      frameworks: true,
    },
    { files: ['src/scenario/**/*.{ts,tsx}'], above: ['i18n', 'components'] },
    { files: ['src/i18n/**/*.{ts,tsx}'], above: ['components'] },
    { files: ['src/components/**/*.{ts,tsx}'], ignores: ['src/components/charts/**'], above: [] },
    { files: ['src/*.{ts,tsx}'], above: [] },
  ]),
  {
    files: ['test/tools/**', 'test/bench/**', 'test/browser/**', 'playwright.config.ts'],
    rules: { 'no-console': 'off' },
  },
)

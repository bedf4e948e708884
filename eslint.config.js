import js from '@eslint/js'
import globals from 'globals'
import reactHooks from 'eslint-plugin-react-hooks'
import reactRefresh from 'eslint-plugin-react-refresh'
import tseslint from 'typescript-eslint'

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
  {
    // Recharts is only imported by the chart components.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/components/charts/**', 'src/coalition/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['recharts', 'recharts/*'],
              message: 'Only components/charts/ imports recharts.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['test/tools/**', 'test/bench/**', 'test/browser/**', 'playwright.config.ts'],
    rules: { 'no-console': 'off' },
  },
)

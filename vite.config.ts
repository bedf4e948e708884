/// <reference types="vitest/config" />
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type Plugin, defineConfig } from 'vite'
import react from '@vitejs/plugin-react'
import { VitePWA } from 'vite-plugin-pwa'
import { messagesPlugin } from './src/build-messages.js'
import { cspPlugin } from './src/build-csp.js'
import { shippedDataPlugin } from './src/build-data.js'
import { prerenderPlugin } from './src/build-prerender.js'
import { REACT_MODULES, firstLoadChunk } from './src/build-chunks.js'

// `vite build --mode report` also writes a bundle report (sonda) to .sonda/; see `npm run report:bundle`.
// Its build goes to a temporary folder: only the report is kept.
const reportBuildDir = join(tmpdir(), 'kutla-bundle-report')
const bundleReport = async (): Promise<Plugin> => {
  const { default: Sonda } = await import('sonda/vite')
  return Sonda({
    gzip: true,
    deep: true,
    open: false,
    outputDir: '.sonda',
    filename: 'bundle',
  }) as Plugin
}

// Benchmarks only: KUTLA_ELECTION_DATA=/abs/path.json builds the app with that file in place of
// data/iraq-2018.json (e.g. a synthetic chamber of 200 lists). Normal builds never set it.
const electionData = process.env.KUTLA_ELECTION_DATA

const firstLoad = firstLoadChunk()

export default defineConfig(({ mode }) => ({
  // One setting for deploying under a sub-path (e.g. a project page): KUTLA_BASE=/kutla/ npm run build
  base: process.env.KUTLA_BASE ?? '/',
  // Icons, manifest images and robots.txt; the top level holds only the app's entry and config.
  publicDir: 'src/public',
  plugins: [
    react(),
    firstLoad.plugin,
    // Message files compiled per language and namespace; see src/i18n/README.md.
    messagesPlugin(),
    // The opening page drawn into index.html and ar/index.html; before the CSP plugin, which
    // hashes the inline script it adds.
    prerenderPlugin(),
    cspPlugin(),
    // The data files, checked with their schemas here (a broken one stops the build), reach the
    // app as plain modules.
    shippedDataPlugin(
      electionData ? { replace: { 'data/iraq-2018.json': electionData }, lenient: true } : {},
    ),
    VitePWA({
      // Registered from src/pwa.ts, after the app is usable; never in dev.
      injectRegister: false,
      registerType: 'autoUpdate',
      strategies: 'generateSW',
      manifest: {
        name: 'Kutla · coalition seat simulator',
        short_name: 'Kutla',
        description: "Build coalitions from Iraq's 2018 parliament and see how close each gets.",
        lang: 'en',
        start_url: '.',
        scope: '.',
        display: 'standalone',
        theme_color: '#1b4fa0',
        background_color: '#f6f7f9',
        icons: [
          { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml' },
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
        ],
      },
      includeAssets: ['icon.svg', 'apple-touch-icon.png'],
      workbox: {
        // Everything the app needs offline, fonts included (woff2 only: every browser that runs
        // a service worker reads woff2).
        globPatterns: ['**/*.{js,css,html,svg,png,woff2,webmanifest}'],
        // The share pages and their cards are for link previews, not for offline use: a share
        // page's path opens offline as any other address, from the fallback page.
        globIgnores: ['cards/**', '**/story/**', '**/challenge/**'],
        navigateFallback: 'index.html',
        // A page's query is the scenario, not another page: /ar/?v=1&c=… is served the precached
        // ar/index.html (the Arabic page) rather than the fallback, the English one.
        ignoreURLParametersMatching: [/./],
        cleanupOutdatedCaches: true,
      },
    }),
    mode === 'report' ? bundleReport() : null,
  ],
  // KUTLA_DIST lets several builds (e.g. parallel test runs) use their own folders.
  build: {
    outDir: process.env.KUTLA_DIST ?? (mode === 'report' ? reportBuildDir : 'dist'),
    emptyOutDir: true,
    // Every browser the app supports preloads modules itself (Safari since 17, Firefox since
    // 115); the polyfill would only add to the first load.
    modulePreload: { polyfill: false },
    sourcemap: mode === 'report',
    rolldownOptions: {
      output: {
        codeSplitting: {
          // Two chunks load before the first press, in parallel: React, which changes far less
          // often than the app and so stays cached across releases, and everything else the
          // first screen needs (src/build-chunks.ts).
          groups: [
            { name: 'react', test: REACT_MODULES, priority: 2 },
            { name: 'app', test: firstLoad.test, priority: 1 },
          ],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['test/setup.ts'],
    include: ['test/**/*.test.{ts,tsx}'],
    exclude: ['test/browser/**'],
    // One worker per core. Left to itself, Vitest ran one file at a time on a two-core machine
    // (231 s for the unit tests; 153 s with two workers).
    maxWorkers: '100%',
  },
}))

/// <reference types="vitest/config" />
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'

export default defineConfig({
  // One setting for deploying under a sub-path (e.g. a project page): KUTLA_BASE=/kutla/ npm run build
  base: process.env.KUTLA_BASE ?? '/',
  plugins: [react()],
  // KUTLA_DIST lets several builds (e.g. parallel test runs) use their own folders.
  build: { outDir: process.env.KUTLA_DIST ?? 'dist', emptyOutDir: true },
  test: {
    environment: 'jsdom',
    setupFiles: ['test/setup.ts'],
    include: ['test/**/*.test.{ts,tsx}'],
    exclude: ['test/browser/**'],
    benchmark: { include: ['bench/**/*.bench.ts'] },
  },
})

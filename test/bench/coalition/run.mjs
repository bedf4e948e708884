// Runs the coalition-math benchmark: Node 20 cannot run TypeScript, so vite (already a dev
// dependency) bundles test/bench/coalition/coalition-bench.ts for Node into a temporary folder first.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { build } from 'vite'

const root = resolve(import.meta.dirname, '../../..')
const outDir = await mkdtemp(join(tmpdir(), 'kutla-coalition-bench-'))
try {
  await build({
    root,
    configFile: false,
    publicDir: false,
    logLevel: 'warn',
    build: {
      ssr: resolve(root, 'test/bench/coalition/coalition-bench.ts'),
      outDir,
      emptyOutDir: true,
      minify: false,
      rolldownOptions: { output: { entryFileNames: 'coalition-bench.mjs' } },
    },
  })
  const { main } = await import(pathToFileURL(join(outDir, 'coalition-bench.mjs')).href)
  await main(process.argv.slice(2))
} finally {
  await rm(outDir, { recursive: true, force: true })
}

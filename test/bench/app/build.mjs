// Builds the app into a folder of its own and sizes what it produced.
import { spawnSync } from 'node:child_process'
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, extname, join, relative } from 'node:path'
import { gzipSync } from 'node:zlib'
import { GZIP_LEVEL } from './serve.mjs'

const require = createRequire(import.meta.url)

/**
 * Runs `vite build` with KUTLA_DIST=outDir (and any extra environment), returning its output and
 * the warnings it printed.
 */
export function viteBuild({ root, outDir, env = {} }) {
  const pkg = require.resolve('vite/package.json', { paths: [root] })
  const vite = join(dirname(pkg), 'bin/vite.js')
  const started = performance.now()
  const inherited = { ...process.env }
  delete inherited.KUTLA_ELECTION_DATA
  const result = spawnSync(process.execPath, [vite, 'build'], {
    cwd: root,
    env: { ...inherited, KUTLA_BASE: '/', ...env, KUTLA_DIST: outDir, NO_COLOR: '1' },
    encoding: 'utf8',
  })
  const output = `${result.stdout}\n${result.stderr}`
  if (result.status !== 0) throw new Error(`vite build failed:\n${output}`)
  // Vite and Rolldown prefix warnings with "(!)" or "[WARN]", plugins with "warning".
  const warnings = output
    .split('\n')
    .filter((line) => /\(!\)|\[WARN|\bwarn(ing)?\b/i.test(line))
    .map((line) => line.trim())
  return { seconds: (performance.now() - started) / 1000, warnings }
}

/**
 * Every JS and CSS file of a build with its raw and gzip size, and which of them index.html
 * loads before the app can run (entry script, modulepreloads, stylesheets).
 */
export function sizeBuild(outDir) {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8')
  const referenced = new Set(
    [...html.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="([^"]+)"[^>]*>/g)]
      .filter(([tag]) => /<script|rel="(?:modulepreload|stylesheet)"/.test(tag))
      .map(([, url]) => url.replace(/^.*?assets\//, 'assets/')),
  )
  const files = walk(outDir)
    .filter((f) => ['.js', '.css'].includes(extname(f)))
    .map((file) => {
      const path = relative(outDir, file).split('\\').join('/')
      const body = readFileSync(file)
      return {
        file: path,
        kind: extname(file).slice(1),
        raw: body.length,
        gzip: gzipSync(body, { level: GZIP_LEVEL }).length,
        beforeFirstInteraction: referenced.has(path),
      }
    })
    .sort(
      (a, b) =>
        Number(b.beforeFirstInteraction) - Number(a.beforeFirstInteraction) || b.gzip - a.gzip,
    )
  const sum = (list, key) => list.reduce((total, f) => total + f[key], 0)
  const critical = files.filter((f) => f.beforeFirstInteraction)
  const criticalJs = critical.filter((f) => f.kind === 'js')
  const criticalCss = critical.filter((f) => f.kind === 'css')
  return {
    files,
    indexHtml: { raw: Buffer.byteLength(html), gzip: gzipSync(html, { level: GZIP_LEVEL }).length },
    beforeFirstInteraction: {
      js: { raw: sum(criticalJs, 'raw'), gzip: sum(criticalJs, 'gzip') },
      css: { raw: sum(criticalCss, 'raw'), gzip: sum(criticalCss, 'gzip') },
    },
    all: {
      js: {
        raw: sum(
          files.filter((f) => f.kind === 'js'),
          'raw',
        ),
        gzip: sum(
          files.filter((f) => f.kind === 'js'),
          'gzip',
        ),
      },
      css: {
        raw: sum(
          files.filter((f) => f.kind === 'css'),
          'raw',
        ),
        gzip: sum(
          files.filter((f) => f.kind === 'css'),
          'gzip',
        ),
      },
    },
  }
}

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? walk(path) : [path]
  })
}

#!/usr/bin/env node
// A tiny static host for a built Kutla, the way a plain static host (e.g. a project page) serves it:
// files only (no SPA fallback), gzip for text, long-lived caching for hashed assets, and an
// optional sub-path. Used by the app benchmark and the browser tests.
//
//   node test/bench/app/serve.mjs <dir> [--base /kutla/] [--port 4305]
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { extname, join, normalize, resolve, sep } from 'node:path'
import { pathToFileURL } from 'node:url'
import { gzipSync } from 'node:zlib'

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.map': 'application/json; charset=utf-8',
}
const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.webmanifest',
  '.svg',
  '.txt',
  '.map',
])

/** Gzip level used by the server and by the benchmark's byte counts. */
export const GZIP_LEVEL = 9

/**
 * Serves `root` under `base` on 127.0.0.1. Port 0 picks a free port. `requests` logs every request
 * as it arrives: its path, the browser's Sec-Fetch-Dest (`script`, `style`, `empty` for fetch(),
 * `serviceworker`, …), the path of its Referer (for a service worker's requests, the worker's
 * script), the body bytes sent (gzip where compressed) and whether the response has finished.
 * @returns {Promise<{ url: string, port: number, requests: RequestLogEntry[], close: () => Promise<void> }>}
 * @typedef {{ path: string, dest: string, referrer: string, bytes: number, done: boolean }} RequestLogEntry
 */
export function serveStatic({ root, base = '/', port = 0, host = '127.0.0.1' }) {
  const dir = resolve(root)
  const prefix = base.endsWith('/') ? base : `${base}/`
  const gzipCache = new Map()
  /** @type {RequestLogEntry[]} */
  const requests = []

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost')
    const logged = {
      path: url.pathname,
      dest: `${req.headers['sec-fetch-dest'] ?? ''}`,
      referrer: req.headers.referer
        ? new URL(req.headers.referer, 'http://localhost').pathname
        : '',
      bytes: 0,
      done: false,
    }
    requests.push(logged)
    res.on('close', () => (logged.done = true))
    let path = decodeURIComponent(url.pathname)
    if (path === prefix.slice(0, -1)) {
      res.writeHead(301, { location: prefix })
      return res.end()
    }
    if (!path.startsWith(prefix)) return notFound(res)
    path = path.slice(prefix.length)
    if (path === '' || path.endsWith('/')) path += 'index.html'
    const file = normalize(join(dir, path))
    if (!file.startsWith(dir + sep) || !existsSync(file) || !statSync(file).isFile()) {
      return notFound(res)
    }
    const ext = extname(file)
    const headers = {
      'content-type': TYPES[ext] ?? 'application/octet-stream',
      // Hashed file names never change; everything else is revalidated.
      'cache-control': path.startsWith('assets/')
        ? 'public, max-age=31536000, immutable'
        : 'no-cache',
    }
    const acceptsGzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')
    if (COMPRESSIBLE.has(ext) && acceptsGzip) {
      let body = gzipCache.get(file)
      if (!body) {
        body = gzipSync(readFileSync(file), { level: GZIP_LEVEL })
        gzipCache.set(file, body)
      }
      res.writeHead(200, {
        ...headers,
        'content-encoding': 'gzip',
        'content-length': body.length,
        vary: 'accept-encoding',
      })
      if (req.method === 'HEAD') return res.end()
      logged.bytes = body.length
      return res.end(body)
    }
    res.writeHead(200, { ...headers, 'content-length': statSync(file).size })
    if (req.method === 'HEAD') return res.end()
    logged.bytes = statSync(file).size
    createReadStream(file).pipe(res)
  })

  return new Promise((resolvePromise, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      const address = server.address()
      const actualPort = typeof address === 'object' && address ? address.port : port
      resolvePromise({
        url: `http://${host}:${actualPort}${prefix}`,
        port: actualPort,
        requests,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections?.()
            server.close(() => done())
          }),
      })
    })
  })
}

function notFound(res) {
  res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' })
  res.end('Not found')
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2)
  const option = (name, fallback) => {
    const i = args.indexOf(name)
    return i >= 0 && args[i + 1] ? args.splice(i, 2)[1] : fallback
  }
  const base = option('--base', '/')
  const port = Number(option('--port', '4305'))
  const root = args[0] ?? 'dist'
  const { url } = await serveStatic({ root, base, port })
  console.log(`Serving ${root} at ${url} (Ctrl+C stops)`)
}

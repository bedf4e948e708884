/**
 * The build behind Debian's real nginx with deploy/kutla.conf as shipped (only its port and root
 * filled in): the headers arrive, hashed files are cached for good and pages are not, prerendered
 * and deep paths fall back to the right page, and the app works under the header policy.
 *
 * nginx runs unprivileged on a loopback port, with its own prefix, pid, logs and temporary files
 * in a temporary folder, inside an http {} block written here (as Debian's conf.d files are read).
 * As root, it is started as `nobody`, since nginx as root would switch its workers' user anyway.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import {
  chmodSync,
  chownSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { type AddressInfo, createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { type Page, expect, test } from '@playwright/test'
import { ensureNginx } from '../tools/ensure-nginx.mjs'
import { startHost } from './embed-host/host-server'

const DIST = resolve(process.env.KUTLA_DIST ?? 'dist')
const NOBODY = 65534

let nginx: ChildProcess | undefined
let folder = ''
let origin = ''
let log = ''

/** A free loopback port. */
async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const { port } = server.address() as AddressInfo
  await new Promise((done) => server.close(done))
  return port
}

/** deploy/kutla.conf with the test's port and a copy of the build as its root; nothing else changed. */
function serverBlock(port: number, root: string): string {
  const shipped = readFileSync('deploy/kutla.conf', 'utf8')
  const filled = shipped
    .replace(/^(\s*)listen 80;$/m, `$1listen 127.0.0.1:${port};`)
    .replace(/^\s*listen \[::\]:80;\n/m, '')
    .replace(/^(\s*)root \/var\/www\/kutla;$/m, `$1root ${root};`)
  expect(filled, 'deploy/kutla.conf still has `listen 80;` and `root /var/www/kutla;`').not.toBe(
    shipped,
  )
  expect(filled).toContain(`root ${root};`)
  return filled
}

function mainConfig(): string {
  const at = (name: string) => join(folder, name)
  return `daemon off;
master_process on;
worker_processes 1;
pid ${at('nginx.pid')};
error_log ${at('error.log')} warn;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${at('client_body')};
  proxy_temp_path ${at('proxy')};
  fastcgi_temp_path ${at('fastcgi')};
  uwsgi_temp_path ${at('uwsgi')};
  scgi_temp_path ${at('scgi')};
  include ${at('kutla.conf')};
}
`
}

test.beforeAll(async () => {
  test.setTimeout(120_000)
  const binary = ensureNginx()
  // CI installs nginx (.ci/run) and must run this test: there a missing nginx is a failure. On a
  // developer's machine where it cannot be installed (not root, not Debian), the test is skipped
  // with the reason rather than failing the whole run.
  if (!binary && process.env.CI)
    throw new Error('nginx is missing: .ci/run should have installed it')
  test.skip(!binary, 'nginx is not installed and cannot be here (see test/tools/ensure-nginx.mjs)')
  folder = mkdtempSync(join(tmpdir(), 'kutla-nginx-'))
  for (const dir of ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'])
    mkdirSync(join(folder, dir))
  // The build is served from a copy in the test's own folder, as a host serves /var/www: nginx
  // runs as nobody, who may not be able to reach the checkout (a clone in a private folder).
  const site = join(folder, 'site')
  cpSync(DIST, site, { recursive: true })
  const port = await freePort()
  writeFileSync(join(folder, 'kutla.conf'), serverBlock(port, site))
  writeFileSync(join(folder, 'nginx.conf'), mainConfig())
  const asRoot = process.getuid?.() === 0
  if (asRoot) {
    chmodSync(folder, 0o755)
    for (const dir of ['', 'client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'])
      chownSync(join(folder, dir), NOBODY, NOBODY)
  }
  nginx = spawn(
    binary!,
    ['-p', `${folder}/`, '-c', join(folder, 'nginx.conf'), '-e', join(folder, 'error.log')],
    { stdio: ['ignore', 'pipe', 'pipe'], ...(asRoot ? { uid: NOBODY, gid: NOBODY } : {}) },
  )
  nginx.stdout?.on('data', (d: Buffer) => (log += d))
  nginx.stderr?.on('data', (d: Buffer) => (log += d))
  origin = `http://127.0.0.1:${port}`
  const started = Date.now()
  for (;;) {
    const up = await fetch(`${origin}/`).then(
      () => true,
      () => false,
    )
    if (up) break
    if (nginx.exitCode !== null || Date.now() - started > 10_000) {
      throw new Error(`nginx did not start:\n${log}${readLog()}`)
    }
    await new Promise((r) => setTimeout(r, 50))
  }
})

function readLog(): string {
  try {
    return readFileSync(join(folder, 'error.log'), 'utf8')
  } catch {
    return ''
  }
}

test.afterAll(async () => {
  if (nginx && nginx.exitCode === null) {
    const exited = new Promise((done) => nginx!.once('exit', done))
    nginx.kill('SIGTERM')
    await exited
  }
  if (folder) rmSync(folder, { recursive: true, force: true })
})

/** The policy of the built page's meta tag. */
function metaPolicy(html: string): string {
  const content = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1]
  return (content ?? '').replaceAll('&#39;', "'")
}

test('nginx sends the security headers, caches hashed files for good and pages never', async ({
  request,
}) => {
  const page = await request.get(`${origin}/?v=1&c=sairoon`)
  expect(page.status()).toBe(200)
  const html = await page.text()
  const headers = page.headers()
  // The app is framed by its own pages alone; the embed view by any site.
  expect(headers['content-security-policy']).toBe(`${metaPolicy(html)}; frame-ancestors 'self'`)
  const embed = await request.get(`${origin}/?v=1&c=sairoon&vw=embed`)
  expect(embed.headers()['content-security-policy']).toBe(
    `${metaPolicy(await embed.text())}; frame-ancestors *`,
  )
  expect(headers['x-content-type-options']).toBe('nosniff')
  expect(headers['referrer-policy']).toBe('no-referrer')
  expect(headers['cache-control']).toBe('no-cache')
  expect(headers['x-frame-options']).toBeUndefined()

  const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1]
  const style = /href="(\/assets\/[^"]+\.css)"/.exec(html)?.[1]
  for (const file of [script, style]) {
    const asset = await request.get(`${origin}${file}`)
    expect(asset.status(), file).toBe(200)
    expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable')
    expect(asset.headers()['content-security-policy']).toContain("default-src 'self'")
  }
  expect((await request.get(`${origin}${script}`)).headers()['content-type']).toMatch(
    /^application\/javascript/,
  )

  for (const path of ['/sw.js', '/index.html', '/ar/', '/manifest.webmanifest']) {
    const file = await request.get(`${origin}${path}`)
    expect(file.status(), path).toBe(200)
    expect(file.headers()['cache-control'], path).toBe('no-cache')
  }
  expect((await request.get(`${origin}/manifest.webmanifest`)).headers()['content-type']).toBe(
    'application/manifest+json',
  )

  // A hashed file that is not there is a 404, not a page, and is not kept.
  const missing = await request.get(`${origin}/assets/missing-0000.js`)
  expect(missing.status()).toBe(404)
  expect(missing.headers()['cache-control']).toBeUndefined()
})

test('prerendered and deep paths fall back to the right page', async ({ request }) => {
  const ar = await request.get(`${origin}/ar`, { maxRedirects: 0 })
  expect(ar.status()).toBe(301)
  expect(ar.headers()['location']).toBe('/ar/')

  const lang = async (path: string) => {
    const response = await request.get(`${origin}${path}`)
    expect(response.status(), path).toBe(200)
    expect(response.headers()['content-type'], path).toMatch(/^text\/html/)
    return /<html lang="(\w+)"/.exec(await response.text())?.[1]
  }
  expect(await lang('/ar/?v=1&c=fatah')).toBe('ar')
  expect(await lang('/ar/lesson/3')).toBe('ar')
  expect(await lang('/lesson/3?v=1&c=sairoon')).toBe('en')
  expect(await lang('/index.html')).toBe('en')
})

/** Records CSP violations in `window.__csp`. */
async function recordViolations(page: Page) {
  await page.addInitScript(() => {
    const found: string[] = []
    ;(window as unknown as { __csp: string[] }).__csp = found
    document.addEventListener('securitypolicyviolation', (e) =>
      found.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'}`),
    )
  })
}

test('the app works under the header policy, on a deep path too', async ({ page }) => {
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()))
  await recordViolations(page)

  await page.goto(`${origin}/lesson/3?v=1&c=sairoon`)
  const verdict = page.locator('.overview-verdict')
  await expect(verdict).toContainText('54 seats — 111 short of a majority')
  await page
    .getByRole('button', { name: /^Fatah, / })
    .first()
    .click()
  await expect(verdict).toContainText('101 seats — 64 short of a majority')
  await expect(page.locator('.chart-box svg.recharts-surface')).toBeVisible()
  expect(page.url()).toBe(`${origin}/lesson/3?v=1&c=sairoon.fatah`)

  await page.goto(`${origin}/ar/?v=1&c=sairoon&l=ar`)
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
  await page
    .getByRole('button', { name: /^الفتح، / })
    .first()
    .click()
  await expect(page.locator('.overview-verdict')).toContainText('101')

  expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([])
  expect(errors).toEqual([])
})

test('another site may frame the embed view, and only it: the full app refuses the frame', async ({
  page,
}) => {
  const host = await startHost(origin)
  try {
    await page.goto(host.pageFor(`${origin}/?v=1&c=sairoon&vw=embed`))
    const frame = page.frameLocator('iframe')
    await frame
      .getByRole('button', { name: /^Fatah, / })
      .first()
      .click()
    await expect(frame.locator('.overview-verdict')).toContainText('101 seats')

    // The full app in the same frame: the browser refuses it (frame-ancestors 'self').
    const refused = page.waitForEvent('console', (m) => /frame-ancestors/.test(m.text()))
    await page.goto(host.pageFor(`${origin}/?v=1&c=sairoon`))
    await refused
    await expect(frame.locator('.overview-verdict')).toHaveCount(0)
  } finally {
    await host.close()
  }
})

/**
 * A scenario whose link is longer than the app writes plainly (2,000 characters): twelve
 * coalitions with long Arabic names, "N1 ائتلاف …" to "N12 ائتلاف …".
 */
function longQuery(view = ''): string {
  const lists = 'sairoon.fatah.nasr.kdp.sol.wataniya.puk.hikma.qarar.gorran.new-generation'
  const coalitions = Array.from(
    { length: 12 },
    (_, i) => `c=${lists}*${encodeURIComponent(`N${i + 1} ${'ائتلاف '.repeat(9)}`.trim())}`,
  )
  return `v=1&${coalitions.join('&')}${view}`
}

test('a story page and a long, packed link open through nginx, in the app and in an embed', async ({
  page,
}) => {
  await page.goto(`${origin}/story/3/`)
  await expect(
    page.getByRole('region', { name: 'How Iraq formed a government in 2018' }),
  ).toContainText('Step 3 of 7')
  await expect(page).toHaveURL(/^[^#]*\?v=1&.*st=3/)

  // A long query is read, then written packed into the fragment; the packed address reopens it.
  await page.goto(`${origin}/?${longQuery()}`)
  await expect(page).toHaveURL(/\?v=1&z=1#z=/)
  const packed = page.url()
  expect(packed.length).toBeLessThan(2000)
  await page.goto('about:blank')
  await page.goto(packed)
  await expect(page.locator('.overview-verdict')).toContainText('N12 ائتلاف')

  // Packed, an embed keeps vw=embed in its query, so another site may still frame it.
  await page.goto(`${origin}/?${longQuery('&vw=embed')}`)
  await expect(page).toHaveURL(/\?v=1&z=1&vw=embed#z=/)
  const packedEmbed = page.url()
  const host = await startHost(origin)
  try {
    await page.goto(host.pageFor(packedEmbed))
    await expect(page.frameLocator('iframe').locator('.overview-verdict')).toContainText('N12')
  } finally {
    await host.close()
  }
})

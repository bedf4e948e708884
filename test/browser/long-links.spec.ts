import { createReadStream, existsSync, statSync } from 'node:fs'
import { type Server, createServer } from 'node:http'
import { extname, join, normalize, resolve, sep } from 'node:path'
import { type Browser, type Page, expect, test } from '@playwright/test'
import { TABS, openTab } from './tabs'
import { collectErrors } from './page-errors'

/**
 * Long links and large parliaments in a real browser: a parliament of more than 60 lists survives
 * a reload, the plain address and Recent scenarios; every link the app writes is short enough for
 * any server, checked against one that refuses request lines over 8 KB as nginx and Apache do.
 */

/** `name,seats` rows `List 0` … `List n-1`, seats adding up to at most 10,000. */
function csv(n: number): string {
  const seats = (i: number) => (n <= 100 ? i + 1 : (i % 19) + 1)
  return `name,seats\n${Array.from({ length: n }, (_, i) => `List ${i},${seats(i)}`).join('\n')}\n`
}

async function importCsv(page: Page, name: string, text: string) {
  await openTab(page, TABS.whatIf)
  await page.getByLabel('Import a parliament (CSV or JSON)').setInputFiles({
    name,
    mimeType: 'text/csv',
    buffer: Buffer.from(text),
  })
  await expect(page.getByRole('status').filter({ hasText: `Imported “${name}”` })).toBeVisible()
}

const listButton = (page: Page, name: string) =>
  page.getByRole('button', { name: new RegExp(`^${name}, `) }).first()

/** The list pressed and the chamber of n lists are on screen. */
async function expectParliament(page: Page, n: number, pressed: string) {
  await expect(listButton(page, pressed)).toHaveAttribute('aria-pressed', 'true')
  await expect(page.locator('[data-party-id]').filter({ hasText: /^List / })).not.toHaveCount(0)
  expect(await page.locator(`[data-party-id="list-${n - 1}"]`).count()).toBeGreaterThan(0)
  await expect(page.getByRole('heading', { name: 'This link could not be opened' })).toHaveCount(0)
}

/** A server for the built app that refuses request lines over 8 KB, as nginx and Apache do. */
function strictServer(root: string): Promise<{ server: Server; url: string }> {
  const dir = resolve(root)
  const types: Record<string, string> = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript; charset=utf-8',
    '.css': 'text/css; charset=utf-8',
    '.json': 'application/json; charset=utf-8',
    '.webmanifest': 'application/manifest+json; charset=utf-8',
    '.svg': 'image/svg+xml',
    '.png': 'image/png',
    '.woff2': 'font/woff2',
  }
  const server = createServer((req, res) => {
    const line = `${req.method} ${req.url} HTTP/1.1`
    if (line.length > 8192) {
      res.writeHead(431, { 'content-type': 'text/plain' })
      return res.end('Request line too long')
    }
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
    const file = normalize(join(dir, path.endsWith('/') ? `${path}index.html` : path))
    if (!file.startsWith(dir + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404)
      return res.end()
    }
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' })
    createReadStream(file).pipe(res)
  })
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      done({ server, url: `http://127.0.0.1:${port}` })
    }),
  )
}

/** Opens a link in a fresh browser (another device): nothing kept from this one. */
async function elsewhere(browser: Browser, link: string) {
  const context = await browser.newContext()
  const page = await context.newPage()
  const errors = collectErrors(page)
  const response = await page.goto(link)
  return { context, page, errors, status: response?.status() }
}

test.describe('a parliament of more than 60 lists', () => {
  test('100 lists: the link carries it, so a reload, the plain address, Recent and another browser all bring it back', async ({
    page,
    browser,
  }) => {
    const errors = collectErrors(page)
    await page.goto('/')
    await importCsv(page, 'hundred.csv', csv(100))
    await listButton(page, 'List 99').click()
    await expect(page).toHaveURL(/\?v=1&z=1#z=/)
    const link = page.url()
    expect(link.length).toBeLessThanOrEqual(2000)
    await expect(page.getByText(/too large to travel in a link/)).toHaveCount(0)

    await page.reload()
    await expectParliament(page, 100, 'List 99')

    await page.goto('/')
    await expectParliament(page, 100, 'List 99')

    // Recent lists it; another scenario, then Recent brings it back.
    await page.goto('/?v=1&c=nasr')
    const recent = page.getByRole('region', { name: 'Recent scenarios' })
    await recent.getByRole('button', { name: 'Open List 99' }).click()
    await expectParliament(page, 100, 'List 99')

    const other = await elsewhere(browser, link)
    await expectParliament(other.page, 100, 'List 99')
    await other.context.close()
    expect([...errors, ...other.errors]).toEqual([])
  })

  for (const n of [61, 500]) {
    test(`${n} generated lists come back after a reload, from the plain address and from Recent`, async ({
      page,
      browser,
    }) => {
      const errors = collectErrors(page)
      await page.goto('/')
      await importCsv(page, `generated-${n}.csv`, csv(n))
      await listButton(page, `List ${n - 1}`).click()
      await expect(page).toHaveURL(/[?&]v=1/)
      const link = page.url()
      expect(link.length).toBeLessThanOrEqual(2000)

      await page.reload()
      await expectParliament(page, n, `List ${n - 1}`)
      await page.goto('/')
      await expectParliament(page, n, `List ${n - 1}`)
      await page.goto('/?v=1&c=kdp')
      await page
        .getByRole('region', { name: 'Recent scenarios' })
        .getByRole('button', { name: `Open List ${n - 1}` })
        .click()
      await expectParliament(page, n, `List ${n - 1}`)

      const other = await elsewhere(browser, link)
      if (n <= 100) {
        await expectParliament(other.page, n, `List ${n - 1}`)
      } else {
        // Too large for a link: kept on this device, and the page says so plainly.
        expect(link).toContain('pf=')
        await openTab(page, TABS.whatIf)
        await expect(
          page.getByText(/too large to travel in a link, so Kutla keeps it on this device/),
        ).toBeVisible()
        // Elsewhere the link says what it needs; with the file imported, it opens.
        await expect(
          other.page.getByRole('status').filter({ hasText: 'This link could not be' }),
        ).toContainText(`This link needs the parliament "\u2068Generated ${n}\u2069"`)
        await importCsv(other.page, `generated-${n}.csv`, csv(n))
        await other.page.goto(link)
        await expectParliament(other.page, n, `List ${n - 1}`)
      }
      await other.context.close()
      expect([...errors, ...other.errors]).toEqual([])
    })
  }
})

test.describe('long links', () => {
  let strict: { server: Server; url: string } | undefined
  test.beforeAll(async () => {
    strict = await strictServer(process.env.KUTLA_DIST ?? 'dist')
  })
  test.afterAll(async () => {
    await new Promise((done) => strict?.server.close(done))
  })

  test('an old long link opens and is rewritten short; the short one opens on a server that refuses long request lines', async ({
    page,
    browser,
  }) => {
    const errors = collectErrors(page)
    // Twelve names of 60 characters, the most a name may have.
    const names = Array.from(
      { length: 12 },
      (_, i) => `${String(i + 1).padStart(2, '0')} ${'🌿'.repeat(57)}`,
    )
    const ids = ['sairoon', 'fatah', 'nasr', 'kdp', 'puk', 'hikma', 'wataniya', 'qarar']
    const coalitions = names.map((name) => `c=${ids.join('.')}*${encodeURIComponent(name)}`)
    const old = `/?v=1&${coalitions.join('&')}&a=1`
    expect(old.length).toBeGreaterThan(8192)

    // The strict server refuses the old link before the app can run…
    const refused = await elsewhere(browser, `${strict!.url}${old}`)
    expect(refused.status).toBe(431)
    await refused.context.close()

    // …which the app's own server still takes, and the app writes it short.
    await page.goto(old)
    await expect(page.getByRole('heading', { name: names[0] })).toBeVisible()
    await expect(page).toHaveURL(/\?v=1&z=1#z=/)
    const link = page.url()
    expect(link.length).toBeLessThanOrEqual(2000)
    const { search } = new URL(link)
    expect(search).toBe('?v=1&z=1')

    const opened = await elsewhere(browser, `${strict!.url}/${search}${new URL(link).hash}`)
    expect(opened.status).toBe(200)
    for (const name of [names[0]!, names[11]!]) {
      await expect(opened.page.getByRole('heading', { name })).toBeVisible()
    }
    await opened.context.close()

    // A packed link that lost its fragment says why, in plain words.
    const cut = await elsewhere(browser, `${strict!.url}/?v=1&z=1`)
    await expect(cut.page.getByRole('status').first()).toContainText(
      'This link keeps its scenario after its # sign, and that part did not arrive.',
    )
    await cut.context.close()
    expect([...errors, ...opened.errors]).toEqual([])
  })
})

/**
 * The first screen comes in the HTML: the built pages carry the opening scenario in English (/)
 * and Arabic (/ar/), readable without JavaScript; the app takes the page over without a mismatch,
 * and a link to another scenario never shows the opening one first.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { type BrowserContext, type Page, expect, test } from '@playwright/test'
import { serveStatic } from '../bench/app/serve.mjs'
import { paintedVerdicts, watchVerdictPainted } from './painted-verdict'

/** The verdict the opening scenario (one empty coalition) shows, in each language. */
const DEFAULT_VERDICT = {
  en: '0 seats — 165 short of a majority',
  ar: 'لا مقاعد — ينقصه 165 مقعدًا',
} as const

/** Console errors and warnings, uncaught exceptions and CSP violations of a page. */
function watch(page: Page): string[] {
  const problems: string[] = []
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`))
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`)
  })
  return problems
}

async function recordViolations(context: BrowserContext) {
  await context.addInitScript(() => {
    const found: string[] = []
    ;(window as unknown as { __csp: string[] }).__csp = found
    document.addEventListener('securitypolicyviolation', (e) =>
      found.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'}`),
    )
  })
}

const violations = (page: Page) =>
  page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? [])

/**
 * Keeps the first list button as parsed from the HTML, before any module runs, so a test can tell
 * whether React took the page over (the same element) or drew it again (a new one).
 */
async function keepParsedButton(context: BrowserContext) {
  await context.addInitScript(() => {
    document.addEventListener('readystatechange', () => {
      if (document.readyState !== 'interactive') return
      ;(window as unknown as { __parsed: Element | null }).__parsed =
        document.querySelector('button.party')
    })
  })
}

const hydrated = (page: Page) =>
  page.evaluate(() => {
    const parsed = (window as unknown as { __parsed?: Element | null }).__parsed
    return !!parsed && parsed === document.querySelector('button.party')
  })

const listButton = (page: Page, name: string) =>
  page.getByRole('button', { name: new RegExp(`^${name}, `) }).first()

test.describe('the first screen in the HTML', () => {
  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false })

    test('/ shows the lists and the verdict in English', async ({ page }) => {
      await page.goto('/')
      await expect(page.locator('html')).toHaveAttribute('lang', 'en')
      await expect(page.locator('html')).toHaveAttribute('dir', 'ltr')
      await expect(listButton(page, 'Sairoon')).toBeVisible()
      await expect(listButton(page, 'Fatah')).toBeVisible()
      await expect(page.getByRole('region', { name: 'Coalitions', exact: true })).toContainText(
        DEFAULT_VERDICT.en,
      )
      // The chart's place is kept, at the chart's own height, before its code arrives.
      const box = await page.locator('.chart-box').boundingBox()
      expect(box?.height).toBeGreaterThanOrEqual(160)
    })

    test('/ar/ shows the lists and the verdict in Arabic, right to left', async ({ page }) => {
      await page.goto('/ar/')
      await expect(page.locator('html')).toHaveAttribute('lang', 'ar')
      await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
      await expect(page).toHaveTitle('كتلة · محاكي مقاعد الائتلافات')
      await expect(page.locator('h1').first()).toContainText('كتلة')
      await expect(page.getByRole('button', { name: /^سائرون/ }).first()).toBeVisible()
      await expect(page.getByRole('region', { name: 'الائتلافات', exact: true })).toContainText(
        'ينقصه 165 مقعدًا',
      )
      // Its styles and scripts load from the sub-folder.
      const styled = await page.evaluate(
        () => getComputedStyle(document.querySelector('.stage')!).display,
      )
      expect(styled).toBe('grid')
    })
  })

  test('/ hydrates without errors or mismatch warnings, and a list press works', async ({
    page,
    context,
  }) => {
    await recordViolations(context)
    await keepParsedButton(context)
    const problems = watch(page)
    await page.goto('/')
    await expect(page.locator('#root')).toHaveAttribute('data-prerendered', 'en')
    await expect(page.locator('html')).not.toHaveClass(/kutla-pending/)
    // The chart is drawn by the browser once its code arrives.
    await expect(page.locator('.chart-box svg.recharts-surface')).toBeVisible({ timeout: 15_000 })
    // Taken over, not drawn again; inline styles are back as styles.
    await expect(page.locator('html')).toHaveAttribute('data-app-drawn', '')
    expect(await hydrated(page)).toBe(true)
    expect(await page.locator('#root [data-style]').count()).toBe(0)
    await expect(page.locator('button.party .swatch').first()).toHaveCSS(
      'background-color',
      'rgb(49, 108, 175)',
    )
    for (const name of ['Sairoon', 'Fatah', 'Nasr']) await listButton(page, name).click()
    await expect(page.getByText(/143 seats/).first()).toBeVisible()
    await expect(page.locator('.chart-box .recharts-bar-rectangle')).toHaveCount(3)
    expect(problems).toEqual([])
    expect(await violations(page)).toEqual([])
  })

  test('presses made before the app takes the page over are not lost', async ({ page }) => {
    const problems = watch(page)
    // Hold back the first screen's messages, so the built page shows while the app cannot run.
    let release = () => {}
    const held = new Promise<void>((resolve) => (release = resolve))
    await page.route(/_messages-en-[\w-]+\.js$/, async (route) => {
      await held
      await route.continue()
    })
    await page.goto('/', { waitUntil: 'domcontentloaded' })
    await expect(page.locator('html')).not.toHaveAttribute('data-app-drawn', '')
    await listButton(page, 'Sairoon').click()
    await page.getByRole('tab', { name: 'What if' }).click()
    release()
    await expect(page.locator('html')).toHaveAttribute('data-app-drawn', '')
    await expect(listButton(page, 'Sairoon')).toHaveAttribute('aria-pressed', 'true')
    await expect(page).toHaveURL(/\?v=1&c=sairoon/)
    await expect(page.getByRole('tab', { name: 'What if' })).toHaveAttribute(
      'aria-selected',
      'true',
    )
    await expect(page.getByLabel('Import a parliament (CSV or JSON)')).toBeAttached()
    expect(problems).toEqual([])
  })

  test('/ar/ hydrates for a reader whose browser asks for Arabic', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'ar-IQ' })
    await recordViolations(context)
    await keepParsedButton(context)
    const page = await context.newPage()
    const problems = watch(page)
    await page.goto('/ar/')
    await expect(page.locator('.chart-box svg.recharts-surface')).toBeVisible({ timeout: 15_000 })
    expect(await hydrated(page)).toBe(true)
    await page
      .getByRole('button', { name: /^سائرون/ })
      .first()
      .click()
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
    await expect(page).toHaveURL(/\/ar\/\?v=1&c=sairoon/)
    expect(problems).toEqual([])
    expect(await violations(page)).toEqual([])
    await context.close()
  })

  test('a link to another scenario never shows the opening verdict', async ({ page, context }) => {
    await recordViolations(context)
    const problems = watch(page)
    // From the first parsed element on, note every frame in which the opening scenario's verdict
    // is painted (in the page and visible).
    await watchVerdictPainted(context, DEFAULT_VERDICT.en)
    await page.goto('/?v=1&c=sairoon.fatah.nasr')
    await expect(page.getByText(/143 seats/).first()).toBeVisible()
    await expect(page.locator('html')).not.toHaveClass(/kutla-pending/)
    await page.waitForTimeout(500)
    expect(await paintedVerdicts(page)).toEqual([])
    expect(problems).toEqual([])
    expect(await violations(page)).toEqual([])
  })

  test('the built pages carry no inline script beyond the hashed one', async ({ request }) => {
    for (const path of ['/', '/ar/']) {
      const html = await (await request.get(path)).text()
      const policy = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1]
      expect(policy).toBeDefined()
      expect(policy).not.toContain('unsafe')
      const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>/g)]
      expect(inline).toHaveLength(1)
      expect(policy).toMatch(/script-src &#39;self&#39; &#39;sha256-[A-Za-z0-9+/]+=*&#39;/)
    }
  })

  test('offline, /ar/ is the Arabic page and / the English one', async ({ browser }) => {
    test.setTimeout(60_000)
    const context = await browser.newContext({ locale: 'ar-IQ' })
    const page = await context.newPage()
    const problems = watch(page)
    await page.goto('/ar/')
    // The reader uses the page (offline use is set up then); once the worker has stored the app
    // (as in offline.spec.ts), a reload puts the page under it.
    await page.keyboard.press('Tab')
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready
    })
    await page.reload()
    await expect
      .poll(() => page.evaluate(() => !!navigator.serviceWorker.controller), { timeout: 20_000 })
      .toBe(true)
    await context.setOffline(true)
    for (const [path, locale] of [
      ['/ar/?v=1&c=sairoon', 'ar'],
      ['/', 'en'],
      ['/ar/', 'ar'],
    ] as const) {
      await page.goto(path)
      await expect(page.locator('#root')).toHaveAttribute('data-prerendered', locale)
      await expect(page.locator('.chart-box svg.recharts-surface')).toBeVisible({ timeout: 15_000 })
    }
    expect(problems).toEqual([])
    await context.close()
  })
})

test.describe('the first screen under a sub-path', () => {
  const BASE = '/kutla/'
  let outDir = ''
  let server: Awaited<ReturnType<typeof serveStatic>> | undefined

  test.beforeAll(async () => {
    test.setTimeout(120_000)
    outDir = mkdtempSync(join(tmpdir(), 'kutla-prerender-'))
    const vite = join(
      dirname(createRequire(import.meta.url).resolve('vite/package.json')),
      'bin/vite.js',
    )
    execFileSync(process.execPath, [vite, 'build', '--logLevel', 'error'], {
      env: { ...process.env, KUTLA_BASE: BASE, KUTLA_DIST: outDir },
      stdio: 'pipe',
    })
    server = await serveStatic({ root: outDir, base: BASE })
  })

  test.afterAll(async () => {
    await server?.close()
    rmSync(outDir, { recursive: true, force: true })
  })

  test(`${BASE}ar/ loads every file from ${BASE} and hydrates`, async ({ browser }) => {
    const html = readFileSync(join(outDir, 'ar', 'index.html'), 'utf8')
    expect(html).toContain('<html lang="ar" dir="rtl">')
    const context = await browser.newContext({ locale: 'ar' })
    await keepParsedButton(context)
    const page = await context.newPage()
    const problems = watch(page)
    const failed: string[] = []
    const requested: string[] = []
    page.on('request', (r) => requested.push(r.url()))
    page.on('response', (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`))
    await page.goto(`${server!.url}ar/`)
    await expect(page.locator('.chart-box svg.recharts-surface')).toBeVisible({ timeout: 15_000 })
    expect(await hydrated(page)).toBe(true)
    await page
      .getByRole('button', { name: /^سائرون/ })
      .first()
      .click()
    await expect(page).toHaveURL(/\/kutla\/ar\/\?v=1&c=sairoon/)
    expect(failed).toEqual([])
    expect(requested.filter((u) => !u.startsWith('data:') && !u.startsWith(server!.url))).toEqual(
      [],
    )
    expect(problems).toEqual([])
    await context.close()
  })
})

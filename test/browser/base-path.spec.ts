/**
 * The build deploys under a sub-path (e.g. a project page): built with KUTLA_BASE=/kutla/ and
 * served from /kutla/ by a plain static host, it loads every file from there and works.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { expect, test } from '@playwright/test'
import { serveStatic } from '../bench/app/serve.mjs'

const BASE = '/kutla/'
let outDir = ''
let server: Awaited<ReturnType<typeof serveStatic>> | undefined

test.describe('deployed under a sub-path', () => {
  test.describe.configure({ timeout: 120_000 })

  test.beforeAll(async () => {
    outDir = mkdtempSync(join(tmpdir(), 'kutla-base-path-'))
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

  test(`builds with KUTLA_BASE=${BASE}, loads everything from ${BASE} and builds a coalition`, async ({
    page,
  }) => {
    const url = server!.url
    const requested: string[] = []
    const failed: string[] = []
    page.on('request', (r) => requested.push(r.url()))
    page.on('response', (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`))

    await page.goto(url)
    for (const name of [/^Sairoon, /, /^Fatah, /]) {
      await page.getByRole('button', { name }).first().click()
    }
    await expect(page.getByText(/101 seats/).first()).toBeVisible()
    await expect(page.locator('.chart-box svg.recharts-surface')).toBeVisible()

    // The service worker and its scope live under the sub-path too.
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope)
    expect(scope).toBe(url)

    const outside = requested.filter((u) => !u.startsWith('data:') && !u.startsWith(url))
    expect(outside).toEqual([])
    expect(failed).toEqual([])
  })
})

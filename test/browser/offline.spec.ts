/**
 * Offline use: after one visit the service worker has stored the app, the footer says so, and the
 * app still loads and builds a coalition with the network gone.
 */
import { expect, test } from '@playwright/test'

test('works offline after the first visit, and says so', async ({ browser }) => {
  test.setTimeout(60_000)
  const context = await browser.newContext()
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))

  await page.goto('/')
  await expect(page.getByRole('status').filter({ hasText: /available offline/i })).toBeVisible({
    timeout: 30_000,
  })

  await context.setOffline(true)
  await page.reload()
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  for (const name of [/^Sairoon, /, /^Fatah, /, /^Nasr, /]) {
    await page.getByRole('button', { name }).first().click()
  }
  await expect(page.getByText(/143 seats/).first()).toBeVisible()
  // The chart is a chunk of its own: it was stored too.
  await expect(page.locator('.chart-box svg.recharts-surface')).toBeVisible()
  await expect(page.getByRole('status').filter({ hasText: /available offline/i })).toBeVisible()

  // Really offline: the network is not reachable from the page.
  const online = await page.evaluate(() =>
    fetch(`/not-cached-${Date.now()}.txt`).then(
      () => true,
      () => false,
    ),
  )
  expect(online).toBe(false)
  expect(errors).toEqual([])
  await context.close()
})

/**
 * Offline use: after one visit in which the reader used the page, the service worker has stored
 * the app, the footer says so, and the app still loads and builds a coalition with the network
 * gone. A visit that only looks downloads what its page shows, and no more.
 */
import { expect, test } from '@playwright/test'

test('works offline after the first visit, and says so', async ({ browser }) => {
  test.setTimeout(60_000)
  const context = await browser.newContext()
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))

  await page.goto('/')
  // The reader uses the page (here, the keyboard): offline use is set up from then on.
  await page.keyboard.press('Tab')
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

test('a visit that only looks fetches no more than its page; the first press sets up offline use', async ({
  browser,
}) => {
  const context = await browser.newContext()
  const page = await context.newPage()
  const fetched: string[] = []
  context.on('request', (request) => fetched.push(new URL(request.url()).pathname))

  await page.goto('/')
  await expect(page.locator('.chart-box svg.recharts-surface')).toBeVisible()
  await page.waitForLoadState('networkidle')
  expect(await page.evaluate(() => navigator.serviceWorker.getRegistration())).toBeUndefined()
  // Nothing the page does not show: no Arabic, no file import, no analysis.
  expect(fetched.filter((p) => /messages-ar|import-parliament|analysis/.test(p))).toEqual([])

  await page.keyboard.press('Tab')
  await expect(page.getByRole('status').filter({ hasText: /available offline/i })).toBeVisible({
    timeout: 30_000,
  })
  expect(fetched.some((p) => /messages-ar/.test(p))).toBe(true)
  await context.close()
})

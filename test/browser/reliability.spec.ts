import { type Page, expect, test } from '@playwright/test'
import { collectErrors } from './page-errors'

/**
 * Nothing lost, in a real browser: the scenario survives a reload and a closed tab, "Recent
 * scenarios" reopens older ones, a browser that refuses storage gets one polite note and a
 * working app, and a panel that fails to draw leaves the rest of the page working.
 */

const listButton = (page: Page, name: string) =>
  page.getByRole('button', { name: new RegExp(`^${name}, `) }).first()
const verdictOf = (page: Page, heading: string) =>
  page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: heading }) })
    .locator('.verdict')

test('a closed tab loses nothing: the plain address reopens the last scenario, and older ones stay listed', async ({
  context,
}) => {
  const page = await context.newPage()
  const errors = collectErrors(page)
  await page.goto('/')
  for (const name of ['Sairoon', 'Fatah']) await listButton(page, name).click()
  await page.getByRole('textbox', { name: 'Name of coalition 1' }).fill('Sadr + Amiri')
  await page.getByRole('button', { name: 'Reset', exact: true }).click()
  for (const name of ['KDP', 'PUK']) await listButton(page, name).click()
  await page.close()

  const again = await context.newPage()
  const againErrors = collectErrors(again)
  await again.goto('/')
  await expect(again).toHaveURL(/\?v=1&c=kdp\.puk$/)
  await expect(verdictOf(again, 'KDP + PUK')).toHaveText(/43 seats — 122 short of a majority/)

  const recent = again.getByRole('region', { name: 'Recent scenarios' })
  await expect(recent.getByRole('listitem')).toHaveCount(2)
  await recent.getByRole('button', { name: 'Open Sadr + Amiri' }).click()
  await expect(verdictOf(again, 'Sadr + Amiri')).toHaveText(/101 seats — 64 short of a majority/)
  await expect(again).toHaveURL(/c=sairoon\.fatah\*Sadr/)

  // A link always wins over what was kept.
  await again.goto('/?v=1&c=nasr')
  await expect(verdictOf(again, 'Nasr')).toHaveText(/42 seats/)
  await recent.getByRole('button', { name: 'Delete KDP + PUK' }).click()
  await expect(recent.getByRole('listitem')).toHaveCount(2)
  await expect(recent).not.toContainText('KDP + PUK')
  expect([...errors, ...againErrors]).toEqual([])
})

test('where storage is refused, the app says so once and keeps working', async ({ page }) => {
  const errors = collectErrors(page)
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    }
  })
  await page.goto('/')
  await listButton(page, 'Sairoon').click()
  const note = page.getByText(/not letting Kutla keep scenarios/)
  await expect(note).toBeVisible()
  await page.getByRole('button', { name: 'Dismiss this note about saving' }).click()
  await expect(note).toBeHidden()
  await listButton(page, 'Fatah').click()
  await expect(verdictOf(page, 'Sairoon + Fatah')).toHaveText(/101 seats/)
  await expect(note).toBeHidden()
  // The link still carries the scenario.
  await page.reload()
  await expect(verdictOf(page, 'Sairoon + Fatah')).toHaveText(/101 seats/)
  await listButton(page, 'Nasr').click()
  await expect(verdictOf(page, 'Sairoon + Fatah + Nasr')).toHaveText(/143 seats/)
  // A new visit is told once more: where storage is refused, nothing can remember the dismissal.
  await expect(note).toBeVisible()
  expect(errors).toEqual([])
})

test('stored entries from an older version or another program are ignored, not fatal', async ({
  page,
}) => {
  const errors = collectErrors(page)
  await page.addInitScript(() => {
    if (sessionStorage.getItem('seeded')) return
    sessionStorage.setItem('seeded', '1')
    localStorage.setItem('kutla.scenarios', '{"last": "v=1&c=sairoon", "recent": [1, {"v": 0}]')
  })
  await page.goto('/')
  await expect(page).toHaveURL(/\?v=1$/)
  await expect(page.getByRole('region', { name: 'Recent scenarios' })).toContainText(
    'Nothing kept yet',
  )
  await listButton(page, 'Nasr').click()
  await page.reload()
  await expect(verdictOf(page, 'Nasr')).toHaveText(/42 seats/)
  expect(errors).toEqual([])
})

test('a panel that fails to draw shows a note with Try again and the link; the rest works', async ({
  page,
}) => {
  const errors = collectErrors(page)
  // The chamber diagram lays seats out on arcs; make the arcs fail, as a bug there would, from the
  // moment the flag is raised.
  await page.addInitScript(() => {
    const sin = Math.sin
    const w = window as unknown as { __breakArcs?: boolean }
    Math.sin = (x: number) => {
      if (w.__breakArcs) throw new Error('arc broke')
      return sin(x)
    }
  })
  await page.goto('/?v=1&c=sairoon')
  await expect(page.getByRole('img', { name: /^Hemicycle of 329 seats/ })).toBeVisible()
  // The chart's code (d3 computes constants with Math.sin as it loads) is in before arcs break.
  await expect(page.locator('.chart-box svg.recharts-surface')).toBeVisible()
  await page.evaluate(() => {
    ;(window as unknown as { __breakArcs: boolean }).__breakArcs = true
  })
  // New seat figures: the diagram is laid out again, and fails.
  await page.getByRole('radio', { name: /certified/i }).check()
  const note = page
    .getByRole('alert')
    .filter({ hasText: 'Something went wrong in the chamber diagram' })
  await expect(note).toBeVisible()
  await expect(
    note.getByRole('textbox', { name: 'Link to the scenario that broke the chamber diagram' }),
  ).toHaveValue(/\?v=1&s=final2018&c=sairoon$/)

  await listButton(page, 'Fatah').click()
  await expect(verdictOf(page, 'Sairoon + Fatah')).toHaveText(/102 seats/)
  await expect(page.locator('.chart-box svg.recharts-surface')).toBeVisible()

  await page.evaluate(() => {
    ;(window as unknown as { __breakArcs: boolean }).__breakArcs = false
  })
  await note.getByRole('button', { name: 'Try again' }).click()
  await expect(note).toBeHidden()
  await expect(page.getByRole('img', { name: /^Hemicycle of 329 seats/ })).toBeVisible()
  // React reports each error a boundary caught on the console: only the one made here.
  expect(errors.length).toBeGreaterThan(0)
  expect(errors.filter((e) => !/arc broke/.test(e))).toEqual([])
})

test.describe('a chunk of code that does not arrive', () => {
  // Without the service worker, which would serve the chunk from its cache after the first visit.
  test.use({ serviceWorkers: 'block' })

  test('the chart’s code arriving late or not at all: tried again, then Try again loads it', async ({
    page,
    context,
  }) => {
    const errors = collectErrors(page)
    let refuse = 2
    await context.route(/\/assets\/majority-bar-chart-[^/]*\.js$/, (route) =>
      refuse-- > 0 ? route.abort('connectionreset') : route.continue(),
    )
    await page.goto('/?v=1&c=sairoon.fatah')
    // Two dropped connections: the import is tried again and the chart is drawn.
    await expect(page.locator('.chart-box svg.recharts-surface')).toBeVisible()
    expect(errors.filter((e) => !/ERR_CONNECTION_RESET/.test(e))).toEqual([])

    // Every attempt dropped (the early start-up fetch and the panel's own tries): the panel says
    // so; once the network is back, Try again draws it.
    refuse = Number.POSITIVE_INFINITY
    await page.reload()
    const note = page.getByRole('alert').filter({ hasText: 'Something went wrong in the chart' })
    await expect(note).toBeVisible()
    refuse = 0
    // The chart's text twin is still there, one press away.
    await page.getByText('Show as a table').click()
    await expect(page.getByRole('table', { name: /Seats of each coalition/ })).toBeVisible()
    await note.getByRole('button', { name: 'Try again' }).click()
    await expect(page.locator('.chart-box svg.recharts-surface')).toBeVisible()
    await expect(note).toBeHidden()
  })
})

/**
 * The coalition analysis in a real browser: a minimal winning coalition loaded from the finder
 * becomes a coalition card with its majority, the power chart is drawn (mirrored in Arabic), a
 * large chamber is analysed in the worker under the page's Content-Security-Policy, and axe finds
 * no violation in the panel.
 */
import AxeBuilder from '@axe-core/playwright'
import { type Browser, type BrowserContextOptions, type Page, expect, test } from '@playwright/test'
import { TABS, openTab } from './tabs'

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

async function open(browser: Browser, url: string, options: BrowserContextOptions = {}) {
  const context = await browser.newContext({ locale: 'en-GB', ...options })
  const page = await context.newPage()
  const errors: string[] = []
  const workers: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()))
  page.on('worker', (w) => workers.push(w.url()))
  await page.goto(url)
  await openTab(page, TABS.analysis)
  return { page, errors, workers }
}

const analysis = (page: Page) => page.locator('section.analysis-panel')
const powerChart = (page: Page) => analysis(page).locator('.power-chart-box svg.recharts-surface')

async function expectNoViolations(page: Page, state: string) {
  await expect(powerChart(page)).toBeVisible()
  const results = await new AxeBuilder({ page })
    .include('section.analysis-panel')
    .withTags(WCAG_TAGS)
    .analyze()
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`,
  )
  expect(summary, `axe violations in ${state}`).toEqual([])
}

test.describe('coalition analysis', () => {
  test('loads a minimal winning coalition from the finder as a coalition with a majority', async ({
    browser,
  }) => {
    const { page, errors, workers } = await open(browser, '/')
    const panel = analysis(page)
    await expect(panel.getByRole('heading', { name: 'Coalition analysis' })).toBeVisible()
    await expect(
      panel.getByText('Exactly 1,069,113,380 minimal winning coalitions reach 165 seats.'),
    ).toBeVisible()
    await expect(panel.getByText('Showing 1–20 of 1,069,113,380')).toBeVisible()
    await panel
      .getByRole('button', { name: 'Load as coalition Sairoon + Fatah + Nasr + KDP' })
      .click()

    const overview = page.getByRole('region', { name: 'Coalitions', exact: true })
    await expect(overview).toContainText('Sairoon + Fatah + Nasr + KDP')
    await expect(overview).toContainText('168 seats — majority with 3 to spare')
    await expect(
      panel.getByText('Every member is needed: a minimal winning coalition, 168 ≥ 165.'),
    ).toBeVisible()
    expect(new URL(page.url()).searchParams.getAll('c')).toContain('sairoon.fatah.nasr.kdp')

    // The power chart is drawn: three bars for each of the 37 lists.
    await expect(powerChart(page)).toBeVisible()
    await expect(powerChart(page).locator('.recharts-bar-rectangle')).toHaveCount(3 * 37)
    await expect(powerChart(page).getByText('Sairoon')).toBeVisible()
    // 37 lists and 329 seats: computed on the page, no worker started.
    expect(workers.filter((url) => url.includes('analysis.worker'))).toEqual([])
    expect(errors).toEqual([])
  })

  test('the two-thirds rung comes from the link, and the ladder names its source', async ({
    browser,
  }) => {
    const { page } = await open(browser, '/?v=1&c=sairoon.nasr.kdp.sol.hikma&t=two-thirds')
    const panel = analysis(page)
    await expect(panel.getByRole('radio', { name: 'Two-thirds: 220' })).toBeChecked()
    const ladder = panel.getByRole('list', { name: 'Threshold ladder' })
    await expect(ladder.getByText('55 short of two-thirds')).toBeVisible()
    await expect(ladder.getByText(/Art\. 70: electing the President/)).toBeVisible()
    await expect(
      panel.getByText('Exactly 611,056,219 minimal winning coalitions reach 220 seats.'),
    ).toBeVisible()
  })

  test('a large chamber is analysed in the worker', async ({ browser }) => {
    // Fatah at 1,800 seats: 2,082 seats in all, past the 2,000 that keep the work on the page.
    const { page, errors, workers } = await open(browser, '/?v=1&sd=fatah.1800')
    const panel = analysis(page)
    await expect(panel.getByText(/^Showing 1–20 of /)).toBeVisible()
    const table = panel.getByRole('table', { name: /Seat share and voting power/ })
    const fatah = table.getByRole('row', { name: /^Fatah 1,800 / })
    // 1,800 of 2,082 seats, yet far less power: the other lists (282 seats) can still make 165.
    await expect(fatah).toContainText('86.5%')
    await expect(table.getByRole('row')).toHaveCount(39)
    expect(workers.filter((url) => url.includes('analysis.worker'))).not.toEqual([])
    expect(errors).toEqual([])
  })

  test('Arabic: the power chart is mirrored, names on the right', async ({ browser }) => {
    const { page } = await open(browser, '/?v=1&l=ar')
    const chart = powerChart(page)
    await expect(chart).toBeVisible()
    const box = (await chart.boundingBox())!
    const names = (await chart.locator('.recharts-yAxis').boundingBox())!
    expect(names.x).toBeGreaterThan(box.x + box.width / 2)
    const sairoon = (await chart.locator('.recharts-bar-rectangle').first().boundingBox())!
    // Bars grow leftwards from the axis on the right.
    expect(sairoon.x + sairoon.width).toBeGreaterThan(box.x + box.width / 2)
    await expect(analysis(page).getByRole('heading', { name: 'تحليل الائتلافات' })).toBeVisible()
  })
})

test.describe('axe finds no WCAG 2.2 AA violations in the analysis panel', () => {
  // axe walks a large panel (two lists of 37 checkboxes, three tables): give it time.
  test.describe.configure({ timeout: 90_000 })

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`English, ${colorScheme}: two coalitions, then alliance mode at the blocking third`, async ({
      browser,
    }) => {
      const { page } = await open(browser, '/?v=1&c=sairoon.fatah.nasr&c=sairoon.fatah.nasr.kdp', {
        colorScheme,
      })
      await expectNoViolations(page, `English (${colorScheme})`)
      await analysis(page)
        .getByRole('checkbox', { name: /^Alliance mode/ })
        .check()
      await analysis(page).getByRole('radio', { name: 'Blocking third: 110' }).check()
      await expectNoViolations(page, `English, alliance and blocking third (${colorScheme})`)
    })

    test(`Arabic with Arabic-Indic digits, ${colorScheme}`, async ({ browser }) => {
      const { page } = await open(browser, '/?v=1&l=ar&dg=arabic&c=sairoon.fatah', { colorScheme })
      await expectNoViolations(page, `Arabic (${colorScheme})`)
    })
  }
})

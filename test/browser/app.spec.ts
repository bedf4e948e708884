import { expect, test } from '@playwright/test'

test.describe('building a coalition in the browser', () => {
  test('Sairoon + Fatah + Nasr: 143 seats in May, 144 after the recount, and the chart is drawn', async ({
    page,
  }) => {
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()))

    await page.goto('/')
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Kutla')
    await expect(page.getByRole('button', { name: /^Sairoon, 54 seats/ })).toBeVisible()

    for (const name of [/^Sairoon, /, /^Fatah, /, /^Nasr, /]) {
      await page.getByRole('button', { name }).first().click()
    }
    await expect(page.getByRole('button', { name: /^Sairoon, / }).first()).toHaveAttribute(
      'aria-pressed',
      'true',
    )
    const card = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: /Sairoon \+ Fatah \+ Nasr/ }) })
    await expect(card.getByText('143 seats — 22 short of a majority')).toBeVisible()

    // The chart really draws: three stacked segments and the labelled majority line.
    const chart = page.locator('.chart-box svg.recharts-surface')
    await expect(chart).toBeVisible()
    await expect(chart.locator('.recharts-bar-rectangle')).toHaveCount(3)
    await expect(chart.getByText(/165/)).toBeVisible()

    await page.getByRole('radio', { name: /certified/i }).check()
    await expect(card.getByText('144 seats — 21 short of a majority')).toBeVisible()
    expect(errors).toEqual([])
  })

  test('keyboard only: add lists with Enter and Space, switch version, reset', async ({ page }) => {
    await page.goto('/')
    const sairoon = page.getByRole('button', { name: /^Sairoon, / }).first()
    await sairoon.focus()
    await page.keyboard.press('Enter')
    await page.keyboard.press('Tab')
    await page.keyboard.press('Space')
    await expect(page.getByText('101 seats — 64 short of a majority').first()).toBeVisible()
    // Focus is visible on the focused control.
    const outline = await page.evaluate(
      () => getComputedStyle(document.activeElement!).outlineStyle,
    )
    expect(outline).not.toBe('none')
    await page.getByRole('button', { name: 'Reset', exact: true }).focus()
    await page.keyboard.press('Enter')
    await expect(page.getByText('0 seats — 165 short of a majority').first()).toBeVisible()
  })
})

test.describe('the coalition chart', () => {
  test('labels wide segments and keeps its tooltip, with swatches, inside the panel', async ({
    browser,
  }) => {
    // A projector-size screen: the chart shares the row with the hemicycle.
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } })
    const page = await context.newPage()
    await page.goto('/?v=1&c=sairoon.fatah.nasr.puk*Core')
    const chart = page.locator('.chart-box svg.recharts-surface').first()
    await expect(chart).toBeVisible({ timeout: 20_000 })
    // Wide segments carry the list and its seats; narrow ones at least the seats or nothing.
    await expect(
      chart.locator('text', { hasText: /^(Sairoon 54|Fatah 47|Nasr 42)$/ }).first(),
    ).toBeVisible()
    const panel = page.locator('section.chart-panel')
    const bars = chart.locator('.recharts-bar-rectangle path, .recharts-bar-rectangle rect')
    // The last (right-most) segment: a tooltip there would overflow without the bound.
    await bars.last().hover()
    const tooltip = page.locator('.chart-tooltip')
    await expect(tooltip).toBeVisible()
    await expect(tooltip.locator('.chart-swatch')).toHaveCount(4)
    const [tip, box] = await Promise.all([tooltip.boundingBox(), panel.boundingBox()])
    expect(tip!.x).toBeGreaterThanOrEqual(box!.x - 1)
    expect(tip!.x + tip!.width).toBeLessThanOrEqual(box!.x + box!.width + 1)
    await context.close()
  })
})

/**
 * Phones: nothing on the page scrolls sideways, even with four coalitions, the analysis and every
 * What if disclosure open. Wide tables scroll inside their own boxes.
 */
import { type Page, expect, test } from '@playwright/test'

const FOUR_COALITIONS =
  '/?v=1&s=final2018&c=sairoon.fatah*Sadr+%2B+Amiri&c=sairoon.nasr.hikma.wataniya*Islah' +
  '&c=fatah.sol.qarar*Binaa&c=sairoon.fatah.nasr*Core&a=2'

/** Opens every disclosure of the analysis and What if panels, as a reader would. */
async function openEverything(page: Page) {
  const panels = page.locator('section.analysis-panel, section.whatif-panel')
  await expect(page.locator('section.analysis-panel table').first()).toBeVisible({
    timeout: 20_000,
  })
  await expect(page.locator('section.whatif-panel')).toBeVisible()
  for (const summary of await panels.locator('details:not([open]) > summary').all()) {
    await summary.click()
  }
  await expect(panels.locator('details:not([open])')).toHaveCount(0)
}

async function pageWidths(page: Page) {
  return page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }))
}

test.describe('narrow screens', () => {
  for (const [width, height] of [
    [320, 640],
    [390, 844],
  ] as const) {
    for (const locale of ['en', 'ar']) {
      test(`nothing scrolls sideways at ${width} px (${locale}) with the analysis and What if open`, async ({
        browser,
      }) => {
        const context = await browser.newContext({ viewport: { width, height } })
        const page = await context.newPage()
        await page.goto(`${FOUR_COALITIONS}&l=${locale}`)
        await openEverything(page)
        // The ladder and the seat table really are there, wider than the screen, in their boxes.
        await expect(
          page.locator('.ladder-table, section.analysis-panel table').first(),
        ).toBeVisible()
        await expect(page.locator('table.seat-table')).toBeAttached()
        const { scrollWidth, clientWidth } = await pageWidths(page)
        expect(scrollWidth).toBeLessThanOrEqual(clientWidth)
        await context.close()
      })
    }
  }
})

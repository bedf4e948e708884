/**
 * Phones: nothing on the page scrolls sideways, even with four coalitions, the analysis and every
 * What if disclosure open. Wide tables scroll inside their own boxes.
 */
import { type Page, expect, test } from '@playwright/test'
import { TABS, openTab } from './tabs'

const FOUR_COALITIONS =
  '/?v=1&s=final2018&c=sairoon.fatah*Sadr+%2B+Amiri&c=sairoon.nasr.hikma.wataniya*Islah' +
  '&c=fatah.sol.qarar*Binaa&c=sairoon.fatah.nasr*Core&a=2'

/** Opens the panel's tab and every disclosure in it, as a reader would. */
async function openEverything(page: Page, tab: RegExp, selector: string, ready: string) {
  await openTab(page, tab)
  const panel = page.locator(selector)
  await expect(page.locator(ready).first()).toBeVisible({ timeout: 20_000 })
  for (const summary of await panel.locator('details:not([open]) > summary').all()) {
    await summary.click()
  }
  await expect(panel.locator('details:not([open])')).toHaveCount(0)
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
        // The ladder really is there, wider than the screen, in its box.
        await openEverything(
          page,
          TABS.analysis,
          'section.analysis-panel',
          'section.analysis-panel table',
        )
        const analysis = await pageWidths(page)
        expect(analysis.scrollWidth).toBeLessThanOrEqual(analysis.clientWidth)
        // And the seat table of What if.
        await openEverything(page, TABS.whatIf, 'section.whatif-panel', 'section.whatif-panel')
        await expect(page.locator('table.seat-table')).toBeAttached()
        const { scrollWidth, clientWidth } = await pageWidths(page)
        expect(scrollWidth).toBeLessThanOrEqual(clientWidth)
        await context.close()
      })
    }
  }
})

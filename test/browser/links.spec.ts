import { type Page, expect, test } from '@playwright/test'
import { collectErrors } from './page-errors'

/** Fails the test on any uncaught error or console error in the page. */
/** Text from the link and list names in a notice sit in bidirectional isolates (U+2068 … U+2069). */
const isolated = (text: string) => `\u2068${text}\u2069`

function coalitionCard(page: Page, name: string) {
  return page.getByRole('listitem').filter({ has: page.getByRole('heading', { name }) })
}

/** The chart's text table, row by row: what the chart shows, in words. */
function chartRows(page: Page) {
  return page.locator('.chart-panel .chart-table tbody tr').allInnerTexts()
}

test.describe('the link is the scenario', () => {
  test('a link copied from one browser opens the same coalitions and totals in another', async ({
    page,
    browser,
  }) => {
    const errors = collectErrors(page)
    // Copying is refused here, as some browsers do: the link is then offered selected in a field.
    await page.addInitScript(() => {
      navigator.clipboard.writeText = () =>
        Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'))
    })
    await page.goto('/')
    for (const name of [/^Sairoon, /, /^Fatah, /, /^Nasr, /]) {
      await page.getByRole('button', { name }).first().click()
    }
    await page.getByRole('textbox', { name: 'Name of coalition 1' }).fill('Sadr + Amiri + Abadi')
    await page.getByRole('button', { name: 'New coalition' }).click()
    for (const name of [/^KDP, /, /^PUK, /])
      await page.getByRole('button', { name }).first().click()
    await page.getByRole('textbox', { name: 'Name of coalition 2' }).fill('Kurdistan <b>"list"</b>')
    await expect(
      coalitionCard(page, 'Sadr + Amiri + Abadi').getByText('143 seats — 22 short of a majority'),
    ).toBeVisible()

    await page.getByRole('button', { name: 'Copy link' }).click()
    await expect(
      page.getByRole('status').filter({ hasText: 'Copying was not allowed' }),
    ).toBeVisible()
    const field = page.getByRole('textbox', { name: 'Link to copy' })
    await expect(field).toBeFocused()
    const link = await field.inputValue()
    expect(link).toBe(page.url())
    expect(new URL(link).search.length).toBeLessThan(200)
    const rows = await chartRows(page)

    const fresh = await browser.newContext()
    const other = await fresh.newPage()
    const otherErrors = collectErrors(other)
    await other.goto(link)
    await expect(
      coalitionCard(other, 'Sadr + Amiri + Abadi').getByText('143 seats — 22 short of a majority'),
    ).toBeVisible()
    await expect(
      coalitionCard(other, 'Kurdistan <b>"list"</b>').getByText(
        '43 seats — 122 short of a majority',
      ),
    ).toBeVisible()
    await expect(other.getByRole('textbox', { name: 'Name of coalition 2' })).toHaveValue(
      'Kurdistan <b>"list"</b>',
    )
    await expect(other.getByRole('button', { name: /^KDP, / }).first()).toHaveAttribute(
      'aria-pressed',
      'true',
    )
    expect(await chartRows(other)).toEqual(rows)
    expect(other.url()).toBe(link)
    await fresh.close()
    expect([...errors, ...otherErrors]).toEqual([])
  })

  test('Copy as text puts a one-line summary with the link on the clipboard', async ({
    browser,
  }) => {
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] })
    const page = await context.newPage()
    await page.goto('/?v=1&c=sairoon.fatah.nasr')
    await page.getByRole('button', { name: 'Copy as text' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Summary copied.' })).toBeVisible()
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `Sairoon + Fatah + Nasr: 143 of 329 seats, 22 short of a majority (165) — ${page.url()}`,
    )
    await context.close()
  })

  test('Copy as text in Arabic names the lists in Arabic, in the reader’s digits', async ({
    browser,
  }) => {
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] })
    const page = await context.newPage()
    await page.goto('/?v=1&c=sairoon.fatah.nasr&l=ar&dg=arabic')
    const share = page.getByRole('region', { name: 'مشاركة هذا السيناريو' })
    await share.getByRole('button', { name: 'انسخ كنص' }).click()
    await expect(share.getByRole('status')).toHaveText('نُسخ الملخّص.')
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `سائرون + الفتح + النصر: ١٤٣ من أصل ٣٢٩ مقعدًا، ينقصه ٢٢ مقعدًا لبلوغ الأغلبية المطلقة (١٦٥) — ${page.url()}`,
    )
    await share.getByRole('button', { name: 'انسخ الرابط' }).click()
    await expect(share.getByRole('status')).toHaveText('نُسخ الرابط.')
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url())
    await context.close()
  })

  test('Back and Forward undo and redo; typing a name is one step', async ({ page }) => {
    const errors = collectErrors(page)
    await page.goto('/')
    await page
      .getByRole('button', { name: /^Sairoon, / })
      .first()
      .click()
    await page
      .getByRole('button', { name: /^Fatah, / })
      .first()
      .click()
    await page.getByRole('textbox', { name: 'Name of coalition 1' }).pressSequentially('Core')
    await expect(page).toHaveURL(/\?v=1&c=sairoon\.fatah\*Core$/)

    await page.goBack()
    await expect(page).toHaveURL(/\?v=1&c=sairoon\.fatah$/)
    await expect(page.getByRole('textbox', { name: 'Name of coalition 1' })).toHaveValue('')
    await expect(
      coalitionCard(page, 'Sairoon + Fatah').getByText('101 seats — 64 short of a majority'),
    ).toBeVisible()

    await page.goBack()
    await expect(page).toHaveURL(/\?v=1&c=sairoon$/)
    await expect(
      coalitionCard(page, 'Sairoon').getByText('54 seats — 111 short of a majority'),
    ).toBeVisible()

    await page.goForward()
    await page.goForward()
    await expect(page).toHaveURL(/\?v=1&c=sairoon\.fatah\*Core$/)
    await expect(
      coalitionCard(page, 'Core').getByText('101 seats — 64 short of a majority'),
    ).toBeVisible()
    expect(errors).toEqual([])
  })

  test('a hostile link opens the app with a polite notice and no error', async ({ page }) => {
    const errors = collectErrors(page)
    let dialogs = 0
    page.on('dialog', (d) => {
      dialogs++
      void d.dismiss()
    })
    await page.goto('/?v=1&c=__proto__.sairoon&c=<script>alert(1)</script>&sd=x.-3')

    const notice = page.getByRole('region', { name: 'Some of this link could not be used' })
    await expect(notice).toBeVisible()
    await expect(notice.getByRole('listitem')).toHaveText([
      `Ignored unknown list "${isolated('__proto__')}" in coalition 1.`,
      `Ignored unknown list "${isolated('<script>alert(1)</script…')}" in coalition 2.`,
      `Ignored seats for unknown list "${isolated('x')}".`,
    ])
    await expect(
      coalitionCard(page, 'Sairoon').getByText('54 seats — 111 short of a majority'),
    ).toBeVisible()
    await expect(page).toHaveURL(/\?v=1&c=sairoon&c=$/)

    await notice.getByRole('button', { name: 'Dismiss this note about the link' }).click()
    await expect(notice).toHaveCount(0)
    expect(dialogs).toBe(0)
    expect(errors).toEqual([])
  })

  test('a link from a newer version opens the opening scenario and says why', async ({ page }) => {
    const errors = collectErrors(page)
    await page.goto('/?v=2&c=sairoon')
    const notice = page.getByRole('region', { name: 'This link could not be opened' })
    await expect(notice).toContainText(`format version "${isolated('2')}"`)
    await expect(page.getByRole('button', { name: /^Sairoon, 54 seats/ })).toBeVisible()
    expect(errors).toEqual([])
  })

  test('a hostile link in Arabic gets its notice in Arabic, and again in English', async ({
    page,
  }) => {
    const errors = collectErrors(page)
    await page.goto('/?v=1&l=ar&dg=arabic&c=sairoon.sairoon&c=<script>alert(1)</script>&sd=x.-3')

    const notice = page.getByRole('region', { name: 'تعذّر استخدام بعض ما في هذا الرابط' })
    await expect(notice.getByRole('listitem')).toHaveText([
      `أُهمل تكرار ${isolated('سائرون')} في الائتلاف ١.`,
      `أُهملت قائمة غير معروفة «${isolated('<script>alert(1)</script…')}» في الائتلاف ٢.`,
      `أُهملت مقاعد لقائمة غير معروفة «${isolated('x')}».`,
    ])
    await page.getByRole('button', { name: 'English', exact: true }).click()
    const english = page.getByRole('region', { name: 'Some of this link could not be used' })
    await expect(english.getByRole('listitem').first()).toHaveText(
      // The digits are the reader's choice, kept across languages.
      `Ignored a repeat of ${isolated('Sairoon')} in coalition ١.`,
    )
    await english.getByRole('button', { name: 'Dismiss this note about the link' }).click()
    await expect(english).toHaveCount(0)
    expect(errors).toEqual([])
  })
})

/**
 * Accessibility in a real browser: axe (WCAG 2.2 A and AA rules) in the main states, in both
 * languages and both colour schemes, and a coalition built, renamed and shared with the keyboard alone.
 */
import AxeBuilder from '@axe-core/playwright'
import { type Browser, type BrowserContextOptions, type Page, expect, test } from '@playwright/test'

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']
const MAJORITY = ['Sairoon', 'Fatah', 'Nasr', 'KDP']
const MAJORITY_AR = ['سائرون', 'الفتح', 'النصر', 'الديمقراطي الكردستاني']

/** A fresh context (axe needs one), with the browser's language and colour scheme given. */
async function open(browser: Browser, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({ locale: 'en-GB', ...options })
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  return page
}

async function expectNoViolations(page: Page, state: string) {
  // The chart is loaded on its own: check it once it is drawn.
  await expect(page.locator('.chart-box svg.recharts-surface').first()).toBeVisible()
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`,
  )
  expect(summary, `axe violations in ${state}`).toEqual([])
}

async function pressLists(page: Page, names: string[]) {
  for (const name of names) {
    await page
      .getByRole('button', { name: new RegExp(`^${name}[،,] `) })
      .first()
      .click()
  }
}

test.describe('axe finds no WCAG 2.2 AA violations', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`English, ${colorScheme}: opening page, then coalitions built`, async ({ browser }) => {
      const page = await open(browser, { colorScheme })
      await expect(page.locator('html')).toHaveAttribute('dir', 'ltr')
      await expectNoViolations(page, `the opening page (${colorScheme})`)

      await pressLists(page, MAJORITY)
      await expect(page.getByText('168 seats — majority with 3 to spare').first()).toBeVisible()
      await page.getByRole('button', { name: 'New coalition' }).click()
      await pressLists(page, ['State of Law', 'Fatah'])
      await expectNoViolations(page, `two coalitions (${colorScheme})`)
    })

    test(`Arabic, ${colorScheme}: right to left, coalitions built`, async ({ browser }) => {
      const page = await open(browser, { colorScheme, locale: 'ar-IQ' })
      await expect(page.locator('html')).toHaveAttribute('lang', 'ar')
      await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
      await expectNoViolations(page, `the Arabic opening page (${colorScheme})`)

      await pressLists(page, MAJORITY_AR)
      await expect(page.getByText('168 مقعدًا — أغلبية مطلقة بفائض 3 مقاعد').first()).toBeVisible()
      await expectNoViolations(page, `an Arabic coalition (${colorScheme})`)
    })
  }

  // The reader's theme overrides the device's: dark on a light device and light on a dark one.
  for (const [theme, device] of [
    ['dark', 'light'],
    ['light', 'dark'],
  ] as const) {
    test(`theme ${theme} chosen on a ${device} device: the page is ${theme}, remembered`, async ({
      browser,
    }) => {
      test.setTimeout(90_000)
      const page = await open(browser, { colorScheme: device })
      await page.locator('.settings-menu > summary').click()
      const settings = page.getByRole('group', { name: 'Theme' })
      await settings.getByRole('button', { name: theme === 'dark' ? 'Dark' : 'Light' }).click()
      await page.keyboard.press('Escape')
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme)
      await expect(page).toHaveURL(new RegExp(`th=${theme}`))
      const background = () =>
        page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)
      expect(await background()).toBe(theme === 'dark' ? 'rgb(18, 18, 18)' : 'rgb(246, 247, 249)')
      await pressLists(page, MAJORITY)
      await expectNoViolations(page, `theme ${theme} on a ${device} device`)
      // Remembered on the device: a plain address opens in the same theme.
      await page.goto('/?v=1')
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme)
      expect(await background()).toBe(theme === 'dark' ? 'rgb(18, 18, 18)' : 'rgb(246, 247, 249)')
    })
  }

  test('Arabic-Indic digits and the colour-blind-safe palette, on a phone', async ({ browser }) => {
    const page = await open(browser, { locale: 'ar', viewport: { width: 390, height: 844 } })
    await page.locator('.settings-menu > summary').click()
    await page.getByRole('button', { name: /مشرقية/ }).click()
    await page.getByRole('button', { name: /آمنة لعمى الألوان/ }).click()
    await page.keyboard.press('Escape')
    await pressLists(page, MAJORITY_AR)
    await expect(page.getByText('١٦٨ مقعدًا — أغلبية مطلقة بفائض ٣ مقاعد').first()).toBeVisible()
    await expectNoViolations(page, 'Arabic-Indic digits, colour-blind palette, phone width')
  })

  test('the language switch turns the page around and back', async ({ browser }) => {
    const page = await open(browser)
    await page.getByRole('button', { name: 'العربية' }).click()
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
    await expect(page.getByRole('heading', { name: 'القوائم', exact: true })).toBeVisible()
    // Remembered: a new visit in the same browser opens in Arabic.
    await page.reload()
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar')
    await page.getByRole('button', { name: 'English' }).click()
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr')
    await expect(page.getByRole('heading', { name: 'Lists', exact: true })).toBeVisible()
  })

  test('the language of a link wins over the remembered one, which wins over the browser', async ({
    browser,
  }) => {
    const page = await open(browser, { locale: 'ar-IQ' })
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar')
    await page.getByRole('button', { name: 'English' }).click()
    await page.goto('/')
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    await page.goto('/?v=1&l=ar')
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
    await expect(page.getByRole('heading', { name: 'القوائم', exact: true })).toBeVisible()
    // Opening a link does not change what the reader chose.
    await page.goto('/')
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  })

  for (const locale of ['en-GB', 'ar-IQ']) {
    test(`every panel opened (${locale}): story, challenges, what-if, sources`, async ({
      browser,
    }) => {
      const page = await open(browser, { locale, colorScheme: 'dark' })
      await pressLists(page, locale === 'en-GB' ? MAJORITY : MAJORITY_AR)
      // Every disclosure open, so axe sees the panels' hidden parts too.
      await page.evaluate(() =>
        document.querySelectorAll('details').forEach((d) => (d.open = true)),
      )
      await expectNoViolations(page, `every panel opened (${locale})`)
    })
  }

  test('the projector view', async ({ browser }) => {
    const page = await open(browser)
    await pressLists(page, MAJORITY)
    const toggle = page.getByRole('button', { name: /projector/i })
    await toggle.first().click()
    const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([])
  })
})

test.describe('keyboard only', () => {
  /** Presses Tab (or Shift+Tab) until the focused element matches, failing after `limit` presses. */
  async function tabTo(page: Page, matches: () => boolean, key = 'Tab', limit = 150) {
    for (let i = 0; i < limit; i++) {
      await page.keyboard.press(key)
      if (await page.evaluate(matches)) return
    }
    throw new Error('focus never reached the control')
  }

  async function expectVisibleFocus(page: Page) {
    const outline = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement!)
      return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) }
    })
    expect(outline.style).not.toBe('none')
    expect(outline.width).toBeGreaterThanOrEqual(2)
  }

  test('builds a majority coalition, renames it and copies its link', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'en-GB' })
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    const page = await context.newPage()
    await page.goto('/')
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()

    // The skip link is the first stop and jumps past the header to the lists.
    await page.keyboard.press('Tab')
    await expect(page.getByRole('link', { name: 'Skip to the lists' })).toBeFocused()
    await expectVisibleFocus(page)
    await page.keyboard.press('Enter')

    for (const [i, name] of MAJORITY.entries()) {
      const button = page.getByRole('button', { name: new RegExp(`^${name}, `) }).first()
      await page.keyboard.press('Tab')
      await expect(button).toBeFocused()
      await expectVisibleFocus(page)
      await page.keyboard.press(i % 2 ? 'Space' : 'Enter')
      await expect(button).toHaveAttribute('aria-pressed', 'true')
    }
    await expect(page.getByText('168 seats — majority with 3 to spare').first()).toBeVisible()
    // The verdict is announced politely.
    await expect(page.locator('[aria-live="polite"]').last()).toHaveText(
      /Sairoon \+ Fatah \+ Nasr \+ KDP: 168 seats — majority with 3 to spare/,
    )

    await tabTo(
      page,
      () => document.activeElement?.getAttribute('aria-label') === 'Name of coalition 1',
    )
    await expectVisibleFocus(page)
    await page.keyboard.type('Islah')
    await expect(page.getByRole('heading', { name: 'Coalition 1: Islah' })).toBeVisible()
    await expect(page.locator('[aria-live="polite"]').last()).toHaveText(/^Islah: 168 seats/)

    // The share buttons sit above the lists: go back up to them.
    await tabTo(
      page,
      () => document.activeElement?.textContent?.trim() === 'Copy link',
      'Shift+Tab',
    )
    await expectVisibleFocus(page)
    await page.keyboard.press('Enter')
    await expect(page.getByRole('status').filter({ hasText: /copied/i })).toBeVisible()
    const copied = await page.evaluate(() => navigator.clipboard.readText())
    expect(copied).toContain('Islah')
    expect(copied).toMatch(/sairoon/)
  })
})

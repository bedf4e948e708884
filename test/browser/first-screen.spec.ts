import AxeBuilder from '@axe-core/playwright'
import { type Locator, type Page, expect, test } from '@playwright/test'

/**
 * The first screen is the scenario: whoever opens a shared link sees its verdict, its picture and
 * the lists without scrolling, on a phone, a laptop and a projector, in both languages and themes.
 * Everything is read from bounding boxes of elements found by role and name (no pixel snapshots).
 */

const FOUR = [
  'v=1',
  'c=sairoon.fatah.nasr*Sadr+Amiri+Abadi',
  'c=sairoon.hikma.nasr.wataniya*Islah',
  'c=fatah.sol.kdp*Binaa',
  'c=kdp.puk',
  'a=1',
].join('&')

const WORDS = {
  en: {
    coalitions: 'Coalitions',
    verdict: /short of a majority|to spare/,
    hemicycle: /^Hemicycle of 329 seats/,
    firstList: /^Sairoon, 54 seats/,
    pinned: 'Coalition being edited',
  },
  ar: {
    coalitions: 'الائتلافات',
    verdict: /ينقصه|فائض|بلا فائض/,
    hemicycle: /^رسم نصف دائري لمقاعد المجلس/,
    firstList: /^سائرون، /,
    pinned: 'الائتلاف قيد التعديل',
  },
} as const

type Box = { top: number; bottom: number; left: number; right: number }

async function box(locator: Locator): Promise<Box> {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect()
    return { top: r.top, bottom: r.bottom, left: r.left, right: r.right }
  })
}

async function expectInView(page: Page, locator: Locator, what: string) {
  const b = await box(locator)
  const { width, height } = page.viewportSize()!
  expect(b.top, `${what}: top`).toBeGreaterThanOrEqual(0)
  expect(b.bottom, `${what}: bottom (viewport ${height})`).toBeLessThanOrEqual(height)
  expect(b.left, `${what}: left`).toBeGreaterThanOrEqual(0)
  expect(b.right, `${what}: right (viewport ${width})`).toBeLessThanOrEqual(width)
}

const SIZES = [
  { name: 'laptop', width: 1280, height: 800 },
  { name: 'small laptop', width: 1366, height: 768 },
  { name: 'projector', width: 1920, height: 1080 },
  { name: 'phone', width: 390, height: 844 },
  { name: 'small phone', width: 360, height: 740 },
]

for (const size of SIZES) {
  for (const locale of ['en', 'ar'] as const) {
    const scheme = locale === 'ar' ? 'dark' : 'light'
    test(`${size.name} ${size.width}×${size.height}, ${locale}, ${scheme}: a four-coalition link shows its verdicts, picture and lists at once`, async ({
      browser,
    }) => {
      const context = await browser.newContext({
        viewport: { width: size.width, height: size.height },
        colorScheme: scheme,
      })
      const page = await context.newPage()
      await page.goto(`/?${FOUR}&l=${locale}`)
      const words = WORDS[locale]
      const overview = page.getByRole('region', { name: words.coalitions, exact: true })
      const verdict = overview.getByText(words.verdict).first()
      await expect(verdict).toBeVisible()
      await expectInView(page, verdict, 'verdict')
      // Every coalition of the link, at a glance.
      const rows = overview.getByRole('list', { name: /./ }).getByRole('button')
      await expect(rows).toHaveCount(4)
      for (const row of await rows.all()) await expectInView(page, row, 'coalition row')
      const picture = page.getByRole('img', { name: words.hemicycle })
      await expectInView(page, picture, 'hemicycle')
      if (size.width > 900) {
        await expectInView(page, page.getByRole('button', { name: words.firstList }), 'first list')
        // At least eight lists with their seats.
        const lists = page.getByRole('region', { name: /^(Lists|القوائم)$/ }).getByRole('button')
        let inView = 0
        for (const list of (await lists.all()).slice(0, 12)) {
          const b = await box(list)
          if (b.top >= 0 && b.bottom <= size.height) inView++
        }
        expect(inView).toBeGreaterThanOrEqual(8)
      }
      await context.close()
    })
  }
}

test('laptop: pressing a list changes the picture and verdict already in view', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.goto('/?v=1&c=sairoon.fatah')
  const picture = page.getByRole('img', { name: /^Hemicycle of 329 seats/ })
  await expect(picture).toHaveAttribute('data-seats', '101')
  await page.getByRole('button', { name: /^Nasr, 42 seats/ }).click()
  await expect(picture).toHaveAttribute('data-seats', '143')
  await expectInView(page, picture, 'hemicycle after the press')
  const verdict = page
    .getByRole('region', { name: 'Coalitions', exact: true })
    .getByText(/22 short/)
  await expectInView(page, verdict.first(), 'verdict after the press')
})

test('phone: after scrolling to the last list and pressing it, a verdict is still in view', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto('/?v=1&c=sairoon.fatah.nasr')
  const lists = page.getByRole('region', { name: 'Lists' }).getByRole('button')
  const last = lists.last()
  await last.scrollIntoViewIfNeeded()
  await last.click()
  await expect(last).toHaveAttribute('aria-pressed', 'true')
  const pinned = page.getByRole('complementary', { name: WORDS.en.pinned })
  await expect(pinned).toBeVisible()
  await expect(pinned).toContainText(/144|145|146|147|148|149|150/)
  await expectInView(page, pinned, 'pinned verdict')
  // The pinned bar does not cover the list just pressed.
  const barTop = (await box(pinned)).top
  await last.scrollIntoViewIfNeeded()
  expect((await box(last)).bottom).toBeLessThanOrEqual(barTop + 1)
})

for (const link of [`/?${FOUR}`, '/?v=1&c=sairoon.fatah', '/']) {
  test(`nothing scrolls sideways at 320 px: ${link}`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 })
    await page.goto(link)
    await expect(page.getByRole('region', { name: 'Lists' })).toBeVisible()
    for (const tab of await page.getByRole('tab').all()) {
      await tab.click()
      await page.waitForTimeout(150)
      const { scrollWidth, clientWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
      }))
      expect(scrollWidth, `with the ${await tab.textContent()} tab open`).toBeLessThanOrEqual(
        clientWidth,
      )
    }
  })
}

test('settings fold into one menu; the other language is one press away', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto('/')
  await expect(page.getByRole('group', { name: 'Display settings' })).toBeHidden()
  await page.getByRole('button', { name: 'العربية' }).click()
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl', { timeout: 15_000 })
  await page.locator('summary[aria-label="الإعدادات"]').click()
  await expect(page.getByRole('group', { name: 'إعدادات العرض' })).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('group', { name: 'إعدادات العرض' })).toBeHidden()
})

test('the skip link moves to the lists and leaves the address alone', async ({ page }) => {
  await page.goto('/?v=1&c=sairoon')
  const skip = page.getByRole('link', { name: 'Skip to the lists' })
  await skip.focus()
  await expect(skip).toBeVisible()
  await page.keyboard.press('Enter')
  await page.keyboard.press('Tab')
  await expect(page.getByRole('button', { name: /^Sairoon, 54 seats/ })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page).not.toHaveURL(/sairoon/)
  expect(page.url()).not.toContain('#')
})

test('a challenge link opens with the task and its live check in view, on a phone', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto('/?v=1&s=final2018&ch=four-lists')
  const status = page.getByRole('region', { name: 'Challenge', exact: true })
  await expect(status).toContainText('A minimal winning coalition of at most four lists')
  await expectInView(page, status, 'challenge')
  for (const name of [/^Sairoon, /, /^Fatah, /, /^Nasr, /, /^Wataniya, /])
    await page.getByRole('button', { name }).first().click()
  await expect(status).toContainText('Solved')
})

for (const [name, size, locale] of [
  ['laptop, English', { width: 1280, height: 800 }, 'en'],
  ['phone, Arabic', { width: 390, height: 844 }, 'ar'],
] as const) {
  test(`axe, best practices included, finds nothing in the new layout: ${name}`, async ({
    browser,
  }) => {
    // axe reads every node of a long page: slow on a busy machine.
    test.setTimeout(60_000)
    const context = await browser.newContext({ viewport: size })
    const page = await context.newPage()
    await page.goto(`/?${FOUR}&l=${locale}&st=3`)
    await expect(page.locator('.chart-box svg.recharts-surface').first()).toBeVisible()
    await page.locator('.settings-menu > summary').click()
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze()
    const summary = results.violations.map(
      (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`,
    )
    expect(summary).toEqual([])
    await context.close()
  })
}

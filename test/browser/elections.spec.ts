/**
 * The other parliaments in a real browser: the switcher in the header loads 2010, 2021 and 2025;
 * a 2021 link opened cold shows Save the Homeland against the majority and the President's
 * quorum; the 2022 story steps forward and back from its own link, resignations included.
 */
import AxeBuilder from '@axe-core/playwright'
import { type Page, expect, test } from '@playwright/test'
import { TABS, openTab } from './tabs'
import { collectErrors } from './page-errors'

test.use({ viewport: { width: 1280, height: 800 } })

const switcher = (page: Page) => page.getByRole('combobox', { name: 'Parliament' })
const lists = (page: Page) => page.getByRole('region', { name: 'Lists' })
const verdict = (page: Page) => page.locator('.overview-verdict')

test('switches to 2010 and 2021 from the header, and the link carries the parliament', async ({
  page,
}) => {
  const errors = collectErrors(page)
  await page.goto('/')
  await expect(switcher(page)).toHaveValue('iraq-2018')

  await switcher(page).selectOption({ label: '2010' })
  await expect(
    page.getByText('Iraq, Council of Representatives election, 7 March 2010'),
  ).toBeVisible()
  await expect(page.getByText('325 seats · 163 for a majority')).toBeVisible()
  await expect(lists(page).getByRole('button', { name: /^Iraqiya, 91 seats/ })).toBeVisible()
  await expect(lists(page).getByRole('button', { name: /^State of Law, 89 seats/ })).toBeVisible()
  await expect(page).toHaveURL(/[?&]e=iraq-2010(&|$)/)

  await switcher(page).selectOption({ label: '2021' })
  for (const name of ['Sadrists', 'KDP', 'Taqaddum', 'Azm'])
    await lists(page)
      .getByRole('button', { name: new RegExp(`^${name}, `) })
      .click()
  await expect(verdict(page)).toContainText(
    '155 seats — 10 short of a majority, 65 short of the quorum to elect a president',
  )
  await expect(page).toHaveURL(/[?&]e=iraq-2021(&|$)/)

  // Back goes to 2010, then to the opening 2018 page.
  await page.goBack()
  await page.goBack()
  await page.goBack()
  await page.goBack()
  await page.goBack()
  await expect(switcher(page)).toHaveValue('iraq-2010')
  await page.goBack()
  await expect(switcher(page)).toHaveValue('iraq-2018')
  expect(errors).toEqual([])
})

test('a 2021 link opened cold shows the coalition against 165 and 220, in both languages', async ({
  page,
}) => {
  const errors = collectErrors(page)
  const link = '/?v=1&e=iraq-2021&c=sadrist-movement.kdp.taqaddum.azm*Save+the+Homeland'
  await page.goto(link)
  await expect(switcher(page)).toHaveValue('iraq-2021')
  await expect(verdict(page)).toContainText('Save the Homeland')
  await expect(verdict(page)).toContainText('155')
  await expect(verdict(page)).toContainText('65 short of the quorum to elect a president')
  await expect(
    page.getByRole('img', { name: /^Hemicycle of 329 seats/ }).locator('circle.seat.is-member'),
  ).toHaveCount(155)

  await openTab(page, TABS.analysis)
  await expect(page.getByText('Quorum to elect the President · 220 seats')).toBeVisible()
  await expect(page.getByText('65 short of the quorum to elect the President')).toBeVisible()

  await page.goto(`${link}&l=ar`)
  await expect(page.getByRole('combobox', { name: 'البرلمان' })).toHaveValue('iraq-2021')
  await expect(verdict(page)).toContainText('ينقصه 65 مقعدًا لنصاب انتخاب رئيس الجمهورية')
  expect(errors).toEqual([])
})

test('the 2022 story steps forward and back from its own link, the resignations included', async ({
  page,
}) => {
  const errors = collectErrors(page)
  await page.goto('/?v=1&e=iraq-2021&st=5')
  const story = page.getByRole('region', {
    name: '2022: a majority that could not elect a president',
  })
  await expect(story).toContainText('Step 5 of 8')
  await expect(story).toContainText('Save the Homeland: 155 seats, 202 present')
  await expect(verdict(page)).toContainText('155')

  await story.getByRole('button', { name: 'Next' }).click()
  await expect(story).toContainText('Step 6 of 8')
  await expect(page).toHaveURL(/[?&]st=6(&|$)/)
  await story.getByRole('button', { name: 'Next' }).click()
  await expect(story).toContainText('The Sadrists resign')
  // The Sadrist seats went to the runners-up: the list shows none, the replacements hold 73.
  await expect(lists(page).getByRole('button', { name: /^Sadrists, 0 seats/ })).toBeVisible()
  await expect(
    lists(page).getByRole('button', { name: /Replacements for the Sadrist seats, 73 seats/ }),
  ).toBeVisible()

  // The step's own link reopens it as it is, edits and all.
  const url = page.url()
  await page.goto('about:blank')
  await page.goto(url)
  await expect(story).toContainText('Step 7 of 8')
  await expect(lists(page).getByRole('button', { name: /^Sadrists, 0 seats/ })).toBeVisible()

  await story.getByRole('button', { name: 'Previous' }).click()
  await expect(story).toContainText('Step 6 of 8')
  await expect(lists(page).getByRole('button', { name: /^Sadrists, 73 seats/ })).toBeVisible()
  expect(errors).toEqual([])
})

for (const [locale, theme] of [
  ['en', 'light'],
  ['ar', 'dark'],
] as const) {
  test(`across elections: the camps' chart with its tables, axe-clean (${locale}, ${theme})`, async ({
    browser,
  }) => {
    // axe over the whole analysis page, both tables open, takes 10-15 s on two cores.
    test.setTimeout(60_000)
    const context = await browser.newContext({ colorScheme: theme })
    const page = await context.newPage()
    const errors = collectErrors(page)
    await page.goto(`/?v=1&e=iraq-2021&l=${locale}`)
    await openTab(page, TABS.analysis)
    const across = page.locator('section.across')
    const table = across.getByRole('table').first()
    // The section loads when it nears the screen. The parts above it may still be growing as it
    // is scrolled to, pushing it away again, so scroll as a reader would: until it is there.
    await expect(async () => {
      await across.scrollIntoViewIfNeeded()
      await expect(table).toBeVisible({ timeout: 1_500 })
    }).toPass({ timeout: 20_000 })
    await expect(table.getByRole('columnheader')).toHaveText(
      locale === 'ar'
        ? ['التيار', '2010', '2018', '2021', '2025']
        : ['Camp', '2010', '2018', '2021', '2025'],
    )
    await expect(across.locator('.recharts-surface')).toBeVisible()
    await across.locator('details > summary').last().click()
    await expect(across.getByRole('table').last()).toBeVisible()
    const { violations } = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze()
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([])
    expect(errors).toEqual([])
    await context.close()
  })
}

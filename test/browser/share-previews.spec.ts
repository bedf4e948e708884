/**
 * Share pages in a real browser: a story step's and a challenge's own paths open their scenario
 * (the address becomes the query link they stand for), a path naming nothing opens the opening
 * scenario, and Copy link on a story step gives the step's page, whose preview shows its card.
 */
import { type Page, expect, test } from '@playwright/test'
import { collectErrors } from './page-errors'
import { paintedVerdicts, watchVerdictPainted } from './painted-verdict'

const story = (page: Page) =>
  page.getByRole('region', { name: 'How Iraq formed a government in 2018' })
const hemicycle = (page: Page) => page.getByRole('img', { name: /^Hemicycle of 329 seats/ })

test('story/3/ opens step 3 with its coalitions, and its address becomes the step’s link', async ({
  page,
}) => {
  const errors = collectErrors(page)
  const response = await page.goto('/story/3/')
  expect(response?.status()).toBe(200)
  // The page's own tags describe this step before any script runs.
  expect(await page.locator('meta[property="og:image"]').getAttribute('content')).toBe(
    '/cards/en-story-3.png',
  )
  await expect(story(page)).toContainText('Step 3 of 7')
  await expect(story(page)).toContainText('Sadr and Amiri announce an alliance in Najaf')
  await expect(hemicycle(page)).toHaveAttribute('data-seats', '101')
  await expect(page.getByText('101 seats — 64 short of a majority').first()).toBeVisible()
  await expect(page).toHaveURL(/\/\?v=1&.*st=3/)
  expect(new URL(page.url()).pathname).toBe('/')
  expect(errors).toEqual([])
})

test('ar/story/3/ opens the step in Arabic', async ({ page }) => {
  const errors = collectErrors(page)
  await page.goto('/ar/story/3/')
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar')
  await expect(hemicycle(page).or(page.locator('svg[data-hemicycle]'))).toHaveAttribute(
    'data-seats',
    '101',
  )
  await expect(page.getByText('تحالف الصدر والعامري').first()).toBeVisible()
  expect(new URL(page.url()).pathname).toBe('/ar/')
  expect(new URL(page.url()).searchParams.get('l')).toBe('ar')
  expect(errors).toEqual([])
})

test('a challenge’s page opens the challenge with its seat figures', async ({ page }) => {
  const errors = collectErrors(page)
  await page.goto('/challenge/four-lists/')
  const panel = page.getByRole('region', { name: 'Challenges' })
  await expect(
    panel.getByRole('heading', { name: 'A minimal winning coalition of at most four lists' }),
  ).toBeVisible()
  await expect(page).toHaveURL(/\/\?v=1&s=final2018&ch=four-lists$/)
  // The certified figures: Fatah has 48 seats.
  await expect(page.getByRole('button', { name: /^Fatah, 48 seats/ }).first()).toBeVisible()
  expect(errors).toEqual([])
})

test('a path naming no step opens the opening scenario, not a blank page', async ({ page }) => {
  const errors = collectErrors(page)
  // `vite preview` serves the opening page for any address, as hosts set up for single-page apps do.
  await page.goto('/story/99/')
  await expect(page).toHaveURL(/\/\?v=1$/)
  await expect(page.getByRole('button', { name: /^Sairoon, / }).first()).toBeVisible()
  await expect(hemicycle(page)).toHaveAttribute('data-seats', '0')
  expect(errors).toEqual([])
})

test('Copy link on a story step gives the step’s page; changed, the query link', async ({
  browser,
}) => {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] })
  const page = await context.newPage()
  const errors = collectErrors(page)
  await page.goto('/?v=1&st=3')
  await expect(story(page)).toContainText('Step 3 of 7')
  const copyLink = page.getByRole('button', { name: 'Copy link' })
  await copyLink.click()
  await expect(page.getByRole('status').filter({ hasText: 'Link copied.' })).toBeVisible()
  const origin = new URL(page.url()).origin
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${origin}/story/3/`)

  // A list pressed: the scenario is no longer the step's, so the link is the scenario's own.
  await page
    .getByRole('button', { name: /^Nasr, / })
    .first()
    .click()
  await expect(hemicycle(page)).toHaveAttribute('data-seats', '143')
  await copyLink.click()
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url())

  // The step's page, opened in another browser, shows the step again.
  const other = await (await browser.newContext()).newPage()
  await other.goto(`${origin}/story/3/`)
  await expect(hemicycle(other)).toHaveAttribute('data-seats', '101')
  await context.close()
  expect(errors).toEqual([])
})

test('a share page never shows the opening verdict before its own', async ({ page, context }) => {
  const errors = collectErrors(page)
  // From the first parsed element on, note every frame in which the opening scenario's verdict
  // (its empty coalition's) is painted, in the page and visible.
  await watchVerdictPainted(context, '165 short of a majority')
  await page.goto('/story/3/')
  await expect(page.getByText('101 seats — 64 short of a majority').first()).toBeVisible()
  await expect(page.locator('html')).not.toHaveClass(/kutla-pending/)
  await page.waitForTimeout(500)
  expect(await paintedVerdicts(page)).toEqual([])
  expect(errors).toEqual([])
})

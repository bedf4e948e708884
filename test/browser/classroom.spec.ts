/**
 * The classroom in a real browser: the 2018 story stepped with the keyboard, the hemicycle drawn
 * seat by seat, and the projector view fitting a 1280×720 screen, all carried by the link.
 */
import { type Page, expect, test } from '@playwright/test'
import { TABS, openTab } from './tabs'
import { collectErrors } from './page-errors'

test.use({ viewport: { width: 1280, height: 720 } })

const story = (page: Page) =>
  page.getByRole('region', { name: 'How Iraq formed a government in 2018' })
const hemicycle = (page: Page) => page.getByRole('img', { name: /^Hemicycle of 329 seats/ })

test('steps through the 2018 story with the keyboard and enters the projector view', async ({
  page,
}) => {
  const errors = collectErrors(page)
  await page.goto('/')
  await openTab(page, TABS.classroom)

  const start = page.getByRole('button', { name: 'Start the story' })
  await start.focus()
  await page.keyboard.press('Enter')
  await expect(story(page)).toContainText('Step 1 of 7')
  await expect(
    page.getByRole('heading', { name: 'Results announced: nobody near 165' }),
  ).toBeFocused()

  // The hemicycle: one dot per seat, Sairoon's 54 filled in step 1.
  await expect(hemicycle(page).locator('circle.seat')).toHaveCount(329)
  await expect(hemicycle(page).locator('circle.seat.is-member')).toHaveCount(54)

  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowRight')
  await expect(story(page)).toContainText('Step 3 of 7')
  await expect(story(page)).toContainText('Sadr and Amiri announce an alliance in Najaf')
  await expect(page.getByRole('region', { name: 'The chamber' })).toContainText(
    'Sadr–Amiri alliance holds 101 of 329 seats; the majority line is seat 165.',
  )
  await expect(hemicycle(page).locator('circle.seat.is-member')).toHaveCount(101)
  await expect(page).toHaveURL(/[?&]st=3(&|$)/)

  await page.keyboard.press('ArrowLeft')
  await expect(story(page)).toContainText('Step 2 of 7')
  await expect(hemicycle(page).locator('circle.seat.is-member')).toHaveCount(94)

  await page.getByRole('button', { name: 'Projector view' }).click()
  const leave = page.getByRole('button', { name: 'Leave projector view' })
  await expect(leave).toBeFocused()
  await expect(page).toHaveURL(/[?&]vw=projector(&|$)/)
  await expect(hemicycle(page).locator('circle.seat')).toHaveCount(329)

  // Without scrolling, the whole hemicycle and the verdict are on the 1280×720 screen.
  const verdict = page.getByRole('main').getByText('94 seats — 71 short of a majority')
  await expect(verdict).toBeVisible()
  for (const box of [await hemicycle(page).boundingBox(), await verdict.boundingBox()]) {
    expect(box).not.toBeNull()
    expect(box!.y).toBeGreaterThanOrEqual(0)
    expect(box!.y + box!.height).toBeLessThanOrEqual(720)
  }
  expect((await hemicycle(page).boundingBox())!.height).toBeGreaterThan(200)

  // The story is still driven from the keyboard in the projector view.
  await page.getByRole('button', { name: 'Next' }).focus()
  await page.keyboard.press('ArrowRight')
  await expect(story(page)).toContainText('Step 3 of 7')
  await expect(page.getByRole('main')).toContainText('Sadr–Amiri alliance')

  await leave.click()
  await expect(page.getByRole('button', { name: 'Projector view' })).toBeFocused()
  expect(errors).toEqual([])
})

test('a link opens on its story step in the projector view', async ({ page }) => {
  const errors = collectErrors(page)
  await page.goto('/')
  await openTab(page, TABS.classroom)
  await page.getByRole('button', { name: 'Start the story' }).click()
  const steps = page.getByRole('group', { name: 'Story steps' })
  for (let i = 0; i < 5; i++) await steps.getByRole('button', { name: 'Next' }).click()
  await page.getByRole('button', { name: 'Projector view' }).click()
  // The projector view's code loads first, then the page (and its link) switch to it.
  await expect(page.getByRole('button', { name: 'Leave projector view' })).toBeVisible()
  await expect(page).toHaveURL(/[?&]st=6(&|$)/)
  const link = page.url()

  const fresh = await page.context().newPage()
  await fresh.goto(link)
  await expect(story(fresh)).toContainText('Step 6 of 7')
  await expect(
    fresh.getByRole('heading', {
      name: 'Rival blocs: Islah and Binaa each claim to be the largest',
    }),
  ).toBeVisible()
  await expect(fresh.getByRole('button', { name: 'Leave projector view' })).toBeVisible()
  await expect(hemicycle(fresh).locator('circle.seat.is-member')).toHaveCount(158)
  expect(errors).toEqual([])
})

test('a challenge travels in the link and is checked as lists are pressed', async ({ page }) => {
  const errors = collectErrors(page)
  await page.goto('/?v=1&s=final2018&ch=four-lists')
  const panel = page.getByRole('region', { name: 'Challenges' })
  await expect(
    panel.getByRole('heading', { name: 'A minimal winning coalition of at most four lists' }),
  ).toBeVisible()
  for (const name of [/^Sairoon, /, /^Fatah, /, /^Nasr, /, /^Wataniya, /]) {
    await page.getByRole('button', { name }).first().click()
  }
  // 54 + 48 + 42 + 21 = 165, and each of the four is needed.
  await expect(panel).toContainText('Solved: 165 seats, 165 needed, and every rule kept.')
  await page
    .getByRole('button', { name: /^KDP, / })
    .first()
    .click()
  await expect(panel).toContainText('It has 5 lists; the task allows at most 4.')
  await panel.getByRole('button', { name: 'Show how many solutions exist' }).click()
  await expect(panel).toContainText('3 coalitions solve this task.')
  expect(errors).toEqual([])
})

test('saves the hemicycle as PNG and SVG with its caption', async ({ page }) => {
  const errors = collectErrors(page)
  await page.goto('/')
  for (const name of [/^Sairoon, /, /^Fatah, /])
    await page.getByRole('button', { name }).first().click()

  const [png] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download PNG' }).click(),
  ])
  expect(png.suggestedFilename()).toBe('kutla-iraq-2018-may2018-hemicycle.png')
  const { readFile } = await import('node:fs/promises')
  const bytes = await readFile((await png.path())!)
  // PNG signature, then the IHDR width: twice the 1200-pixel drawing.
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG')
  expect(bytes.readUInt32BE(16)).toBe(2400)

  const [svg] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download SVG' }).click(),
  ])
  const text = await readFile((await svg.path())!, 'utf8')
  expect(text).toContain('Sairoon + Fatah: 101 seats — 64 short of a majority')
  expect(text.match(/<circle /g)).toHaveLength(330)
  expect(errors).toEqual([])
})

test('prints the scenario on one page and the worksheet on the next, on A4 and on Letter', async ({
  page,
}) => {
  await page.goto('/?v=1&c=sairoon.hikma.wataniya*Tripartite+agreement&st=2')
  await expect(hemicycle(page)).toBeVisible()
  await page.emulateMedia({ media: 'print' })
  await expect(page.getByRole('heading', { name: 'Worksheet' })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Lists' })).toBeHidden()
  await expect(page.getByRole('button', { name: 'Start the story' })).toBeHidden()
  for (const format of ['A4', 'Letter']) {
    const pdf = await page.pdf({ format })
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []
    expect(pages, format).toHaveLength(2)
  }
})

for (const [width, height] of [
  [1280, 720],
  [1920, 1080],
] as const) {
  test(`the projector compares a step's rival coalitions on one ${width}×${height} screen`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ viewport: { width, height } })
    const page = await context.newPage()
    // A bare story link: Islah and Binaa, each with its seats and margin, both readable.
    await page.goto('/?v=1&st=6&vw=projector')
    // Measured once the projector view itself has replaced its light stand-in.
    await expect(page.getByRole('button', { name: 'Leave projector view' })).toBeVisible()
    const compared = page.getByRole('list', { name: 'Every coalition, side by side' })
    await expect(compared.getByRole('listitem')).toHaveCount(2)
    for (const text of [
      /Islah \(Reform and Reconstruction\).*158 seats — 7 short of a majority/,
      /Binaa \(Construction\).*\d+ seats — \d+ short of a majority/,
    ]) {
      const row = compared.getByRole('listitem').filter({ hasText: text })
      await expect(row).toBeVisible()
      const box = (await row.boundingBox())!
      expect(box.y).toBeGreaterThanOrEqual(0)
      expect(box.y + box.height).toBeLessThanOrEqual(height)
    }
    // Large enough to read from the back of a room.
    const sizes = await page.evaluate(() =>
      [...document.querySelectorAll('.projector-verdict.is-compared')].map((el) =>
        parseFloat(getComputedStyle(el).fontSize),
      ),
    )
    expect(sizes).toHaveLength(2)
    for (const size of sizes) expect(size).toBeGreaterThanOrEqual(20)
    await expect(hemicycle(page).locator('circle.seat')).toHaveCount(329)
    const hemicycleBox = (await hemicycle(page).boundingBox())!
    expect(hemicycleBox.y + hemicycleBox.height).toBeLessThanOrEqual(height)
    expect(
      await page.evaluate(() => document.querySelector('.projector-screen')!.scrollHeight),
    ).toBeLessThanOrEqual(height)
    await context.close()
  })
}

import { type Page, expect, test } from '@playwright/test'

/**
 * Never break, in a real browser: a seeded run of random clicks on lists and coalition controls,
 * key presses, Back and Forward and reloads, with no console error and no uncaught exception; at
 * the end the page shows exactly what its link describes (the link opened in a fresh browser
 * context shows the same coalition cards, names, pressed lists and chart table).
 *
 * `npm test` runs a short soak (KUTLA_SOAK_ACTIONS, 200 by default: about 30 s here); `npm run soak` runs 5,000.
 * KUTLA_SOAK_SEED replays a run: the seed and the last actions are printed when one fails.
 */

const ACTIONS = Number(process.env.KUTLA_SOAK_ACTIONS ?? 200)
const SEED = Number(process.env.KUTLA_SOAK_SEED ?? 20180512)

/** mulberry32: a small seeded generator, so a failing run can be replayed exactly. */
function generator(seed: number) {
  let a = seed >>> 0
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return {
    below: (n: number) => Math.floor(next() * n),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
  }
}

const NAMES = [
  'Sadr + Amiri',
  'Islah',
  'كتلة الإصلاح',
  '<b>Binaa</b>',
  'a*b.c_d&c=1',
  '٣٠ + 🇮🇶',
  '   ',
  '',
] as const
const KEYS = ['Enter', 'Space', 'Tab', 'Shift+Tab', 'Control+z', 'Control+Shift+z', 'Escape']

/** What the page shows of the scenario: cards, names, pressed lists, the chart's table. */
async function shownScenario(page: Page) {
  await expect(page.locator('.party-list button.party').first()).toBeVisible()
  return {
    lang: await page.locator('html').getAttribute('lang'),
    cards: await page.locator('.coalition-card').allInnerTexts(),
    names: await page
      .locator('.coalition-card input')
      .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value)),
    pressed: await page
      .locator('.party-list button.party[aria-pressed="true"]')
      .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label'))),
    chart: await page.locator('.chart-panel .chart-table').innerText(),
  }
}

test('a seeded soak of random actions leaves no error and a page its link describes', async ({
  page,
  browser,
}) => {
  test.setTimeout(60_000 + ACTIONS * 400)
  const problems: string[] = []
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`))
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`)
  })
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`)
    void d.dismiss()
  })
  // Copying is refused here, as some browsers do; Copy link then shows the link in a field.
  await page.addInitScript(() => {
    navigator.clipboard.writeText = () =>
      Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'))
  })

  const random = generator(SEED)
  const log: string[] = []
  const lists = page.locator('.party-list button.party')
  const cards = page.locator('.coalition-card')

  /** Clicks the n-th of a locator's matches if there is one that can be clicked. */
  async function clickSome(what: string, locator: ReturnType<Page['locator']>) {
    const count = await locator.count()
    if (count === 0) return
    const n = random.below(count)
    const target = locator.nth(n)
    if (await target.isDisabled()) return
    log.push(`${what} #${n}`)
    // force: the checks above stand in for Playwright's wait for a stable target, which adds
    // about 100 ms a click here and would leave fewer actions for the same time.
    await target.click({ force: true })
  }

  const actions: [weight: number, run: () => Promise<void>][] = [
    [30, () => clickSome('list', lists)],
    [6, () => clickSome('new coalition', page.locator('.overview-head button'))],
    [3, () => clickSome('choose coalition', page.locator('.overview-row'))],
    [3, () => clickSome('tab', page.getByRole('tab'))],
    [6, () => clickSome('edit coalition', cards.locator('button.edit-toggle'))],
    [3, () => clickSome('delete coalition', cards.locator('button.danger'))],
    [5, () => clickSome('remove member', cards.locator('.member button'))],
    [
      5,
      async () => {
        const count = await cards.count()
        if (count === 0) return
        const n = random.below(count)
        const name = random.pick(NAMES)
        log.push(`name #${n} ${JSON.stringify(name)}`)
        await cards.nth(n).locator('input').fill(name)
      },
    ],
    [
      10,
      async () => {
        const key = random.pick(KEYS)
        if (random.below(2) === 0) {
          const count = await lists.count()
          const n = random.below(count)
          log.push(`focus list #${n}`)
          await lists.nth(n).focus()
        }
        log.push(`key ${key}`)
        await page.keyboard.press(key)
      },
    ],
    [3, () => clickSome('seat figures', page.getByRole('radio', { name: /announced|certified/i }))],
    [3, () => clickSome('undo or redo', page.locator('.undo-controls button'))],
    [2, () => clickSome('seat stepper', page.locator('.whatif-panel .stepper button'))],
    [1, () => clickSome('table of lists', page.locator('.seat-table-details > summary'))],
    [1, () => clickSome('reset', page.getByRole('button', { name: 'Reset', exact: true }))],
    [
      1,
      () =>
        clickSome(
          'language',
          page.getByRole('group', { name: /Language|اللغة/ }).getByRole('button'),
        ),
    ],
    [1, () => clickSome('copy link', page.getByRole('button', { name: 'Copy link', exact: true }))],
    [
      6,
      async () => {
        log.push('back')
        await page.goBack()
        // Back past the first entry leaves the app: come forward again.
        if (!page.url().startsWith('http')) {
          log.push('forward (returning to the app)')
          await page.goForward()
        }
      },
    ],
    [
      4,
      async () => {
        log.push('forward')
        await page.goForward()
      },
    ],
    [
      2,
      async () => {
        log.push('reload')
        await page.reload()
      },
    ],
  ]
  const total = actions.reduce((sum, [w]) => sum + w, 0)

  await page.goto('/')
  try {
    for (let i = 0; i < ACTIONS; i++) {
      let roll = random.below(total)
      const [, run] = actions.find(([w]) => (roll -= w) < 0)!
      await run()
      if (problems.length) {
        expect(
          problems,
          `after action ${i + 1}, seed ${SEED}: … ${log.slice(-8).join(' | ')}`,
        ).toEqual([])
      }
    }
  } catch (error) {
    test.info().annotations.push({
      type: 'soak',
      description: `seed ${SEED}; last actions: ${log.slice(-15).join(' | ')}`,
    })
    throw error
  }

  const link = page.url()
  // Both pages show their coalitions' cards, in the tab that holds them.
  const coalitionsTab = (p: Page) => p.getByRole('tab', { name: 'Edit coalitions' })
  await coalitionsTab(page).click()
  const here = await shownScenario(page)
  expect(here.cards.length).toBeGreaterThanOrEqual(0)

  const fresh = await browser.newContext()
  const other = await fresh.newPage()
  other.on('pageerror', (e) => problems.push(`fresh page uncaught: ${e.message}`))
  other.on('console', (m) => {
    if (m.type() === 'error') problems.push(`fresh page console: ${m.text()}`)
  })
  await other.goto(link)
  await coalitionsTab(other).click()
  // The coalition panel loads with its tab: wait for its cards before comparing.
  await expect(other.locator('.coalition-card')).toHaveCount(here.cards.length)
  expect(await shownScenario(other)).toEqual(here)
  expect(other.url()).toBe(link)
  await fresh.close()
  expect(problems).toEqual([])
  test.info().annotations.push({
    type: 'soak',
    description: `${ACTIONS} actions (seed ${SEED}), ${log.length} steps logged`,
  })
})

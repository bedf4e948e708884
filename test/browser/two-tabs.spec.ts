import { type Page, expect, test } from '@playwright/test'
import { collectErrors } from './page-errors'

/**
 * Two tabs of one browser share the scenarios kept on the device, but each keeps its own line of
 * work: what one tab did is never overwritten by the other.
 */

const listButton = (page: Page, name: string) =>
  page.getByRole('button', { name: new RegExp(`^${name}, `) }).first()

/** The queries kept on the device: the last one and the recent ones. */
async function kept(page: Page): Promise<{ last: string | null; recent: string[] }> {
  return page.evaluate(() => {
    const saved = JSON.parse(localStorage.getItem('kutla.scenarios') ?? 'null') as {
      last?: { query: string } | null
      recent?: { query: string }[]
    } | null
    return {
      last: saved?.last?.query ?? null,
      recent: (saved?.recent ?? []).map((e) => e.query),
    }
  })
}

/** Hides the page, as switching tabs does, so a pending save is written at once. */
const hide = (page: Page) => page.evaluate(() => window.dispatchEvent(new Event('pagehide')))

test('two tabs on the same scenario each keep their work', async ({ context }) => {
  const a = await context.newPage()
  const aErrors = collectErrors(a)
  await a.goto('/')
  for (const name of ['Sairoon', 'Fatah']) await listButton(a, name).click()
  await expect(a).toHaveURL(/\?v=1&c=sairoon\.fatah$/)
  await hide(a)

  // Tab B opens the plain address: it reopens the same scenario.
  const b = await context.newPage()
  const bErrors = collectErrors(b)
  await b.goto('/')
  await expect(b).toHaveURL(/\?v=1&c=sairoon\.fatah$/)
  await listButton(b, 'Nasr').click()
  await expect(b).toHaveURL(/\?v=1&c=sairoon\.fatah\.nasr$/)
  await hide(b)

  await a.bringToFront()
  await listButton(a, 'KDP').click()
  await expect(a).toHaveURL(/\?v=1&c=sairoon\.fatah\.kdp$/)
  await hide(a)

  await expect
    .poll(async () => (await kept(a)).recent.sort())
    .toEqual(['v=1&c=sairoon.fatah.kdp', 'v=1&c=sairoon.fatah.nasr'])
  expect((await kept(a)).last).toBe('v=1&c=sairoon.fatah.kdp')

  // Both tabs list both lines of work under Recent scenarios.
  for (const page of [a, b]) {
    const recent = page.getByRole('region', { name: 'Recent scenarios' })
    await expect(recent).toContainText('Sairoon + Fatah + KDP')
    await expect(recent).toContainText('Sairoon + Fatah + Nasr')
  }

  // A reload keeps each tab on its own work, and B goes on in its own entry.
  await b.reload()
  await expect(b).toHaveURL(/\?v=1&c=sairoon\.fatah\.nasr$/)
  await listButton(b, 'PUK').click()
  await hide(b)
  await expect
    .poll(async () => (await kept(b)).recent.sort())
    .toEqual(['v=1&c=sairoon.fatah.kdp', 'v=1&c=sairoon.fatah.nasr.puk'])

  // The plain address in a third tab reopens the most recent one.
  const c = await context.newPage()
  await c.goto('/')
  await expect(c).toHaveURL(/\?v=1&c=sairoon\.fatah\.nasr\.puk$/)
  expect([...aErrors, ...bErrors]).toEqual([])
})

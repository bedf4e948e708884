import { type BrowserContext, type Page, expect, test } from '@playwright/test'
import { TABS, openTab } from './tabs'

/**
 * Nothing foreign runs: the built page carries its Content-Security-Policy and breaks none of it,
 * no request leaves the page's origin, and script or markup fed through every way in (the link,
 * the name fields, an imported file, storage) is only ever shown as text.
 */

interface Watch {
  /** Console errors, uncaught exceptions and dialogs, as text. */
  problems: string[]
}

/** Collects console errors, uncaught exceptions, dialogs and CSP violations of a page. */
function watch(page: Page): Watch {
  const problems: string[] = []
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`))
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`)
  })
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`)
    void d.dismiss()
  })
  return { problems }
}

/** Every CSP violation the page reported, read from the page. */
async function violations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? [])
}

/** Records `securitypolicyviolation` events in `window.__csp`, in every page of the context. */
async function recordViolations(context: BrowserContext) {
  await context.addInitScript(() => {
    const found: string[] = []
    ;(window as unknown as { __csp: string[] }).__csp = found
    document.addEventListener('securitypolicyviolation', (e) =>
      found.push(
        `${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`,
      ),
    )
  })
}

/** Opens the what-if table of lists (built only while open). */
async function openListTable(page: Page) {
  const whatIf = page.getByRole('tab', { name: TABS.whatIf })
  if ((await whatIf.getAttribute('aria-selected')) !== 'true') await whatIf.click()
  const table = page.locator('.seat-table-details')
  if ((await table.getAttribute('open')) === null) await table.locator('summary').click()
}

const listButton = (page: Page, name: string) =>
  page.getByRole('button', { name: new RegExp(`^${name}, `) }).first()

/** The flows a class goes through: lists, names, chart, figures, story, projector, language, what-if, reload, recent. */
async function mainFlows(page: Page) {
  await page.goto('/')
  for (const name of ['Sairoon', 'Fatah', 'Nasr']) await listButton(page, name).click()
  await expect(page.locator('.chart-box svg.recharts-surface')).toBeVisible()
  await expect(page.locator('.chart-box .recharts-bar-rectangle')).toHaveCount(3)
  await page.locator('.chart-box .recharts-bar-rectangle').first().hover()
  await page.getByRole('textbox', { name: 'Name of coalition 1' }).fill('Sadr + Amiri + Abadi')
  await page.getByRole('button', { name: 'New coalition' }).click()
  await listButton(page, 'KDP').click()
  await page.getByRole('radio', { name: /certified/i }).check()

  await openTab(page, TABS.classroom)
  await page.getByRole('button', { name: 'Start the story' }).click()
  await page
    .getByRole('group', { name: 'Story steps' })
    .getByRole('button', { name: 'Next' })
    .click()
  await page.getByRole('button', { name: 'Projector view' }).click()
  await page.getByRole('button', { name: 'Leave projector view' }).click()

  await page.getByRole('button', { name: /العربية/ }).click()
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
  await page.getByRole('button', { name: /English/ }).click()
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr')

  await openListTable(page)
  await page.getByRole('spinbutton', { name: 'Seats of Nasr' }).fill('40')
  await page
    .getByRole('region', { name: 'Share this scenario' })
    .getByRole('button', { name: 'Copy link' })
    .click()
  await page.reload()
  await expect(page.locator('.chart-box svg.recharts-surface')).toBeVisible()
  await page.getByRole('button', { name: 'Reset' }).first().click()
  await listButton(page, 'PUK').click()
  await page
    .getByRole('region', { name: 'Recent scenarios' })
    .getByRole('button', { name: /^Open / })
    .first()
    .click()
  await expect(page.locator('.chart-box svg.recharts-surface')).toBeVisible()
}

test.describe('Content-Security-Policy', () => {
  test('the built page carries the policy, and the main flows break none of it', async ({
    page,
    context,
  }) => {
    test.setTimeout(60_000)
    await recordViolations(context)
    const watched = watch(page)
    await mainFlows(page)
    const policy = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content')
    expect(policy).toContain("script-src 'self'")
    expect(policy).toContain("style-src 'self'")
    expect(policy).not.toContain('unsafe')
    expect(await violations(page)).toEqual([])
    expect(watched.problems).toEqual([])
  })

  test('refuses inline script, inline handlers and eval', async ({ page, context }) => {
    await recordViolations(context)
    await page.goto('/')
    const outcome = await page.evaluate(async () => {
      const w = window as unknown as Record<string, unknown>
      const script = document.createElement('script')
      script.textContent = 'window.__inlineScript = 1'
      document.body.append(script)
      document.body.insertAdjacentHTML(
        'beforeend',
        '<img src="data:," onload="window.__inlineHandler = 1" onerror="window.__inlineHandler = 1">',
      )
      // Code given to page.evaluate is not held to the policy, but strings it asks the page to
      // run are: a string timer is the page evaluating text.
      ;(setTimeout as unknown as (code: string, ms: number) => void)('window.__evalRan = 1', 0)
      await new Promise((resolve) => setTimeout(resolve, 100))
      return { script: w.__inlineScript, handler: w.__inlineHandler, evalRan: w.__evalRan }
    })
    expect(outcome).toEqual({ script: undefined, handler: undefined, evalRan: undefined })
    expect((await violations(page)).map((v) => v.split(' ')[0])).toEqual(
      expect.arrayContaining(['script-src-elem', 'script-src-attr', 'script-src']),
    )
  })
})

test.describe('no request leaves the origin', () => {
  test('loading the app and using it asks nothing of any other host', async ({ page, context }) => {
    test.setTimeout(120_000)
    const foreign: string[] = []
    const seen: string[] = []
    const isOwn = (url: string) => {
      const { protocol, hostname } = new URL(url)
      return protocol === 'data:' || protocol === 'blob:' || hostname === '127.0.0.1'
    }
    await context.route('**/*', (route) => {
      const url = route.request().url()
      if (isOwn(url)) return route.continue()
      foreign.push(url)
      return route.abort()
    })
    // Also what the service worker or the browser fetch outside the routed page.
    context.on('request', (request) => {
      seen.push(request.url())
      if (!isOwn(request.url())) foreign.push(request.url())
    })
    const watched = watch(page)
    await mainFlows(page)
    await openTab(page, TABS.whatIf)
    await page
      .getByRole('button', { name: /Export CSV|CSV/ })
      .first()
      .click()
      .catch(() => {})
    expect(seen.length).toBeGreaterThan(5)
    expect(seen.some((u) => u.endsWith('.woff2'))).toBe(true)
    expect(foreign).toEqual([])
    expect(watched.problems).toEqual([])
  })
})

// ---------------------------------------------------------------------------------------------

/** Script and markup as a hostile visitor would write them. Each sets `window.__xss` if it runs. */
const HOSTILE = [
  '<img src=x onerror=window.__xss=1>',
  '<script>window.__xss=1</script>',
  'javascript:window.__xss=1',
  '"><svg onload=window.__xss=1>',
  "'><iframe src=javascript:window.__xss=1>",
  '<a href="javascript:window.__xss=1">x</a>',
  '{{constructor.constructor("window.__xss=1")()}} $t(app.name)',
  '<style>*{display:none}</style>',
] as const

/** After hostile input: nothing ran, no dialog opened, no live javascript: link or foreign element. */
async function expectInert(page: Page, watched: Watch) {
  await page.waitForTimeout(0)
  const state = await page.evaluate(() => ({
    xss: (window as unknown as { __xss?: unknown }).__xss,
    scriptLinks: document.querySelectorAll('a[href^="javascript:" i], iframe, object, embed')
      .length,
    injected: document.querySelectorAll(
      '#root img[src="x"], #root svg[onload], #root script, #root style',
    ).length,
  }))
  expect(state).toEqual({ xss: undefined, scriptLinks: 0, injected: 0 })
  expect(
    watched.problems.filter((p) => p.startsWith('dialog') || p.startsWith('uncaught')),
  ).toEqual([])
}

test.describe('user text is only ever text', () => {
  test('through a link: coalition names, list ids, parameter names and values', async ({
    page,
    context,
  }) => {
    test.setTimeout(60_000)
    await recordViolations(context)
    const watched = watch(page)
    for (const text of HOSTILE) {
      const q = new URLSearchParams()
      q.set('v', '1')
      q.append('c', `sairoon.fatah*${text}`)
      q.append('c', `nasr.${text}`)
      q.set(text, text)
      q.set('s', text)
      q.set('sd', `${text}.5_kdp.${text}`)
      q.set('ch', text)
      q.set('a', text)
      await page.goto(`/?${q}`)
      await expect(page.getByRole('heading', { name: text.trim() }).first()).toBeVisible()
      await expect(page.getByRole('textbox', { name: 'Name of coalition 1' })).toHaveValue(text)
      await expectInert(page, watched)
      // A link Kutla cannot open names its election in the notice, as text.
      await page.goto(`/?v=1&e=${encodeURIComponent(text)}`)
      await expect(
        page.getByRole('status').filter({ hasText: 'could not be opened' }),
      ).toBeVisible()
      await expectInert(page, watched)
    }
    expect(await violations(page)).toEqual([])
  })

  test('through the name fields: a coalition, a renamed list, an added list', async ({
    page,
    context,
  }) => {
    test.setTimeout(120_000)
    await recordViolations(context)
    const watched = watch(page)
    await page.goto('/')
    await listButton(page, 'Sairoon').click()
    for (const text of HOSTILE) {
      await openTab(page, TABS.coalitions)
      await page.getByRole('textbox', { name: 'Name of coalition 1' }).fill(text)
      await expect(page.getByRole('heading', { name: text.trim() }).first()).toBeVisible()
      await openListTable(page)
      await page.locator('.whatif-panel input.name-input').nth(2).fill(text)
      await expectInert(page, watched)
    }
    const add = page.getByRole('group', { name: 'Add a list' })
    await add.getByRole('textbox', { name: 'Name' }).fill(HOSTILE[0])
    await add.getByRole('spinbutton', { name: 'Seats' }).fill('3')
    await add.getByRole('button', { name: 'Add list' }).click()
    await expect(
      page.getByRole('button', { name: new RegExp(`^${escape(HOSTILE[0])}`) }).first(),
    ).toBeVisible()
    await expectInert(page, watched)
    // Reopened from storage after a reload: still text.
    await page.reload()
    await expect(page.getByRole('region', { name: 'Recent scenarios' })).toContainText(
      HOSTILE.at(-1)!,
    )
    await expectInert(page, watched)
    expect(await violations(page)).toEqual([])
  })

  test('through an imported file: CSV, JSON, and a refused file whose problems quote it', async ({
    page,
    context,
  }) => {
    test.setTimeout(60_000)
    await recordViolations(context)
    const watched = watch(page)
    await page.goto('/')
    await openTab(page, TABS.whatIf)
    const cell = (t: string) => `"${t.replaceAll('"', '""')}"`
    const csv = [
      'name,other_name,seats,colour',
      ...HOSTILE.map((t, i) => `${cell(t)},${cell(t)},${10 + i},#123456`),
    ].join('\n')
    const json = JSON.stringify({
      title: HOSTILE[1],
      lists: HOSTILE.map((t, i) => ({ id: `l${i}`, name: t, otherName: t, seats: 5 + i })),
      coalitions: HOSTILE.map((t, i) => ({ name: t, lists: [`l${i}`] })),
    })
    const refused = [`name,seats,${cell(HOSTILE[0])}`, `${cell(HOSTILE[3])},x,1`].join('\n')
    const files = [
      {
        name: `${HOSTILE[0]}.csv`,
        mimeType: 'text/csv',
        body: csv,
        outcome: /Imported/,
        shows: () => listButton(page, escape(HOSTILE[5])),
      },
      {
        name: 'parliament.json',
        mimeType: 'application/json',
        body: json,
        outcome: /Imported/,
        shows: () =>
          page
            .getByRole('region', { name: 'Coalitions', exact: true })
            .getByText(HOSTILE[4].trim())
            .first(),
      },
      {
        name: `${HOSTILE[3]}.csv`,
        mimeType: 'text/csv',
        body: refused,
        outcome: /not imported/,
        shows: () => page.locator('.parliament-file').getByText(HOSTILE[3]).first(),
      },
    ]
    for (const file of files) {
      await page.getByLabel('Import a parliament (CSV or JSON)').setInputFiles({
        name: file.name,
        mimeType: file.mimeType,
        buffer: Buffer.from(file.body),
      })
      await expect(page.locator('.parliament-file')).toContainText(file.outcome)
      await expect(file.shows()).toBeVisible()
      await expectInert(page, watched)
    }
    expect(await violations(page)).toEqual([])
  })

  test('through storage: entries another program wrote', async ({ page, context }) => {
    await recordViolations(context)
    const watched = watch(page)
    await context.addInitScript((hostile: readonly string[]) => {
      if (sessionStorage.getItem('seeded')) return
      sessionStorage.setItem('seeded', '1')
      const recent = hostile.map((t, i) => ({
        v: 1,
        id: `e${i}`,
        query: new URLSearchParams({ v: '1', c: `kdp*${t}` }).toString(),
        savedAt: 1_780_000_000_000 + i,
      }))
      recent.push({ v: 1, id: '<b>', query: 'v=1&c=nasr', savedAt: 1 })
      localStorage.setItem(
        'kutla.scenarios',
        JSON.stringify({
          format: 1,
          last: recent[0],
          recent: [...recent, '<img src=x onerror=window.__xss=1>'],
        }),
      )
    }, HOSTILE)
    await page.goto('/')
    await expect(page.getByRole('textbox', { name: 'Name of coalition 1' })).toHaveValue(HOSTILE[0])
    const recent = page.getByRole('region', { name: 'Recent scenarios' })
    await expect(recent.getByRole('listitem')).toHaveCount(HOSTILE.length)
    for (const text of HOSTILE) await expect(recent).toContainText(text)
    await recent
      .getByRole('button', { name: /^Open / })
      .last()
      .click()
    await expectInert(page, watched)
    expect(await violations(page)).toEqual([])
  })
})

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * The embed view in a real frame: the built app (vite preview) inside another origin's page (a
 * second server on another loopback port). Presses work inside it, the host page's history stays
 * as it was, the content height reaches the host, nothing else is requested and the app listens to
 * no message; both languages and themes pass axe inside the frame, and "Open in Kutla" opens the
 * full app on the same scenario.
 */
import AxeBuilder from '@axe-core/playwright'
import { type Frame, type Page, expect, test } from '@playwright/test'
import { type HostServer, startHost } from './embed-host/host-server'

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']
let host: HostServer
let app = ''

test.beforeAll(async ({ baseURL }) => {
  app = new URL(baseURL!).origin
  host = await startHost(app)
})
test.afterAll(() => host?.close())

// Counts every `message` listener a page adds (in every frame): the app must add none.
test.beforeEach(async ({ context }) => {
  await context.addInitScript(() => {
    const counted = window as unknown as { __messageListeners: number }
    counted.__messageListeners = 0
    const add = window.addEventListener.bind(window)
    window.addEventListener = ((type: string, ...rest: [never, never]) => {
      if (type === 'message') counted.__messageListeners += 1
      return add(type, ...rest)
    }) as typeof window.addEventListener
  })
})

/** Opens the host page framing `query` (vw=embed added) and returns the frame once drawn. */
async function openEmbed(page: Page, query: string, width = 640, height = 600): Promise<Frame> {
  await page.goto(host.pageFor(`${app}/?${query}&vw=embed`, width, height))
  const handle = await page.locator('iframe').elementHandle()
  const frame = (await handle!.contentFrame())!
  await expect(frame.locator('.embed .overview')).toBeVisible()
  return frame
}

const listButton = (frame: Frame, name: string) =>
  frame.getByRole('button', { name: new RegExp(`^${name}[،,] `) }).first()

test('a press inside the frame works, the host’s history is untouched and the height arrives', async ({
  page,
  context,
}) => {
  const foreign: string[] = []
  const own = (url: string) =>
    url.startsWith('data:') ||
    url.startsWith('blob:') ||
    [app, host.origin].includes(new URL(url).origin)
  await context.route('**/*', (route) => {
    if (own(route.request().url())) return route.continue()
    foreign.push(route.request().url())
    return route.abort()
  })
  const frame = await openEmbed(page, 'v=1&c=sairoon')
  const historyBefore = await page.evaluate(() => history.length)
  const verdict = frame.locator('.overview-verdict')
  await expect(verdict).toContainText('54 seats — 111 short of a majority')

  await listButton(frame, 'Fatah').click()

  await expect(verdict).toContainText('101 seats — 64 short of a majority')
  await expect.poll(() => frame.url()).toBe(`${app}/?v=1&c=sairoon.fatah&vw=embed`)
  // The frame's entries are the host page's (one joint history): none was added.
  expect(await page.evaluate(() => history.length)).toBe(historyBefore)

  // The height messages: the documented shape, from the app's origin, and the last one is the
  // content's height now (the listener sized the frame with it).
  const heights = () =>
    page.evaluate(() => (window as unknown as { kutlaHeights: { height: number }[] }).kutlaHeights)
  await expect.poll(async () => (await heights()).length).toBeGreaterThan(0)
  const contentHeight = await frame.evaluate(() =>
    Math.ceil(document.querySelector('.embed')!.getBoundingClientRect().height),
  )
  await expect
    .poll(async () => (await heights()).at(-1))
    .toEqual({
      type: 'kutla:height',
      height: contentHeight,
      version: 1,
    })
  await expect(page.locator('iframe')).toHaveAttribute('height', String(contentHeight))

  // A reload of the frame keeps its scenario (its own address was replaced, not pushed).
  await Promise.all([
    page.waitForEvent('framenavigated', (navigated) => navigated === frame),
    frame.evaluate(() => location.reload()),
  ])
  await frame.waitForLoadState('load')
  await expect(frame.locator('.overview-verdict')).toContainText('101 seats')

  expect(
    await frame.evaluate(
      () => (window as unknown as { __messageListeners: number }).__messageListeners,
    ),
  ).toBe(0)
  expect(await frame.evaluate(() => window.onmessage)).toBeNull()
  // A host page's visitors get no service worker and no saved scenarios from the frame.
  expect(
    await frame.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length),
  ).toBe(0)
  expect(await frame.evaluate(() => localStorage.getItem('kutla.scenarios'))).toBeNull()
  expect(foreign).toEqual([])
})

test('“Open in Kutla” opens the full app on the same scenario, without vw, in a new tab', async ({
  page,
  context,
}) => {
  const frame = await openEmbed(page, 'v=1&c=sairoon.nasr&th=dark')
  const open = frame.getByRole('link', { name: /Open in Kutla/ })
  await expect(open).toHaveAttribute('href', `${app}/?v=1&c=sairoon.nasr&th=dark`)
  await expect(open).toHaveAttribute('target', '_blank')
  await expect(open).toHaveAttribute('rel', 'noopener')

  const [tab] = await Promise.all([context.waitForEvent('page'), open.click()])
  await expect(tab.getByRole('banner')).toBeVisible()
  await expect(tab.locator('.overview-verdict')).toContainText('96 seats')
  expect(tab.url()).toBe(`${app}/?v=1&c=sairoon.nasr&th=dark`)
  expect(await tab.evaluate(() => window.opener)).toBeNull()
})

for (const { name, query, width, height, dir, theme } of [
  {
    name: 'English, light, 1000×700',
    query: 'v=1&c=sairoon.fatah&c=nasr&th=light',
    width: 1000,
    height: 700,
    dir: 'ltr',
    theme: 'light',
  },
  {
    name: 'Arabic, dark, 320×400',
    query: 'v=1&c=sairoon.fatah&l=ar&th=dark',
    width: 320,
    height: 400,
    dir: 'rtl',
    theme: 'dark',
  },
]) {
  test(`axe finds nothing inside the frame: ${name}`, async ({ browser }) => {
    const context = await browser.newContext({ locale: 'en-GB' })
    const page = await context.newPage()
    const frame = await openEmbed(page, query, width, height)
    await expect(frame.locator('html')).toHaveAttribute('dir', dir)
    await expect(frame.locator('html')).toHaveAttribute('data-theme', theme)
    await expect(frame.locator('.chart-box svg.recharts-surface').first()).toBeVisible()
    // Nothing wider than the frame.
    expect(
      await frame.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
    ).toBe(true)
    const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()
    const summary = results.violations.map(
      (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`,
    )
    expect(summary).toEqual([])
    await context.close()
  })
}

test('the share panel’s Embed code frames the scenario on screen, and axe finds nothing in it', async ({
  browser,
}) => {
  const context = await browser.newContext({ locale: 'en-GB' })
  const page = await context.newPage()
  await page.goto('/?v=1&c=sairoon.fatah&l=ar')
  await page.getByRole('button', { name: 'تضمين' }).click()
  const code = await page
    .getByRole('textbox', { name: 'شيفرة لوضع هذا السيناريو في صفحة ويب' })
    .inputValue()
  const frame = await page.evaluate((html) => {
    const iframe = new DOMParser().parseFromString(html, 'text/html').querySelector('iframe')!
    return {
      src: iframe.getAttribute('src'),
      title: iframe.getAttribute('title'),
      loading: iframe.getAttribute('loading'),
      size: [iframe.getAttribute('width'), iframe.getAttribute('height')],
    }
  }, code)
  expect(frame).toEqual({
    src: `${app}/?v=1&c=sairoon.fatah&l=ar&vw=embed`,
    title: 'كتلة · محاكي مقاعد الائتلافات',
    loading: 'lazy',
    size: ['640', '600'],
  })
  const results = await new AxeBuilder({ page })
    .withTags(WCAG_TAGS)
    .include('.share-links')
    .analyze()
  expect(results.violations.map((v) => v.id)).toEqual([])

  // The code, pasted into another site's page, shows that scenario.
  const embedded = await openEmbed(page, frame.src!.split('?')[1]!.replace('&vw=embed', ''))
  await expect(embedded.locator('.overview-verdict')).toContainText('101 مقعد')
  await context.close()
})

test('a link that cannot be read opens the default scenario in the embed view, with a note', async ({
  page,
}) => {
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  const frame = await openEmbed(page, 'v=9&c=sairoon*%3Cimg+src%3Dx+onerror%3Dalert(1)%3E')
  await expect(frame.getByText('This link could not be opened')).toBeVisible()
  await expect(frame.locator('.overview-verdict')).toContainText('0 seats')
  await expect(frame.getByRole('banner')).toHaveCount(0)
  await listButton(frame, 'Nasr').click()
  await expect(frame.locator('.overview-verdict')).toContainText('42 seats')
  expect(errors).toEqual([])
})

test('the full app in another site’s frame shows only a link to open it in its own tab', async ({
  page,
}) => {
  // vite preview sends no frame-ancestors header, as a host that cannot vary it by query would.
  await page.goto(host.pageFor(`${app}/?v=1&c=sairoon`))
  const frame = page.frameLocator('iframe')
  await expect(frame.getByRole('heading', { name: 'Kutla opens in its own tab' })).toBeVisible()
  const open = frame.getByRole('link', { name: 'Open Kutla in a new tab' })
  await expect(open).toHaveAttribute('href', `${app}/?v=1&c=sairoon`)
  await expect(open).toHaveAttribute('target', '_blank')
  await expect(frame.locator('.overview-verdict')).toHaveCount(0)
  await expect(frame.getByRole('button', { name: /^Sairoon, / })).toHaveCount(0)
})

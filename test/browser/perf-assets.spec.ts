/**
 * What the performance budget relies on, checked in the browser (nothing here is timed): every
 * request stays on the site's origin, scripts and styles have content-hashed names, and the
 * self-hosted fonts are woff2, subset by Unicode range, with `font-display: swap`, and the Arabic
 * font comes only with the Arabic interface.
 */
import { expect, test } from '@playwright/test'

test('loads only from its own origin, with hashed assets and subset, swapping fonts', async ({
  page,
  baseURL,
}) => {
  const requested: string[] = []
  page.on('request', (r) => requested.push(r.url()))
  await page.goto('/')
  await expect(page.locator('.chart-box svg.recharts-surface')).toBeVisible()

  const origin = new URL(baseURL!).origin
  expect(requested.filter((u) => !u.startsWith('data:') && !u.startsWith(origin))).toEqual([])

  const assets = requested
    .map((u) => new URL(u).pathname)
    .filter((p) => /\.(js|css)$/.test(p) && p.includes('/assets/'))
  expect(assets.length).toBeGreaterThan(0)
  for (const path of assets) expect(path).toMatch(/\/assets\/[\w.-]+-[\w-]{8}\.(js|css)$/)

  const fontFaces = () =>
    page.evaluate(() =>
      [...document.styleSheets]
        .flatMap((sheet) => [...sheet.cssRules])
        .filter((rule): rule is CSSFontFaceRule => rule instanceof CSSFontFaceRule)
        .map((rule) => ({
          family: rule.style.getPropertyValue('font-family').replace(/["']/g, ''),
          display: rule.style.getPropertyValue('font-display'),
          range: rule.style.getPropertyValue('unicode-range'),
          src: rule.style.getPropertyValue('src'),
        })),
    )
  // The English page declares (and fetches) no Arabic font; the Arabic interface brings it.
  expect(new Set((await fontFaces()).map((f) => f.family))).toEqual(new Set(['Noto Sans']))
  expect(requested.some((u) => u.includes('noto-sans-arabic'))).toBe(false)
  await page.getByRole('button', { name: /العربية/ }).click()
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar')
  const faces = await fontFaces()
  expect(new Set(faces.map((f) => f.family))).toEqual(new Set(['Noto Sans', 'Noto Sans Arabic']))
  for (const face of faces) {
    expect(face.display).toBe('swap')
    expect(face.range).not.toBe('')
    expect(face.src).toMatch(/^url\("?\/assets\/[^"]+\.woff2"?\) format\("woff2"\)$/)
  }
})

import { describe, expect, it } from 'vitest'
import { contentSecurityPolicy, inlineScriptHashes } from '../src/build-csp'
import { defaultIsLocaleChunk, moveInlineStyles, pageHtml } from '../src/build-prerender'
import type { PrerenderedPage } from '../src/prerender-entry'

const TEMPLATE = `<!doctype html>
<html lang="en" dir="ltr">
  <head>
    <meta name="description" content="English" />
    <title>Kutla</title>
    <script type="module" crossorigin src="./assets/index-abc.js"></script>
    <link rel="stylesheet" crossorigin href="./assets/index-abc.css">
  </head>
  <body>
    <div id="root">
      <div>Loading…</div>
    </div>
  </body>
</html>`

const arabic: PrerenderedPage = {
  locale: 'ar',
  dir: 'rtl',
  fileName: 'ar/index.html',
  title: 'كتلة',
  description: 'وصف "مقتبس"',
  html: '<main>القوائم</main>',
}

describe('pageHtml', () => {
  it('sets language, direction, title and description, and puts the page in #root', () => {
    const html = pageHtml(TEMPLATE, arabic, { base: '/', preload: [] })
    expect(html).toContain('<html lang="ar" dir="rtl">')
    expect(html).toContain('<title>كتلة</title>')
    expect(html).toContain('content="وصف &quot;مقتبس&quot;"')
    expect(html).toContain('<div id="root" data-prerendered="ar"><main>القوائم</main></div>')
    expect(html).not.toContain('Loading')
  })

  it('points relative asset URLs of a page in a sub-folder one folder up', () => {
    const html = pageHtml(TEMPLATE, arabic, {
      base: './',
      preload: ['assets/messages-ar-x.js'],
      stylesheet: 'assets/prerender-x.css',
    })
    expect(html).toContain('src="../assets/index-abc.js"')
    expect(html).toContain('href="../assets/index-abc.css"')
    expect(html).toContain(
      '<link rel="modulepreload" crossorigin href="../assets/messages-ar-x.js">',
    )
    expect(html).toContain('<link rel="stylesheet" crossorigin href="../assets/prerender-x.css">')
  })

  it('keeps absolute asset URLs, as under KUTLA_BASE=/kutla/', () => {
    const html = pageHtml(TEMPLATE.replaceAll('./assets', '/kutla/assets'), arabic, {
      base: '/kutla/',
      preload: ['assets/messages-ar-x.js'],
    })
    expect(html).toContain('src="/kutla/assets/index-abc.js"')
    expect(html).toContain('href="/kutla/assets/messages-ar-x.js"')
  })
})

describe('moveInlineStyles', () => {
  it('turns style attributes into data-style, painted by one rule per distinct style', () => {
    const { html, rules } = moveInlineStyles(
      '<i style="color:red;background:url(&quot;a;b&quot;)"></i><b style="color:red;background:url(&quot;a;b&quot;)"></b>',
    )
    expect(html).not.toContain(' style=')
    expect(html).toContain('<i data-style="color:red;background:url(&quot;a;b&quot;)">')
    expect(rules).toEqual([
      '[data-style="color:red;background:url(\\"a;b\\")"]{color:red !important;background:url("a;b") !important}',
    ])
  })
})

describe('defaultIsLocaleChunk', () => {
  it.each([
    ['messages-ar', 'ar', true],
    ['_messages-ar', 'ar', true],
    ['messages-en', 'ar', false],
    ['_messages-ar-analysis', 'ar', false],
    ['index', 'ar', false],
  ])('%s for %s: %s', (name, locale, expected) => {
    expect(defaultIsLocaleChunk(name, locale)).toBe(expected)
  })
})

describe('the policy with inline scripts', () => {
  it('adds the hash of each inline script, and none for scripts with src', () => {
    const hashes = inlineScriptHashes(
      '<script>1</script><script type="module" src="/a.js"></script>',
    )
    expect(hashes).toEqual(["'sha256-a4ayc/80/OGda4BO/1o/V0etpOqiLx1JwB5S3beHW0s='"])
    expect(contentSecurityPolicy('meta', hashes)).toContain(
      "script-src 'self' 'sha256-a4ayc/80/OGda4BO/1o/V0etpOqiLx1JwB5S3beHW0s='",
    )
    expect(contentSecurityPolicy('meta', hashes)).not.toContain('unsafe')
  })
})

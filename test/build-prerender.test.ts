import { describe, expect, it } from 'vitest'
import { contentSecurityPolicy, inlineScriptHashes } from '../src/build-csp'
import { readFileSync } from 'node:fs'
import { sfntFromWoff } from '../src/build-fonts'
import {
  cardUrl,
  defaultIsLocaleChunk,
  moveInlineStyles,
  pageHtml,
  shareTags,
} from '../src/build-prerender'
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

describe('cardUrl', () => {
  it.each([
    ['/', '', 'story/3/index.html', '/cards/en-story-3.png'],
    ['/kutla/', '', 'story/3/index.html', '/kutla/cards/en-story-3.png'],
    [
      '/kutla/',
      'https://example.org',
      'story/3/index.html',
      'https://example.org/kutla/cards/en-story-3.png',
    ],
    ['./', '', 'ar/story/3/index.html', '../../../cards/en-story-3.png'],
    ['./', '', 'index.html', 'cards/en-story-3.png'],
  ])('under base %s and site "%s", %s points at its card as %s', (base, site, page, url) => {
    expect(cardUrl('cards/en-story-3.png', page, base, site)).toBe(url)
  })
})

describe('shareTags', () => {
  it('writes the Open Graph and Twitter tags, escaped, with the other language as alternate', () => {
    const tags = shareTags(
      {
        page: { kind: 'story', step: 3, locale: 'ar', path: 'ar/story/3/' },
        fileName: 'ar/story/3/index.html',
        cardFile: 'cards/ar-story-3.png',
        title: 'الخطوة 3 "أ"',
        description: 'وصف <b>',
        imageAlt: 'بديل',
      },
      { base: '/', siteUrl: 'https://example.org' },
    )
    expect(tags).toContain('<meta property="og:title" content="الخطوة 3 &quot;أ&quot;">')
    expect(tags).toContain('<meta property="og:description" content="وصف &lt;b&gt;">')
    expect(tags).toContain(
      '<meta property="og:image" content="https://example.org/cards/ar-story-3.png">',
    )
    expect(tags).toContain('<meta property="og:url" content="https://example.org/ar/story/3/">')
    expect(tags).toContain('<meta property="og:locale" content="ar_IQ">')
    expect(tags).toContain('<meta property="og:locale:alternate" content="en_US">')
    expect(tags).toContain('<meta name="twitter:card" content="summary_large_image">')
  })
})

describe('pageHtml of a share page', () => {
  it('puts the tags into <head> and marks <html> as waiting for the app', () => {
    const html = pageHtml(TEMPLATE, arabic, {
      base: '/',
      preload: [],
      tags: '<meta property="og:title" content="x">',
      pending: true,
    })
    expect(html).toContain('<html lang="ar" dir="rtl" class="kutla-pending">')
    expect(html).toMatch(/<meta property="og:title" content="x">\s*<\/head>/)
  })
})

describe('sfntFromWoff', () => {
  it('unpacks the app’s WOFF font into a TrueType file with the same tables', () => {
    const woff = readFileSync(
      'node_modules/@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff',
    )
    const font = sfntFromWoff(woff)
    expect(font.readUInt32BE(0)).toBe(woff.readUInt32BE(4))
    const tables = font.readUInt16BE(4)
    expect(tables).toBe(woff.readUInt16BE(12))
    const tags = Array.from({ length: tables }, (_, i) =>
      font.toString('latin1', 12 + i * 16, 16 + i * 16),
    )
    expect(tags).toEqual(expect.arrayContaining(['cmap', 'glyf', 'head', 'hmtx', 'name']))
    // Each table lies inside the file, at its stated length.
    for (let i = 0; i < tables; i++) {
      const offset = font.readUInt32BE(12 + i * 16 + 8)
      const length = font.readUInt32BE(12 + i * 16 + 12)
      expect(offset + length).toBeLessThanOrEqual(font.length)
    }
  })

  it('refuses a file that is not WOFF', () => {
    expect(() => sfntFromWoff(new Uint8Array(64))).toThrow('not a WOFF file')
  })
})

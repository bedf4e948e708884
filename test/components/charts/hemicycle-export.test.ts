import { describe, expect, it } from 'vitest'
import { hemicycleLayout } from '../../../src/coalition/hemicycle'
import { escapeXml, hemicycleSvg, wrapLine } from '../../../src/components/charts/hemicycle-export'

const input = () => ({
  layout: hemicycleLayout([54, 47, 228], 329),
  colors: ['#2664ab', '#b8860b', '#777777'],
  members: new Set([0, 1]),
  majorityIndex: 164,
  centre: ['101', 'of 329', '165 for a majority'] as const,
  caption: [
    'Sairoon + Fatah: 101 seats — 64 short of a majority',
    'Iraq, Council of Representatives election, 12 May 2018 · Announced results (May 19, 2018)',
    'Sources: Wikipedia, Rudaw & Mehr',
    'http://127.0.0.1/?v=1&c=sairoon.fatah',
  ],
  lang: 'en',
  dir: 'ltr' as const,
})

describe('hemicycleSvg', () => {
  it('draws one circle per seat, filled for the coalition and ringed for the others, plus the majority ring', () => {
    const { svg } = hemicycleSvg(input())
    const circles = svg.match(/<circle /g) ?? []
    expect(circles).toHaveLength(329 + 1)
    expect(svg.match(/<circle [^>]*fill="#2664ab"/g)).toHaveLength(54)
    expect(svg.match(/<circle [^>]*fill="#b8860b"/g)).toHaveLength(47)
    expect(svg.match(/stroke="#777777"/g)).toHaveLength(228)
  })

  it('writes the caption, escaped, under the arc, and sizes the file to fit it', () => {
    const { svg, width, height } = hemicycleSvg(input())
    expect(svg).toContain('>Sairoon + Fatah: 101 seats — 64 short of a majority</text>')
    expect(svg).toContain('Sources: Wikipedia, Rudaw &amp; Mehr')
    expect(svg).toContain('http://127.0.0.1/?v=1&amp;c=sairoon.fatah')
    expect(svg).toContain(`width="${width}" height="${height}"`)
    expect(height).toBeGreaterThan(600 + 4 * 34)
  })

  it('sets a right-to-left caption from the right edge', () => {
    const { svg } = hemicycleSvg({
      ...input(),
      lang: 'ar',
      dir: 'rtl',
      caption: ['سائرون + الفتح'],
    })
    expect(svg).toContain('<g lang="ar" direction="rtl" text-anchor="end"')
  })
})

describe('wrapLine', () => {
  it('breaks at spaces and before the & of a link, and cuts a run with neither', () => {
    expect(wrapLine('aaa bbb ccc', 7)).toEqual(['aaa bbb', 'ccc'])
    expect(wrapLine('http://x/?v=1&c=abc&s=final', 14)).toEqual(['http://x/?v=1', '&c=abc&s=final'])
    expect(wrapLine('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij'])
  })
})

describe('escapeXml', () => {
  it('escapes the five XML characters', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;',
    )
  })
})

import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  MIN_NON_TEXT_CONTRAST,
  OKABE_ITO,
  THEME_BACKGROUNDS,
  colorFor,
  contrastRatio,
  fitContrast,
  patternFor,
  relativeLuminance,
} from '../../src/components/palette'
import { catalog } from '../../src/elections/catalog'

const backgrounds = Object.entries(THEME_BACKGROUNDS).flatMap(([theme, colors]) =>
  Object.entries(colors).map(([name, color]) => [`${theme} ${name}`, color] as const),
)
const parties = catalog.elections.flatMap((e) => e.parties)

describe('contrastRatio', () => {
  it.each([
    ['#000000', '#ffffff', 21],
    ['#ffffff', '#ffffff', 1],
    ['#767676', '#ffffff', 4.54],
  ])('%s on %s is %d:1', (a, b, ratio) => {
    expect(contrastRatio(a, b)).toBeCloseTo(ratio, 2)
  })

  it('gives white luminance 1 and black 0', () => {
    expect(relativeLuminance('#fff')).toBe(1)
    expect(relativeLuminance('#000000')).toBe(0)
  })
})

describe('colorFor', () => {
  it('has data to check', () => {
    expect(parties.length).toBeGreaterThan(30)
  })

  describe.each(['standard', 'colorblind'] as const)('the %s palette', (palette) => {
    it.each(backgrounds)('contrasts at least 3:1 with the %s (%s) for every list', (_, bg) => {
      const failing = parties
        .map((p, i) => ({ id: p.id, color: colorFor(p, i, palette) }))
        .filter(({ color }) => contrastRatio(color, bg) < MIN_NON_TEXT_CONTRAST)
      expect(failing).toEqual([])
    })
  })

  it('keeps a data colour that already contrasts in both themes', () => {
    expect(colorFor({ id: 'nasr', color: '#2e7d32' }, 2, 'standard')).toBe('#2e7d32')
  })

  it('moves a data colour only a little when it falls short', () => {
    const fitted = fitContrast('#2664ab')
    expect(fitted).not.toBe('#2664ab')
    expect(relativeLuminance(fitted) - relativeLuminance('#2664ab')).toBeLessThan(0.04)
  })

  it('gives the first eight lists eight different Okabe–Ito hues', () => {
    const colors = parties.slice(0, 8).map((p, i) => colorFor(p, i, 'colorblind'))
    expect(new Set(colors).size).toBe(OKABE_ITO.length)
  })

  it('gives the first 24 lists distinct colour and pattern pairs', () => {
    const pairs = parties
      .slice(0, 24)
      .map((p, i) => `${colorFor(p, i, 'colorblind')} ${patternFor(i, 'colorblind')}`)
    expect(new Set(pairs).size).toBe(24)
  })

  it('uses solid fills in the standard palette', () => {
    expect(parties.map((_, i) => patternFor(i, 'standard'))).toEqual(parties.map(() => 'solid'))
  })
})

describe('the theme backgrounds', () => {
  it('match the stylesheet', () => {
    const css = readFileSync('src/styles.css', 'utf8')
    const [light, dark] = css.split('@media (prefers-color-scheme: dark)') as [string, string]
    expect(light).toContain(`--bg: ${THEME_BACKGROUNDS.light.bg};`)
    expect(light).toContain(`--surface: ${THEME_BACKGROUNDS.light.surface};`)
    expect(dark).toContain(`--bg: ${THEME_BACKGROUNDS.dark.bg};`)
    expect(dark).toContain(`--surface: ${THEME_BACKGROUNDS.dark.surface};`)
  })
})

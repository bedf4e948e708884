import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  MIN_NEIGHBOUR_DELTA_E,
  MIN_NON_TEXT_CONTRAST,
  OKABE_ITO,
  THEME_BACKGROUNDS,
  colorFor,
  contrastRatio,
  fitContrast,
  oklabDeltaE,
  patternFor,
  relativeLuminance,
} from '../../../src/components/layout/palette'
import { catalog, findElection, versionSeats } from '../../../src/elections/catalog'

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
    const css = readFileSync('src/theme.css', 'utf8')
    // Each colour is one light-dark() pair; the root's color-scheme (the device's, or the
    // reader's theme) picks the side.
    const pair = (name: string) =>
      new RegExp(`${name}: light-dark\\(([^,]+), ([^)]+)\\);`).exec(css)?.slice(1)
    expect(pair('--bg')).toEqual([THEME_BACKGROUNDS.light.bg, THEME_BACKGROUNDS.dark.bg])
    expect(pair('--surface')).toEqual([
      THEME_BACKGROUNDS.light.surface,
      THEME_BACKGROUNDS.dark.surface,
    ])
  })

  it('follow the reader’s theme, or the device without one', () => {
    const css = readFileSync('src/theme.css', 'utf8')
    expect(css).toMatch(/:root \{\n\s*color-scheme: light dark;/)
    expect(css).toMatch(/:root\[data-theme='light'\] \{\n\s*color-scheme: light;/)
    expect(css).toMatch(/:root\[data-theme='dark'\] \{\n\s*color-scheme: dark;/)
  })
})

describe('neighbouring lists look different', () => {
  const election = findElection('iraq-2018')!
  const colorOf = new Map(election.parties.map((p, i) => [p.id, colorFor(p, i, 'standard')]))
  const dataOrder = election.parties.map((p) => p.id)
  const bySeats = (versionId: string) => {
    const seats = versionSeats(election, versionId)
    return [...dataOrder].sort((a, b) => (seats[b] ?? 0) - (seats[a] ?? 0) || (a < b ? -1 : 1))
  }
  const neighbours = (order: readonly string[]) => order.slice(1).map((id, i) => [order[i]!, id])
  const pairs = [
    ...neighbours(dataOrder),
    ...neighbours(bySeats('may2018')),
    ...neighbours(bySeats('final2018')),
    ['nasr', 'puk'],
    ['qarar', 'baghdad-alliance'],
    ['sol', 'new-generation'],
    ['sairoon', 'gorran'],
  ]

  it('measures OKLab ΔE on a known pair', () => {
    expect(oklabDeltaE('#000000', '#ffffff')).toBeCloseTo(100, 3)
    expect(oklabDeltaE('#2e7d32', '#2e7d32')).toBe(0)
  })

  it(`separates every pair of neighbours by at least ΔE ${MIN_NEIGHBOUR_DELTA_E}`, () => {
    const close = pairs
      .map(([a, b]) => ({ a, b, deltaE: oklabDeltaE(colorOf.get(a!)!, colorOf.get(b!)!) }))
      .filter((p) => p.deltaE < MIN_NEIGHBOUR_DELTA_E)
    expect(close).toEqual([])
  })

  it('keeps a recoloured list’s own colour', () => {
    expect(colorFor({ id: 'puk', color: '#123456' }, 6, 'standard')).toBe(fitContrast('#123456'))
  })
})

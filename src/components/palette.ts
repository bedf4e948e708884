/**
 * Colours for lists. Pure: no DOM, no React.
 *
 * Every colour used for a list is fitted into a luminance band that keeps a 3:1 non-text contrast
 * (WCAG 2.2, 1.4.11) against every background of both themes, so one colour serves light and
 * dark. The colour-blind-safe palette takes the Okabe–Ito hues (distinguishable with the common
 * colour-vision deficiencies) and adds a fill pattern, so neighbouring lists differ by more than hue.
 */
import type { Palette } from '../scenario/scenario-store'

/** The page and panel backgrounds of both themes; keep in step with `--bg`/`--surface` in theme.css. */
export const THEME_BACKGROUNDS = {
  light: { bg: '#f6f7f9', surface: '#ffffff' },
  dark: { bg: '#121212', surface: '#1d1f23' },
} as const

export const MIN_NON_TEXT_CONTRAST = 3

/** Okabe & Ito (2008), "Color Universal Design": black replaced by a neutral grey. */
export const OKABE_ITO = [
  '#0072b2', // blue
  '#e69f00', // orange
  '#009e73', // bluish green
  '#d55e00', // vermillion
  '#56b4e9', // sky blue
  '#cc79a7', // reddish purple
  '#f0e442', // yellow
  '#666666', // grey (for black)
] as const

export type FillPattern = 'solid' | 'stripes' | 'dots'
const PATTERNS: readonly FillPattern[] = ['solid', 'stripes', 'dots']

type Rgb = readonly [number, number, number]

function parseHex(color: string): Rgb | null {
  const m = /^#?([0-9a-f]{6}|[0-9a-f]{3})$/i.exec(color.trim())
  if (!m) return null
  const hex = m[1]!.length === 3 ? [...m[1]!].map((c) => c + c).join('') : m[1]!
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as unknown as Rgb
}

function toHex([r, g, b]: Rgb): string {
  return `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`
}

/**
 * WCAG relative luminance of a `#rrggbb` colour, 0 (black) to 1 (white).
 *
 * @example relativeLuminance('#ffffff') // 1
 */
export function relativeLuminance(color: string): number {
  const rgb = parseHex(color)
  if (!rgb) return 0
  const [r, g, b] = rgb.map((c) => {
    const s = c / 255
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
  }) as unknown as Rgb
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

/**
 * WCAG contrast ratio of two colours, 1 to 21.
 *
 * @example contrastRatio('#000000', '#ffffff') // 21
 */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [
    number,
    number,
  ]
  return (hi + 0.05) / (lo + 0.05)
}

const luminances = Object.values(THEME_BACKGROUNDS).flatMap((t) =>
  [t.bg, t.surface].map(relativeLuminance),
)
const darkBackgrounds = luminances.filter((l) => l < 0.5)
const lightBackgrounds = luminances.filter((l) => l >= 0.5)
/** Luminances with at least 3:1 against every background, with a little room for rounding to hex. */
const BAND = {
  min: MIN_NON_TEXT_CONTRAST * (Math.max(...darkBackgrounds) + 0.05) - 0.05 + 0.003,
  max: (Math.min(...lightBackgrounds) + 0.05) / MIN_NON_TEXT_CONTRAST - 0.05 - 0.003,
}

function mix(a: Rgb, b: Rgb, t: number): Rgb {
  return [0, 1, 2].map((i) => a[i]! + (b[i]! - a[i]!) * t) as unknown as Rgb
}

/**
 * The colour, lightened towards white or darkened towards black just enough to sit in the band
 * that contrasts 3:1 with every theme background. Colours already in the band are returned as they are.
 *
 * @example fitContrast('#2e7d32') // '#2e7d32' (already fine)
 */
export function fitContrast(color: string): string {
  const rgb = parseHex(color)
  if (!rgb) return color
  const lum = relativeLuminance(color)
  if (lum >= BAND.min && lum <= BAND.max) return toHex(rgb)
  const lighten = lum < BAND.min
  const target: Rgb = lighten ? [255, 255, 255] : [0, 0, 0]
  // Luminance moves monotonically with t: find the smallest t that reaches the band's near edge.
  let lo = 0
  let hi = 1
  for (let i = 0; i < 24; i++) {
    const t = (lo + hi) / 2
    const l = relativeLuminance(toHex(mix(rgb, target, t)))
    const reached = lighten ? l >= BAND.min : l <= BAND.max
    if (reached) hi = t
    else lo = t
  }
  return toHex(mix(rgb, target, hi))
}

/**
 * The colour of a list: its own colour from the data ('standard') or an Okabe–Ito hue chosen by
 * its position in the election's list order ('colorblind'), fitted for contrast in both themes.
 *
 * @example colorFor({ id: 'nasr', color: '#2e7d32' }, 2, 'standard') // '#2e7d32'
 */
export function colorFor(
  party: { id: string; color: string },
  index: number,
  palette: Palette,
): string {
  if (palette === 'colorblind') {
    const i = ((Math.floor(index) % OKABE_ITO.length) + OKABE_ITO.length) % OKABE_ITO.length
    return fitContrast(OKABE_ITO[i]!)
  }
  return fitContrast(party.color)
}

/**
 * The fill pattern of a list: always solid in the standard palette; in the colour-blind palette
 * the patterns cycle (solid, stripes, dots) out of step with the 8 hues, so the first 24 lists
 * all differ.
 */
export function patternFor(index: number, palette: Palette): FillPattern {
  if (palette !== 'colorblind') return 'solid'
  return PATTERNS[((Math.floor(index) % PATTERNS.length) + PATTERNS.length) % PATTERNS.length]!
}

/** A CSS `background` for a swatch in the given colour and pattern. */
export function swatchBackground(color: string, pattern: FillPattern): string {
  switch (pattern) {
    case 'stripes':
      return `repeating-linear-gradient(45deg, rgb(255 255 255 / 0.5) 0 2px, transparent 2px 6px), ${color}`
    case 'dots':
      return `radial-gradient(circle, rgb(255 255 255 / 0.55) 1.5px, transparent 1.6px) 0 0 / 6px 6px, ${color}`
    default:
      return color
  }
}

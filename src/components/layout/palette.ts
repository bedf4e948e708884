/**
 * Colours for lists. Pure: no DOM, no React.
 *
 * Every colour used for a list is fitted into a luminance band that keeps a 3:1 non-text contrast
 * (WCAG 2.2, 1.4.11) against every background of both themes, so one colour serves light and
 * dark. The colour-blind-safe palette takes the Okabe–Ito hues (distinguishable with the common
 * colour-vision deficiencies) and adds a fill pattern, so neighbouring lists differ by more than hue.
 */
import type { Palette } from '../../scenario/scenario-store'

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
 * A display rule for the 2018 lists, leaving the data's facts alone: where two lists that sit side
 * by side (in the list order, by seats, or in a stacked bar) have real colours that look alike
 * (Nasr and PUK both green, Qarar and Baghdad Alliance brown, State of Law and New Generation
 * purple, Sairoon and Gorran blue…), the smaller list is drawn in a lighter, darker or more or
 * less saturated shade of its own hue family, so every such pair differs by at least
 * MIN_NEIGHBOUR_DELTA_E in OKLab. Keyed by list id and the data's colour: a list recoloured by
 * the reader, or another parliament's list of the same id, keeps its own colour.
 * Found by a search over OKLCH lightness, chroma and ±20° of hue inside the contrast band.
 */
export const DISPLAY_COLORS: Readonly<Record<string, readonly [data: string, display: string]>> = {
  'baghdad-alliance': ['#735f5a', '#968c89'],
  tamaddun: ['#7a5c52', '#87624b'],
  'new-generation': ['#8f41b0', '#ed3fd5'],
  'civil-democratic-alliance': ['#5c6bc0', '#7291b6'],
  'civic-party': ['#4b5bb9', '#0465fe'],
  'qalaa-jamahir': ['#8e6e00', '#c47f25'],
  gorran: ['#1565c0', '#7483fd'],
  'anbar-hawiyatna': ['#8d6e63', '#b5827d'],
  rafidain: ['#4f5db4', '#2591ed'],
  csapc: ['#6c54b4', '#9d40c9'],
  'jamahir-party': ['#7f5c3e', '#6f696b'],
  kig: ['#3b6f27', '#1b9da0'],
  kiu: ['#0d7064', '#13776f'],
  'democratic-approach': ['#757575', '#6c6c6c'],
  puk: ['#2e9e4f', '#7d9563'],
}

/** Colours of neighbouring lists differ at least this much (OKLab ΔE × 100; ~2 is just noticeable). */
export const MIN_NEIGHBOUR_DELTA_E = 10

/**
 * Perceptual difference of two `#rrggbb` colours: Euclidean distance in OKLab (Ottosson 2020),
 * times 100.
 *
 * @example oklabDeltaE('#000000', '#ffffff') // 100
 */
export function oklabDeltaE(a: string, b: string): number {
  const [l1, a1, b1] = oklab(a)
  const [l2, a2, b2] = oklab(b)
  return 100 * Math.hypot(l1 - l2, a1 - a2, b1 - b2)
}

function oklab(color: string): Rgb {
  const [r, g, b] = (parseHex(color) ?? [0, 0, 0]).map((c) => {
    const s = c / 255
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
  }) as unknown as Rgb
  const l = Math.cbrt(0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b)
  const m = Math.cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b)
  const s = Math.cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b)
  return [
    0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s,
    1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s,
    0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s,
  ]
}

/**
 * The colour of a list: its own colour from the data ('standard', with the display rule of
 * DISPLAY_COLORS for look-alike neighbours) or an Okabe–Ito hue chosen by its position in the
 * election's list order ('colorblind'), fitted for contrast in both themes.
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
  const rule = Object.hasOwn(DISPLAY_COLORS, party.id) ? DISPLAY_COLORS[party.id] : undefined
  if (rule && rule[0] === party.color.trim().toLowerCase()) return fitContrast(rule[1])
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

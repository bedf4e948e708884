/**
 * The hemicycle as a standalone SVG file with its caption (scenario, seat figures and their date,
 * sources, link), for download as SVG or, drawn on a canvas, as PNG. Pure string building: every
 * colour is written out, since a file cannot use the page's CSS variables.
 */
import type { HemicycleLayout } from '../../coalition/hemicycle'

export interface HemicycleExport {
  layout: HemicycleLayout
  /** Colour of each group (list) in chamber order. */
  colors: readonly string[]
  /** Groups in the coalition being edited. */
  members: ReadonlySet<number>
  /** Index of the majority seat from the left, or null if it is not drawn. */
  majorityIndex: number | null
  /** Big figure in the centre (the coalition's seats) and the two small lines under it. */
  centre: readonly [string, string, string]
  /** Caption lines under the arc; the first is the title. */
  caption: readonly string[]
  /** Language and direction of the caption. */
  lang: string
  dir: 'ltr' | 'rtl'
}

/** Width of the file in CSS pixels; the height follows from the caption. */
export const EXPORT_WIDTH = 1200
const ARC = 560
const MARGIN = 40
const VACANT = '#9aa0a6'
const FONT = "'Noto Sans', 'Noto Sans Arabic', system-ui, sans-serif"

/** Escapes text for XML content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(
    /[<>&"']/g,
    (c) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', '"': 'quot', "'": 'apos' }[c]};`,
  )
}

const n = (value: number) => String(Math.round(value * 100) / 100)

/**
 * Breaks a caption line into lines of at most `max` characters, at a space or before a `&` of a
 * link; a run with neither is cut where it must be.
 *
 * @example wrapLine('aaa bbb ccc', 7) // ['aaa bbb', 'ccc']
 */
export function wrapLine(text: string, max: number): string[] {
  const lines: string[] = []
  let rest = text
  while (rest.length > max) {
    const window = rest.slice(0, max + 1)
    const at = Math.max(window.lastIndexOf(' '), window.lastIndexOf('&'))
    const cut = at > 0 ? at : max
    lines.push(rest.slice(0, cut).trimEnd())
    rest = rest.slice(rest[cut] === ' ' ? cut + 1 : cut)
  }
  lines.push(rest)
  return lines
}

/** Characters per caption line at the caption's type size. */
const LINE_LENGTH = 105

/**
 * The SVG document, as text, with its size in CSS pixels.
 *
 * @example hemicycleSvg(input).svg.startsWith('<svg') // true
 */
export function hemicycleSvg(input: HemicycleExport): {
  svg: string
  width: number
  height: number
} {
  const { layout, colors, members, majorityIndex, centre, lang, dir } = input
  const caption = input.caption.flatMap((line, i) =>
    i === 0 ? [line] : wrapLine(line, LINE_LENGTH),
  )
  const cx = EXPORT_WIDTH / 2
  const cy = MARGIN + ARC
  const x = (u: number) => cx + u * ARC
  const y = (u: number) => cy - u * ARC
  const height = cy + 40 + caption.length * 34 + MARGIN
  const out: string[] = []
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${EXPORT_WIDTH}" height="${height}" viewBox="0 0 ${EXPORT_WIDTH} ${height}" font-family="${escapeXml(FONT)}">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
  )
  const majority = majorityIndex === null ? undefined : layout.seats[majorityIndex]
  if (majority) {
    const cos = Math.cos(majority.angle)
    const sin = Math.sin(majority.angle)
    const inner = layout.innerRadius * 0.9
    out.push(
      `<line x1="${n(x(inner * cos))}" y1="${n(y(inner * sin))}" x2="${n(x(1.03 * cos))}" y2="${n(y(1.03 * sin))}" stroke="#000000" stroke-width="${n(majority.r * ARC * 0.3)}" stroke-dasharray="8 6"/>`,
    )
  }
  for (const seat of layout.seats) {
    const color = seat.group === null ? VACANT : (colors[seat.group] ?? VACANT)
    const r = seat.r * ARC
    if (seat.group !== null && members.has(seat.group)) {
      out.push(`<circle cx="${n(x(seat.x))}" cy="${n(y(seat.y))}" r="${n(r)}" fill="${color}"/>`)
    } else {
      out.push(
        `<circle cx="${n(x(seat.x))}" cy="${n(y(seat.y))}" r="${n(r * 0.78)}" fill="#ffffff" stroke="${color}" stroke-width="${n(r * 0.4)}" opacity="0.6"/>`,
      )
    }
  }
  if (majority) {
    out.push(
      `<circle cx="${n(x(majority.x))}" cy="${n(y(majority.y))}" r="${n(majority.r * ARC * 1.8)}" fill="none" stroke="#000000" stroke-width="${n(majority.r * ARC * 0.35)}"/>`,
    )
  }
  const [big, small1, small2] = centre
  out.push(
    `<g text-anchor="middle" fill="#000000">`,
    `<text x="${cx}" y="${n(cy - 0.15 * ARC)}" font-size="${n(0.19 * ARC)}" font-weight="700">${escapeXml(big)}</text>`,
    `<text x="${cx}" y="${n(cy - 0.075 * ARC)}" font-size="${n(0.058 * ARC)}">${escapeXml(small1)}</text>`,
    `<text x="${cx}" y="${n(cy - 0.012 * ARC)}" font-size="${n(0.058 * ARC)}">${escapeXml(small2)}</text>`,
    `</g>`,
  )
  const anchor = dir === 'rtl' ? 'end' : 'start'
  const textX = dir === 'rtl' ? EXPORT_WIDTH - MARGIN : MARGIN
  out.push(
    `<g lang="${escapeXml(lang)}" direction="${dir}" text-anchor="${anchor}" fill="#000000">`,
  )
  caption.forEach((line, i) => {
    const size = i === 0 ? 26 : 18
    const weight = i === 0 ? ' font-weight="700"' : ''
    out.push(
      `<text x="${textX}" y="${cy + 50 + i * 34}" font-size="${size}"${weight}>${escapeXml(line)}</text>`,
    )
  })
  out.push(`</g>`, `</svg>`)
  return { svg: out.join('\n'), width: EXPORT_WIDTH, height }
}

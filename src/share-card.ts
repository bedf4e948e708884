/**
 * The share card: a 1200×630 picture of a scenario (its title and date, the coalition being
 * edited with its verdict, and the hemicycle) as SVG, drawn at build time into a PNG for the
 * `og:image` of each share page (src/build-cards.ts). Pure: text is measured by the caller.
 *
 * Text is laid out here, run by run, rather than left to the renderer's font fallback: each run
 * of one script is its own `<text>` in its own font (the Arabic font lacks Latin digits and
 * punctuation, the Latin one Arabic letters), placed from the left, or from the right in a
 * right-to-left card.
 */
import { hemicycleLayout } from './coalition/hemicycle.js'

export const CARD_WIDTH = 1200
export const CARD_HEIGHT = 630

/** The two faces a card draws with: Noto Sans (Latin) and Noto Sans Arabic. */
export type CardScript = 'latin' | 'arabic'
export const CARD_FONT_FAMILIES: Readonly<Record<CardScript, string>> = {
  latin: 'Noto Sans',
  arabic: 'Noto Sans Arabic',
}

/** The width in pixels of `text` (one script, no leading or trailing space) drawn so. */
export type MeasureText = (text: string, script: CardScript, size: number, weight: number) => number

/** One group of seats in the arc, in the order they sit from the start of the arc. */
export interface CardSeatGroup {
  seats: number
  color: string
  /** A list of the coalition being edited: its seats are filled, the others are rings. */
  member: boolean
}

export interface CardInput {
  dir: 'ltr' | 'rtl'
  /** "Kutla · coalition seat simulator". */
  brand: string
  /** The page's title: the story step's, the challenge's, or the app's. */
  title: string
  /** The date, written out: "12 June 2018". */
  date: string
  /** The coalition being edited ("Sadr–Amiri alliance"); '' for none. */
  heading: string
  /** The verdict sentence ("101 seats — 64 short of a majority"), or the chamber's. */
  verdict: string
  /** Whether the coalition has a majority; null when there is no coalition to judge. */
  hasMajority: boolean | null
  groups: readonly CardSeatGroup[]
  totalSeats: number
  /** The majority seat, counted from the start of the arc. */
  majority: number
}

/** A piece of a line in one script; `space` when a space comes before it. */
export interface TextRun {
  text: string
  script: CardScript
  space: boolean
}

const ARABIC = /[\u0600-\u06ff\u0750-\u077f\u0870-\u08ff\ufb50-\ufdff\ufe70-\ufeff\u200c\u200d]/

/**
 * A line of text as runs of one script each: Arabic letters (and Arabic punctuation and digits)
 * in the Arabic face, everything else in the Latin one. Spaces between runs become `space`.
 *
 * @example textRuns('101 مقعدًا') // [{ text: '101', script: 'latin', space: false }, { text: 'مقعدًا', script: 'arabic', space: true }]
 */
export function textRuns(line: string): TextRun[] {
  const runs: TextRun[] = []
  let space = false
  for (const word of line.split(/\s+/)) {
    if (!word) continue
    let first = true
    for (const char of word) {
      const script: CardScript = ARABIC.test(char) ? 'arabic' : 'latin'
      const last = runs.at(-1)
      const gap = first && runs.length > 0
      if (last && last.script === script) last.text += gap ? ` ${char}` : char
      else runs.push({ text: char, script, space: gap || (first && space) })
      first = false
    }
    space = true
  }
  return runs
}

/** A space's width in Noto Sans and Noto Sans Arabic: 260 units of 1000. */
const SPACE = 0.26

/**
 * The width of a run: its words measured one by one (so each word is measured once, however
 * often it is tried on a line), with a space between them.
 */
export function runWidth(run: TextRun, size: number, weight: number, measure: MeasureText): number {
  return run.text
    .split(' ')
    .reduce(
      (sum, word, i) =>
        sum + (i ? SPACE * size : 0) + (word ? measure(word, run.script, size, weight) : 0),
      0,
    )
}

/** The width of a line of text in a given size and weight. */
export function lineWidth(
  line: string,
  size: number,
  weight: number,
  measure: MeasureText,
): number {
  return textRuns(line).reduce(
    (sum, run) => sum + (run.space ? SPACE * size : 0) + runWidth(run, size, weight, measure),
    0,
  )
}

/**
 * Breaks `text` into at most `maxLines` lines no wider than `width` (a single word wider than that
 * keeps its own line); text that does not fit ends the last line with '…'.
 *
 * @example wrapText('a b c', 2, 1, 8, () => 1) // ['a b', 'c'] with each word 1 px wide
 */
export function wrapText(
  text: string,
  width: number,
  size: number,
  weight: number,
  maxLines: number,
  measure: MeasureText,
): string[] {
  const words = text.split(/\s+/).filter(Boolean)
  const lines: string[] = []
  let line = ''
  for (const word of words) {
    const next = line ? `${line} ${word}` : word
    if (line && lineWidth(next, size, weight, measure) > width) {
      lines.push(line)
      line = word
    } else line = next
  }
  if (line) lines.push(line)
  if (lines.length <= maxLines) return lines
  const kept = lines.slice(0, maxLines)
  let last = `${kept[maxLines - 1]}…`
  const rest = (kept[maxLines - 1] ?? '').split(' ')
  while (rest.length > 1 && lineWidth(last, size, weight, measure) > width) {
    rest.pop()
    last = `${rest.join(' ')}…`
  }
  kept[maxLines - 1] = last
  return kept
}

export function escapeXml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
}

interface TextStyle {
  size: number
  weight: number
  color: string
}

/**
 * One line as `<text>` elements, one per run, placed from `x` towards the end of the line: to
 * the right in a left-to-right card, to the left in a right-to-left one (runs in logical order;
 * each run of Latin text keeps its own left-to-right order, as the Unicode bidi rules place a
 * number in Arabic text).
 */
export function lineSvg(
  line: string,
  x: number,
  y: number,
  dir: 'ltr' | 'rtl',
  style: TextStyle,
  measure: MeasureText,
): string {
  let at = x
  const parts: string[] = []
  for (const run of dir === 'rtl' ? rtlRuns(textRuns(line)) : textRuns(line)) {
    const gap = run.space ? SPACE * style.size : 0
    const width = runWidth(run, style.size, style.weight, measure)
    at += dir === 'ltr' ? gap : -gap
    parts.push(
      `<text x="${round(at)}" y="${y}" text-anchor="${dir === 'ltr' ? 'start' : 'end'}" font-family="${CARD_FONT_FAMILIES[run.script]}" font-size="${style.size}" font-weight="${style.weight}" fill="${style.color}">${escapeXml(run.text)}</text>`,
    )
    at += dir === 'ltr' ? width : -width
  }
  return parts.join('')
}

const OPENING = '([{«“'
const CLOSING = ':.,;!?…،؛؟)]}»”'
const MIRRORED: Readonly<Record<string, string>> = {
  '(': ')',
  ')': '(',
  '[': ']',
  ']': '[',
  '{': '}',
  '}': '{',
  '«': '»',
  '»': '«',
}

/**
 * The runs of a right-to-left line as the Unicode bidi rules place them, for a renderer that lays
 * out each run on its own: punctuation opening or ending a run ("(329", "7:", "الأكثر،") becomes a
 * run of its own, placed on the right-to-left line, with brackets mirrored; numbers and Latin
 * words separated by spaces ("2018 (329") are runs of their own, read right to left.
 *
 * @example rtlRuns(textRuns('من 7: الصدر')).map((r) => r.text) // ['من', '7', ':', 'الصدر']
 */
export function rtlRuns(runs: readonly TextRun[]): TextRun[] {
  const out: TextRun[] = []
  for (const run of runs) {
    const words = run.script === 'latin' ? run.text.split(' ') : [run.text]
    words.forEach((word, i) => {
      const space = i === 0 ? run.space : true
      let start = 0
      let end = word.length
      while (start < end && OPENING.includes(word[start]!)) start++
      while (end > start && CLOSING.includes(word[end - 1]!)) end--
      const pieces = [word.slice(0, start), word.slice(start, end), word.slice(end)]
      let first = true
      for (const [k, text] of pieces.entries()) {
        if (!text) continue
        const punctuation = k !== 1
        out.push({
          text: punctuation ? [...text].map((c) => MIRRORED[c] ?? c).join('') : text,
          script: run.script,
          space: first && space,
        })
        first = false
      }
    })
  }
  return out
}

const round = (n: number) => Math.round(n * 100) / 100

const INK = '#1a1d21'
const MUTED = '#5f6670'
const ACCENT = '#1b4fa0'
const SHORT = '#a4262c'
const MAJORITY = '#1e6b34'
const VACANT = '#9aa0a6'

/** The card's layout, in pixels; `side` is the text column's far edge from the start margin. */
const MARGIN = 60
const TEXT_COLUMN = 460
const ARC = { radius: 300, base: 590, centre: 850 }

/**
 * The card as an SVG document of CARD_WIDTH × CARD_HEIGHT: a band with the brand and the date,
 * the title (up to two lines), the coalition and its verdict in a column at the start, the
 * hemicycle at the end (filled dots for the coalition's seats, rings for the others, the majority
 * seat on a dashed line), mirrored for a right-to-left card.
 *
 * @example cardSvg({ dir: 'ltr', title: 'Kutla', … }, measure).startsWith('<svg') // true
 */
export function cardSvg(input: CardInput, measure: MeasureText): string {
  const rtl = input.dir === 'rtl'
  // x measured from the start edge: the left in a left-to-right card, the right otherwise.
  const x = (fromStart: number) => (rtl ? CARD_WIDTH - fromStart : fromStart)
  const line = (text: string, fromStart: number, y: number, style: TextStyle) =>
    lineSvg(text, x(fromStart), y, input.dir, style, measure)
  const parts: string[] = [
    `<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="#ffffff"/>`,
    `<rect width="${CARD_WIDTH}" height="12" fill="${ACCENT}"/>`,
  ]

  const band = { size: 26, weight: 700, color: ACCENT }
  parts.push(line(input.brand, MARGIN, 70, band))
  const dateStyle = { size: 26, weight: 400, color: MUTED }
  const dateWidth = lineWidth(input.date, dateStyle.size, dateStyle.weight, measure)
  parts.push(line(input.date, CARD_WIDTH - MARGIN - dateWidth, 70, dateStyle))

  const titleStyle = { size: 46, weight: 700, color: INK }
  const titleLines = wrapText(
    input.title,
    CARD_WIDTH - 2 * MARGIN,
    titleStyle.size,
    titleStyle.weight,
    2,
    measure,
  )
  titleLines.forEach((text, i) => parts.push(line(text, MARGIN, 142 + i * 58, titleStyle)))

  let y = 142 + titleLines.length * 58 + 40
  if (input.heading) {
    const headingStyle = { size: 30, weight: 400, color: INK }
    for (const text of wrapText(input.heading, TEXT_COLUMN, 30, 400, 3, measure)) {
      parts.push(line(text, MARGIN, y, headingStyle))
      y += 42
    }
    y += 12
  }
  // A verdict in bold, in the colour of its outcome; any other sentence (a task) plainly.
  const verdictStyle =
    input.hasMajority === null
      ? { size: 30, weight: 400, color: INK }
      : { size: 36, weight: 700, color: input.hasMajority ? MAJORITY : SHORT }
  const lineHeight = Math.round(verdictStyle.size * 1.35)
  const verdictLines = wrapText(
    input.verdict,
    TEXT_COLUMN,
    verdictStyle.size,
    verdictStyle.weight,
    Math.max(1, Math.floor((CARD_HEIGHT - 40 - y) / lineHeight) + 1),
    measure,
  )
  for (const text of verdictLines) {
    parts.push(line(text, MARGIN, y, verdictStyle))
    y += lineHeight
  }

  parts.push(arcSvg(input, x(ARC.centre)))
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}">${parts.join('')}</svg>`
}

/** The hemicycle, centred at `cx` on the card's base line, as in the app's picture. */
export function arcSvg(
  input: Pick<CardInput, 'dir' | 'groups' | 'totalSeats' | 'majority'>,
  cx: number,
): string {
  const layout = hemicycleLayout(
    input.groups.map((g) => g.seats),
    input.totalSeats,
    { fromRight: input.dir === 'rtl' },
  )
  const R = ARC.radius
  const px = (u: number) => round(cx + u * R)
  const py = (u: number) => round(ARC.base - u * R)
  const parts: string[] = []
  const majoritySeat = layout.seats[input.majority - 1]
  if (majoritySeat) {
    const { angle } = majoritySeat
    const inner = layout.innerRadius * 0.9
    parts.push(
      `<line x1="${px(inner * Math.cos(angle))}" y1="${py(inner * Math.sin(angle))}" x2="${px(1.04 * Math.cos(angle))}" y2="${py(1.04 * Math.sin(angle))}" stroke="${INK}" stroke-width="2" stroke-dasharray="6 5"/>`,
    )
  }
  for (const seat of layout.seats) {
    const group = seat.group === null ? undefined : input.groups[seat.group]
    const color = group?.color ?? VACANT
    const r = seat.r * R
    parts.push(
      group?.member
        ? `<circle cx="${px(seat.x)}" cy="${py(seat.y)}" r="${round(r)}" fill="${color}"/>`
        : `<circle cx="${px(seat.x)}" cy="${py(seat.y)}" r="${round(r * 0.78)}" fill="none" stroke="${color}" stroke-width="${round(r * 0.4)}" opacity="${group ? 0.55 : 1}"/>`,
    )
  }
  if (majoritySeat) {
    parts.push(
      `<circle cx="${px(majoritySeat.x)}" cy="${py(majoritySeat.y)}" r="${round(majoritySeat.r * R * 1.35)}" fill="none" stroke="${INK}" stroke-width="2"/>`,
    )
  }
  return `<g>${parts.join('')}</g>`
}

import { describe, expect, it } from 'vitest'
import {
  CARD_HEIGHT,
  CARD_WIDTH,
  type CardInput,
  type MeasureText,
  cardSvg,
  rtlRuns,
  textRuns,
  wrapText,
} from '../src/share-card'

/** Every character 10 px wide at any size: widths anyone can add up. */
const measure: MeasureText = (text) => [...text].length * 10

const card: CardInput = {
  dir: 'ltr',
  brand: 'Kutla · coalition seat simulator',
  title: 'Step 3 of 7: Sadr and Amiri announce an alliance in Najaf',
  date: '12 June 2018',
  heading: 'Sadr–Amiri alliance',
  verdict: '101 seats — 64 short of a majority',
  hasMajority: false,
  groups: [
    { seats: 54, color: '#1f77b4', member: true },
    { seats: 47, color: '#b8860b', member: true },
    { seats: 228, color: '#2ca02c', member: false },
  ],
  totalSeats: 329,
  majority: 165,
}

describe('textRuns', () => {
  it('splits a line into runs of one script, noting the spaces between them', () => {
    expect(textRuns('101 مقعد — ينقصه')).toEqual([
      { text: '101', script: 'latin', space: false },
      { text: 'مقعد', script: 'arabic', space: true },
      { text: '—', script: 'latin', space: true },
      { text: 'ينقصه', script: 'arabic', space: true },
    ])
  })

  it('keeps words of one script in one run, and splits a word that mixes scripts', () => {
    expect(textRuns('and  165 more')).toEqual([
      { text: 'and 165 more', script: 'latin', space: false },
    ])
    expect(textRuns('و165')).toEqual([
      { text: 'و', script: 'arabic', space: false },
      { text: '165', script: 'latin', space: false },
    ])
  })
})

describe('rtlRuns', () => {
  const texts = (line: string) => rtlRuns(textRuns(line)).map((r) => r.text)

  it('moves punctuation that ends a run into a run of its own', () => {
    expect(texts('من 7: الصدر')).toEqual(['من', '7', ':', 'الصدر'])
    expect(texts('الأكثر، على')).toEqual(['الأكثر، على'])
    expect(texts('على الأكثر، 165')).toEqual(['على الأكثر', '،', '165'])
  })

  it('reads numbers apart and mirrors brackets, as in “لعام 2018 (329 مقعدًا)”', () => {
    expect(texts('لعام 2018 (329 مقعدًا)')).toEqual(['لعام', '2018', ')', '329', 'مقعدًا', '('])
  })
})

describe('wrapText', () => {
  it('breaks at spaces so that no line is wider than asked', () => {
    // 'aaa bbb' is 7 characters + 0.26 × 10 px of space: 72.6 px.
    expect(wrapText('aaa bbb ccc', 80, 10, 400, 3, measure)).toEqual(['aaa bbb', 'ccc'])
  })

  it('ends the last line with an ellipsis when the text needs more lines', () => {
    expect(wrapText('aaa bbb ccc ddd', 40, 10, 400, 2, measure)).toEqual(['aaa', 'bbb…'])
  })
})

describe('cardSvg', () => {
  const svg = cardSvg(card, measure)

  it('is a 1200×630 SVG document', () => {
    expect(svg).toMatch(
      new RegExp(`^<svg [^>]*width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 1200 630"`),
    )
  })

  it('draws one dot per seat, the coalition’s seats filled, and rings the majority seat', () => {
    const dots = svg.match(/<circle [^>]*>/g) ?? []
    // 329 seats and the ring around seat 165.
    expect(dots).toHaveLength(330)
    expect(dots.filter((d) => d.includes('fill="#1f77b4"'))).toHaveLength(54)
    expect(dots.filter((d) => d.includes('fill="#b8860b"'))).toHaveLength(47)
    expect(dots.filter((d) => d.includes('stroke="#2ca02c"'))).toHaveLength(228)
    expect(svg).toContain('stroke-dasharray')
  })

  it('writes the title, the date, the coalition and its verdict, in the verdict’s colour', () => {
    for (const text of [
      'Sadr–Amiri alliance',
      '12 June 2018',
      '101 seats — 64 short of a majority',
    ])
      expect(svg.includes(`>${text}</text>`), text).toBe(true)
    expect(svg).toMatch(/fill="#a4262c">101 seats/)
  })

  it('escapes text as XML', () => {
    expect(cardSvg({ ...card, heading: 'A <b>&</b>' }, measure)).toContain(
      '>A &lt;b&gt;&amp;&lt;/b&gt;</text>',
    )
  })

  it('mirrors a right-to-left card: text from the right edge, the arc filled from the right', () => {
    const rtl = cardSvg({ ...card, dir: 'rtl', heading: 'تحالف الصدر والعامري' }, measure)
    expect(rtl).toMatch(/<text x="1140" y="\d+" text-anchor="end"[^>]*>تحالف الصدر والعامري</)
    // The arc sits on the left, and the coalition's wedge starts at its right end.
    const centre = (doc: string) => Number(/<line x1="([\d.]+)"/.exec(doc)?.[1])
    const members = (doc: string) =>
      [...doc.matchAll(/<circle cx="([\d.]+)"[^>]*fill="#1f77b4"/g)].map((m) => Number(m[1]))
    expect(centre(svg)).toBe(850)
    expect(centre(rtl)).toBe(350)
    expect(members(svg).every((x) => x < 850)).toBe(true)
    expect(members(rtl).every((x) => x > 350)).toBe(true)
  })
})

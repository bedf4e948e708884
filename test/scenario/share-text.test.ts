import { describe, expect, it } from 'vitest'
import { summaryLine } from '../../src/scenario/share-text'

const link = 'https://example.org/?v=1&c=sairoon.fatah.nasr'

describe('summaryLine', () => {
  it.each([
    [143, 'Sairoon + Fatah + Nasr: 143 of 329 seats, 22 short of a majority (165) — '],
    [165, 'Sairoon + Fatah + Nasr: 165 of 329 seats, a majority with none to spare (165) — '],
    [170, 'Sairoon + Fatah + Nasr: 170 of 329 seats, a majority with 5 to spare (165) — '],
  ])('sums up a coalition of %i seats and ends with the link', (seats, start) => {
    expect(
      summaryLine({
        coalition: { label: 'Sairoon + Fatah + Nasr', seats },
        totalSeats: 329,
        majority: 165,
        link,
      }),
    ).toBe(start + link)
  })

  it('describes the chamber when no coalition is being edited', () => {
    expect(summaryLine({ coalition: null, totalSeats: 329, majority: 165, link })).toBe(
      `329 seats, 165 for a majority — ${link}`,
    )
  })
})

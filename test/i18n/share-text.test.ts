import { describe, expect, it } from 'vitest'
import { translator } from '../../src/i18n/i18n'
import type { Translate } from '../../src/i18n/use-t'
import type { Digits, Locale } from '../../src/elections/languages'
import { ENGLISH_SUMMARY_WORDS, summaryLine, summaryWords } from '../../src/i18n/share-text'

const link = 'https://example.org/?v=1&c=sairoon.fatah.nasr'

function words(lng: Locale, digits: Digits = 'western') {
  const t: Translate = translator(lng, digits, 'share')
  return summaryWords(t)
}

const sairoonFatahNasr = (seats: number, label = 'Sairoon + Fatah + Nasr') => ({
  coalition: { label, seats },
  totalSeats: 329,
  majority: 165,
  link,
})

describe('summaryLine', () => {
  it.each([
    [143, 'Sairoon + Fatah + Nasr: 143 of 329 seats, 22 short of a majority (165) — '],
    [165, 'Sairoon + Fatah + Nasr: 165 of 329 seats, a majority with none to spare (165) — '],
    [170, 'Sairoon + Fatah + Nasr: 170 of 329 seats, a majority with 5 to spare (165) — '],
  ])('sums up a coalition of %i seats and ends with the link', (seats, start) => {
    expect(summaryLine(sairoonFatahNasr(seats))).toBe(start + link)
    // The English messages say exactly what the built-in English does.
    expect(summaryLine(sairoonFatahNasr(seats), words('en'))).toBe(start + link)
  })

  it('describes the chamber when no coalition is being edited', () => {
    const chamber = { coalition: null, totalSeats: 329, majority: 165, link }
    expect(summaryLine(chamber)).toBe(`329 seats, 165 for a majority — ${link}`)
    expect(summaryLine(chamber, words('en'))).toBe(`329 seats, 165 for a majority — ${link}`)
  })

  it('groups large numbers the same way with and without the messages', () => {
    const big = {
      coalition: { label: 'All', seats: 5000 },
      totalSeats: 10_000,
      majority: 5001,
      link,
    }
    expect(summaryLine(big, ENGLISH_SUMMARY_WORDS)).toBe(
      `All: 5,000 of 10,000 seats, 1 short of a majority (5,001) — ${link}`,
    )
    expect(summaryLine(big, words('en'))).toBe(summaryLine(big, ENGLISH_SUMMARY_WORDS))
  })

  it.each([
    [143, 'ينقصه 22 مقعدًا لبلوغ الأغلبية المطلقة (165)'],
    [164, 'ينقصه مقعد واحد لبلوغ الأغلبية المطلقة (165)'],
    [163, 'ينقصه مقعدان لبلوغ الأغلبية المطلقة (165)'],
    [160, 'ينقصه 5 مقاعد لبلوغ الأغلبية المطلقة (165)'],
    [165, 'أغلبية مطلقة (165) بلا أي مقعد فائض'],
    [166, 'أغلبية مطلقة (165) بفائض مقعد واحد'],
    [167, 'أغلبية مطلقة (165) بفائض مقعدين'],
    [175, 'أغلبية مطلقة (165) بفائض 10 مقاعد'],
    [200, 'أغلبية مطلقة (165) بفائض 35 مقعدًا'],
  ])('sums up a coalition of %i seats in Arabic', (seats, verdict) => {
    expect(summaryLine(sairoonFatahNasr(seats, 'سائرون + الفتح + النصر'), words('ar'))).toBe(
      `سائرون + الفتح + النصر: ${seats} من أصل 329 مقعدًا، ${verdict} — ${link}`,
    )
  })

  it("writes Arabic with the reader's digits, and the link as it is", () => {
    expect(
      summaryLine(sairoonFatahNasr(143, 'سائرون + الفتح + النصر'), words('ar', 'arabic')),
    ).toBe(
      `سائرون + الفتح + النصر: ١٤٣ من أصل ٣٢٩ مقعدًا، ينقصه ٢٢ مقعدًا لبلوغ الأغلبية المطلقة (١٦٥) — ${link}`,
    )
    expect(
      summaryLine({ coalition: null, totalSeats: 329, majority: 165, link }, words('ar', 'arabic')),
    ).toBe(`٣٢٩ مقعدًا، والأغلبية المطلقة ١٦٥ — ${link}`)
  })

  it('agrees the Arabic seat noun with the size of the chamber', () => {
    const chamber = (totalSeats: number) =>
      summaryLine(
        { coalition: { label: 'ك', seats: 1 }, totalSeats, majority: 1, link: 'L' },
        words('ar'),
      )
    expect(chamber(100)).toBe('ك: 1 من أصل 100 مقعد، أغلبية مطلقة (1) بلا أي مقعد فائض — L')
    expect(chamber(7)).toBe('ك: 1 من أصل 7 مقاعد، أغلبية مطلقة (1) بلا أي مقعد فائض — L')
  })
})

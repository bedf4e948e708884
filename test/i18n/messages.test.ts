import { describe, expect, it } from 'vitest'
import { describeResult } from '../../src/coalition/format'
import type { CoalitionResult } from '../../src/coalition/types'
import { type Translate, translator as messages } from '../../src/i18n/i18n'
import { verdictWords } from '../../src/i18n/use-names'

function translator(lng: 'en' | 'ar', digits: 'western' | 'arabic' = 'western'): Translate {
  return messages(lng, digits, 'common')
}

function result(seats: number): CoalitionResult {
  return {
    coalitionId: 'c1',
    seats,
    threshold: 165,
    margin: seats - 165,
    hasMajority: seats >= 165,
  }
}

describe('seat counts', () => {
  it.each([
    [0, 'لا مقاعد'],
    [1, 'مقعد واحد'],
    [2, 'مقعدان'],
    [3, '3 مقاعد'],
    [10, '10 مقاعد'],
    [11, '11 مقعدًا'],
    [54, '54 مقعدًا'],
    [100, '100 مقعد'],
    [101, '101 مقعد'],
    [103, '103 مقاعد'],
    [329, '329 مقعدًا'],
  ])('reads %i in Arabic as “%s”', (count, text) => {
    expect(translator('ar')('seats', { count })).toBe(text)
  })

  it.each([
    [0, '0 seats'],
    [1, '1 seat'],
    [54, '54 seats'],
  ])('reads %i in English as “%s”', (count, text) => {
    expect(translator('en')('seats', { count })).toBe(text)
  })

  it('writes Arabic-Indic digits when asked', () => {
    expect(translator('ar', 'arabic')('seats', { count: 54 })).toBe('٥٤ مقعدًا')
  })
})

describe('verdicts from the message files', () => {
  it('match the English wording of format.ts', () => {
    const words = verdictWords(translator('en'))
    expect(describeResult(result(101), words)).toBe('101 seats — 64 short of a majority')
    expect(describeResult(result(172), words)).toBe('172 seats — majority with 7 to spare')
    expect(describeResult(result(165), words)).toBe('165 seats — majority with none to spare')
    expect(describeResult(result(164), words)).toBe('164 seats — 1 short of a majority')
  })

  it('read naturally in Arabic', () => {
    const words = verdictWords(translator('ar'))
    expect(describeResult(result(101), words)).toBe(
      '101 مقعد — ينقصه 64 مقعدًا لبلوغ الأغلبية المطلقة',
    )
    expect(describeResult(result(168), words)).toBe('168 مقعدًا — أغلبية مطلقة بفائض 3 مقاعد')
    expect(describeResult(result(165), words)).toBe('165 مقعدًا — أغلبية مطلقة بلا أي مقعد فائض')
    expect(describeResult(result(163), words)).toBe(
      '163 مقعدًا — ينقصه مقعدان لبلوغ الأغلبية المطلقة',
    )
    expect(describeResult(result(166), words)).toBe('166 مقعدًا — أغلبية مطلقة بفائض مقعد واحد')
  })
})

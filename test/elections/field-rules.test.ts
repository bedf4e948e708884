import { describe, expect, it } from 'vitest'
import {
  cleanText,
  isListId,
  quoteText,
  readColour,
  readWhole,
  westernDigits,
} from '../../src/elections/field-rules'

describe('field rules', () => {
  it('reads whole numbers in Western, Arabic-Indic and Persian digits, and digits only', () => {
    expect(readWhole('30', 100)).toEqual({ ok: true, value: 30 })
    expect(readWhole('٣٠', 100)).toEqual({ ok: true, value: 30 })
    expect(readWhole('۳۰', 100)).toEqual({ ok: true, value: 30 })
    expect(readWhole(30, 100)).toEqual({ ok: true, value: 30 })
    for (const text of ['1e3', '+5', '0x10', ' 5', '5 seats', '٣e٣', 'Infinity']) {
      expect(readWhole(text, 10_000)).toEqual({ ok: false, problem: 'not-number' })
    }
    expect(readWhole('', 100)).toEqual({ ok: false, problem: 'required' })
    expect(readWhole('-3', 100)).toEqual({ ok: false, problem: 'negative' })
    expect(readWhole('2.5', 100)).toEqual({ ok: false, problem: 'not-whole' })
    expect(readWhole(2.5, 100)).toEqual({ ok: false, problem: 'not-whole' })
    expect(readWhole('101', 100)).toEqual({ ok: false, problem: 'too-big' })
    expect(readWhole(1e21, 100)).toEqual({ ok: false, problem: 'too-big' })
  })

  it('turns Arabic-Indic and Persian digits into Western ones, and nothing else', () => {
    expect(westernDigits('٠١٢٣٤٥٦٧٨٩ ۰۱۲۳۴۵۶۷۸۹ x')).toBe('0123456789 0123456789 x')
  })

  it('knows a list id and a colour', () => {
    expect(isListId('ind-2')).toBe(true)
    expect(['Ind', 'a--b', '-a', 'a_b', '', 'a'.repeat(41)].some(isListId)).toBe(false)
    expect(readColour('#AABBCC')).toBe('#aabbcc')
    expect(readColour('#abc')).toBe('#aabbcc')
    expect(readColour('abc')).toBeNull()
    expect(readColour('#abcd')).toBeNull()
  })

  it('cleans text: control characters to spaces, noncharacters and lone surrogates dropped', () => {
    expect(cleanText('a\nb\u0000c', 100)).toBe('a b c')
    expect(cleanText('a\uffffb\ufffe', 100)).toBe('ab')
    expect(cleanText('a\ud800b\udc00c', 100)).toBe('abc')
    expect(cleanText('🙂\u{1f642}', 100)).toBe('🙂🙂')
    expect(Array.from(cleanText('🙂'.repeat(150), 100))).toHaveLength(100)
  })

  it('quotes input for a message, cut with an ellipsis', () => {
    expect(quoteText('a\nb', 24)).toBe('ab')
    expect(quoteText('x'.repeat(30), 24)).toBe(`${'x'.repeat(24)}…`)
    expect(quoteText('🙂'.repeat(3), 2)).toBe('🙂🙂…')
  })
})

import { describe, expect, it } from 'vitest'
import { formatDate, formatNumber } from '../../src/i18n/i18n'
import { initialLocale, intlLocale, localeFromLanguages } from '../../src/i18n/locales'

describe('localeFromLanguages', () => {
  it.each([
    [['ar-IQ', 'en'], 'ar'],
    [['ar'], 'ar'],
    [['AR_sa'], 'ar'],
    [['en-GB', 'ar'], 'en'],
    [['fr', 'de'], 'en'],
    [['fr', 'ar-EG'], 'ar'],
    [[], 'en'],
  ] as const)('picks %j → %s', (languages, locale) => {
    expect(localeFromLanguages(languages)).toBe(locale)
  })
})

describe('initialLocale', () => {
  it('prefers the remembered language over the browser', () => {
    expect(initialLocale('en', ['ar-IQ'])).toBe('en')
    expect(initialLocale('ar', ['en-US'])).toBe('ar')
  })

  it('follows the browser when nothing valid is remembered', () => {
    expect(initialLocale(null, ['ar-IQ'])).toBe('ar')
    expect(initialLocale('klingon', ['ar-IQ'])).toBe('ar')
  })
})

describe('formatNumber', () => {
  it('uses Western digits unless Arabic-Indic ones are asked for', () => {
    expect(intlLocale('ar', 'western')).toBe('ar-u-nu-latn')
    expect(formatNumber(165, 'ar', 'western')).toBe('165')
    expect(formatNumber(165, 'ar', 'arabic')).toBe('١٦٥')
    expect(formatNumber(1234, 'en', 'western')).toBe('1,234')
  })
})

describe('formatDate', () => {
  it('writes dates in British order in English and with Iraqi month names in Arabic', () => {
    expect(formatDate('2018-05-19', 'en', 'western')).toBe('19 May 2018')
    expect(formatDate('2018-08-19', 'ar', 'western')).toBe('19 آب 2018')
    expect(formatDate('2018-05-19', 'ar', 'arabic')).toBe('١٩ أيار ٢٠١٨')
  })

  it('returns text it cannot read as it is', () => {
    expect(formatDate('soon', 'en', 'western')).toBe('soon')
  })
})

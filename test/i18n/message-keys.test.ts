import { describe, expect, it } from 'vitest'
import { LOCALE_INFO } from '../../src/i18n/locales'
import {
  collectResources,
  leafKeys,
  missingMessageKeys,
  unusedPluralForms,
} from '../../src/i18n/message-keys'

const resources = collectResources(
  import.meta.glob<{ default: Record<string, unknown> }>('../../src/i18n/locales/*/*.json', {
    eager: true,
  }),
)

describe('the shipped message files', () => {
  it('exist for every language Kutla offers', () => {
    expect(Object.keys(resources).sort()).toEqual(Object.keys(LOCALE_INFO).sort())
  })

  it('have every key in every language, in every namespace, with all plural forms', () => {
    expect(missingMessageKeys(resources)).toEqual([])
  })

  it('use no plural form a language does not have', () => {
    expect(unusedPluralForms(resources)).toEqual([])
  })

  it('have no empty message', () => {
    const empty = Object.entries(resources).flatMap(([language, byNamespace]) =>
      Object.entries(byNamespace).flatMap(([namespace, messages]) =>
        leafKeys(messages)
          .filter((key) => {
            const value = key
              .split('.')
              .reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], messages)
            return typeof value !== 'string' || value.trim() === ''
          })
          .map((key) => `${language}/${namespace}: ${key}`),
      ),
    )
    expect(empty).toEqual([])
  })
})

describe('missingMessageKeys', () => {
  it('reports a key present in one language only', () => {
    expect(
      missingMessageKeys({
        en: { common: { title: 'Lists', nested: { hint: 'Press' } } },
        ar: { common: { title: 'القوائم' } },
      }),
    ).toEqual(['ar/common: nested.hint'])
  })

  it('reports the Arabic plural forms an English plural key needs', () => {
    expect(
      missingMessageKeys({
        en: { common: { seats_one: '1 seat', seats_other: '{{count}} seats' } },
        ar: { common: { seats_one: 'مقعد واحد', seats_other: '{{count}} مقعد' } },
      }),
    ).toEqual([
      'ar/common: seats_few',
      'ar/common: seats_many',
      'ar/common: seats_two',
      'ar/common: seats_zero',
    ])
  })

  it('asks English for _one and _other only, whatever Arabic has', () => {
    const ar = Object.fromEntries(
      ['zero', 'one', 'two', 'few', 'many', 'other'].map((c) => [`seats_${c}`, c]),
    )
    expect(
      missingMessageKeys({ en: { common: { seats_other: 'seats' } }, ar: { common: ar } }),
    ).toEqual(['en/common: seats_one'])
  })

  it('checks a namespace that only one language has', () => {
    expect(missingMessageKeys({ en: { classroom: { next: 'Next' } }, ar: {} })).toEqual([
      'ar/classroom: next',
    ])
  })
})

describe('unusedPluralForms', () => {
  it('flags English _few but allows _zero', () => {
    expect(
      unusedPluralForms({ en: { common: { a_zero: 'none', a_few: 'few', a_other: 'many' } } }),
    ).toEqual(['en/common: a_few'])
  })
})

import { describe, expect, it } from 'vitest'
import { resources } from '../../src/i18n/i18n'
import { LOCALE_INFO } from '../../src/i18n/locales'

const SUFFIXES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const

/** Every leaf key of a message file, dotted: 'chart.heading', 'seats_one'. */
function leafKeys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix]
  return Object.entries(value).flatMap(([k, v]) => leafKeys(v, prefix ? `${prefix}.${k}` : k))
}

function splitPlural(key: string): { base: string; category: string | null } {
  const match = /^(.*)_(zero|one|two|few|many|other)$/.exec(key)
  return match ? { base: match[1]!, category: match[2]! } : { base: key, category: null }
}

/** Keys a language must have: plain keys as they are, plural keys in every category it uses. */
function requiredKeys(keysByLanguage: Record<string, string[]>, language: string): Set<string> {
  const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories
  const required = new Set<string>()
  for (const keys of Object.values(keysByLanguage)) {
    for (const key of keys) {
      const { base, category } = splitPlural(key)
      if (category === null) required.add(key)
      else for (const c of categories) required.add(`${base}_${c}`)
    }
  }
  return required
}

const languages = Object.keys(LOCALE_INFO)
const namespaces = [...new Set(Object.values(resources).flatMap((r) => Object.keys(r)))]

describe('message files', () => {
  it('exist for every language Kutla offers', () => {
    expect(Object.keys(resources).sort()).toEqual([...languages].sort())
  })

  describe.each(namespaces)('namespace %s', (namespace) => {
    const keysByLanguage = Object.fromEntries(
      languages.map((l) => [l, leafKeys(resources[l]?.[namespace] ?? {})]),
    )

    it.each(languages)('has every key in %s, with all its plural forms', (language) => {
      const have = new Set(keysByLanguage[language])
      const missing = [...requiredKeys(keysByLanguage, language)].filter((k) => !have.has(k))
      expect(missing).toEqual([])
    })

    it.each(languages)('has no plural form %s does not use (except _zero)', (language) => {
      const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories
      const extra = (keysByLanguage[language] ?? []).filter((k) => {
        const { category } = splitPlural(k)
        return category !== null && category !== 'zero' && !categories.includes(category as never)
      })
      expect(extra).toEqual([])
    })

    it.each(languages)('has no empty message in %s', (language) => {
      const empty = leafKeys(resources[language]?.[namespace] ?? {}).filter((key) => {
        const value = key
          .split('.')
          .reduce<unknown>(
            (node, part) => (node as Record<string, unknown>)?.[part],
            resources[language]?.[namespace],
          )
        return typeof value !== 'string' || value.trim() === ''
      })
      expect(empty).toEqual([])
    })
  })

  it('knows every plural suffix it checks', () => {
    const used = new Set(
      languages.flatMap((l) => new Intl.PluralRules(l).resolvedOptions().pluralCategories),
    )
    for (const c of used) expect(SUFFIXES).toContain(c)
  })
})

import { setupI18n } from '@lingui/core'
import i18next from 'i18next'
import { describe, expect, it } from 'vitest'
import {
  type MessageTree,
  compileMessages,
  i18nextToIcu,
  toIcuMessages,
} from '../../src/build-messages'
import { formatNumber, translator } from '../../src/i18n/i18n'
import { isLocale } from '../../src/i18n/locales'
import { collectResources, leafKeys } from '../../src/i18n/message-keys'
import type { Digits, Locale } from '../../src/elections/languages'

const resources = collectResources(
  import.meta.glob<{ default: Record<string, unknown> }>('../../src/i18n/locales/*/*.json', {
    eager: true,
  }),
)

/** The message files read the way the app read them before they were compiled: with i18next. */
const reference = i18next.createInstance()
void reference.init({
  resources: resources as Parameters<typeof reference.init>[0]['resources'],
  lng: 'en',
  fallbackLng: 'en',
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
})
reference.services.formatter?.add('num', (value: unknown, lng, options) => {
  const digits = (options as { digits?: Digits }).digits ?? 'western'
  const locale: Locale = isLocale(lng) ? lng : 'en'
  return typeof value === 'number' ? formatNumber(value, locale, digits) : String(value)
})

const PLURAL = /_(zero|one|two|few|many|other)$/
const COUNTS = [0, 1, 2, 3, 11, 100, 101]

/** The placeholders of a message's forms: `{{name}}` get text, `{{name, num}}` a number. */
function sampleValues(texts: string[]): Record<string, unknown> {
  const values: Record<string, unknown> = {}
  for (const text of texts) {
    for (const [, inner = ''] of text.matchAll(/\{\{([^}]*)\}\}/g)) {
      const [name = '', format] = inner.split(',').map((part) => part.trim())
      values[name] = format === 'num' ? 1234.5 : `‹${name}›`
    }
  }
  return values
}

function messageAt(tree: unknown, key: string): string {
  return key.split('.').reduce<unknown>((node, part) => (node as MessageTree)[part], tree) as string
}

const cases = Object.entries(resources).flatMap(([language, byNamespace]) =>
  Object.entries(byNamespace).flatMap(([namespace, tree]) => {
    const keys = leafKeys(tree)
    const ids = [...new Set(keys.map((key) => key.replace(PLURAL, '')))]
    return ids.map((id) => {
      const forms = keys.filter((key) => key === id || key.replace(PLURAL, '') === id)
      return {
        language: language as Locale,
        namespace,
        id,
        isPlural: forms.some((key) => PLURAL.test(key)),
        values: sampleValues(forms.map((key) => messageAt(tree, key))),
      }
    })
  }),
)

describe('the compiled messages', () => {
  it('cover every message of every file', () => {
    expect(cases.length).toBeGreaterThan(600)
  })

  it.each(['western', 'arabic'] as const)(
    'read exactly as i18next read the message files, with %s digits',
    (digits) => {
      const differences: string[] = []
      for (const { language, namespace, id, isPlural, values } of cases) {
        const t = translator(language, digits, namespace)
        for (const count of isPlural ? COUNTS : [7]) {
          const options = { ...values, count }
          const before = reference.t(id, { ns: namespace, lng: language, digits, ...options })
          const after = t(id, options)
          if (after !== before) {
            differences.push(`${language}/${namespace}: ${id} (${count}): ${after} ≠ ${before}`)
          }
        }
      }
      expect(differences).toEqual([])
    },
  )
})

describe('i18nextToIcu', () => {
  it.each([
    ['Lists', 'Lists'],
    ['{{name}}: {{seats, num}}', '{name}: {seats, number, num}'],
    ["each coalition's seats", "each coalition''s seats"],
    ['a {brace} and a #hash', "a '{'brace'}' and a #hash"],
    ['{{ name }}', '{name}'],
  ])('turns “%s” into “%s”', (text, icu) => {
    expect(i18nextToIcu(text)).toBe(icu)
  })

  it('quotes # inside a plural form, where ICU reads it as the number', () => {
    expect(i18nextToIcu('#{{count, num}}', true)).toBe("'#'{count, number, num}")
  })

  it('refuses a format the app does not define', () => {
    expect(() => i18nextToIcu('{{when, datetime}}')).toThrow(/Unknown format/)
  })
})

describe('toIcuMessages', () => {
  it('makes one plural message of i18next’s suffixed keys, _zero as exactly 0', () => {
    expect(
      toIcuMessages({ a: { seats_zero: 'none', seats_one: 'one seat', seats_other: 'seats' } }),
    ).toEqual({ 'a.seats': '{count, plural, =0 {none} one {one seat} other {seats}}' })
  })

  it('refuses a key that is both plain and plural', () => {
    expect(() => toIcuMessages({ seats: 'x', seats_other: 'y' })).toThrow(/both/)
  })

  it('refuses a plural without its _other form', () => {
    expect(() => toIcuMessages({ seats_one: 'x' })).toThrow(/_other/)
  })
})

describe('compileMessages', () => {
  it('keeps literal apostrophes, braces and # as written', () => {
    const compiled = compileMessages({ a: "it's {x} #1", b_one: 'No #{{count}}', b_other: "'#'" })
    const i18n = setupI18n({ locale: 'en', messages: { en: compiled } })
    expect(i18n._('a')).toBe("it's {x} #1")
    expect(i18n._('b', { count: 1 })).toBe('No #1')
    expect(i18n._('b', { count: 2 })).toBe("'#'")
  })

  it('refuses a plural form whose text between placeholders is a lone #, which Lingui would read as the count', () => {
    expect(() => compileMessages({ b_one: '{{a}}#{{count}}', b_other: 'x' })).toThrow(/#/)
  })
})

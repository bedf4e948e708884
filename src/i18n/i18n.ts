/**
 * Messages at run time. The message files (`locales/<language>/<namespace>.json`, i18next's JSON
 * format) are compiled at build time (src/build-messages.ts) and load one language and one chunk
 * at a time: `loadNamespaces` fetches them, `translator` reads whatever is loaded. Plurals and
 * placeholders are formatted by `@lingui/core`, which picks plural forms with `Intl.PluralRules`.
 *
 * Numbers in messages are written `{{count, num}}`: they are formatted like `formatNumber`, for the
 * language and the reader's digits.
 */
import { type I18n, type Messages, setupI18n } from '@lingui/core'
import { type Catalog, loaders, namespaces } from 'virtual:kutla-messages'
import type { Digits, Locale } from '../elections/languages'
import { intlLocale, numberingSystem } from './locales'
import { DEFAULT_NAMESPACE } from './namespaces'

/** `t(key, options)`: a message of one namespace in one language, with its values filled in. */
export type Translate = (key: string, options?: Record<string, unknown>) => string

/** Every namespace that has message files. */
export const NAMESPACES: readonly string[] = namespaces

/** Where a message missing from the reader's language is looked up next (as i18next's fallbackLng). */
const FALLBACK_LOCALE: Locale = 'en'

interface LoadedNamespace {
  messages: Messages
  i18n: I18n
}

/** `en/common` → its messages, once loaded. */
const loaded = new Map<string, LoadedNamespace>()
/** Chunks on their way, so that two callers share one request. */
const pending = new Map<() => Promise<{ default: Catalog }>, Promise<void>>()
const listeners = new Set<() => void>()

const entryKey = (locale: Locale, namespace: string) => `${locale}/${namespace}`

/** Whether a namespace's messages for a language are loaded. */
export function hasMessages(locale: Locale, namespace: string): boolean {
  return loaded.has(entryKey(locale, namespace))
}

/** The namespaces loaded in any language: those the page has used so far. */
export function loadedNamespaces(): string[] {
  return [...new Set([...loaded.keys()].map((key) => key.slice(key.indexOf('/') + 1)))]
}

/** Calls `listener` whenever messages finish loading. Returns a stop function. */
export function subscribeMessages(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

function register(locale: Locale, catalog: Catalog): void {
  for (const [namespace, messages] of Object.entries(catalog)) {
    if (hasMessages(locale, namespace)) continue
    loaded.set(entryKey(locale, namespace), {
      messages,
      i18n: setupI18n({ locale, messages: { [locale]: messages } }),
    })
  }
  for (const listener of [...listeners]) listener()
}

/**
 * Loads the namespaces' messages for one language (each chunk once; a failed chunk is tried again
 * on the next call). Resolves when all are ready; rejects for a namespace that has no files.
 */
export function loadNamespaces(locale: Locale, wanted: readonly string[]): Promise<void> {
  const chunks = new Set<() => Promise<{ default: Catalog }>>()
  for (const namespace of wanted) {
    if (hasMessages(locale, namespace)) continue
    const load = loaders[locale]?.[namespace]
    if (!load) return Promise.reject(new Error(`No messages for ${entryKey(locale, namespace)}`))
    chunks.add(load)
  }
  return Promise.all(
    [...chunks].map((load) => {
      let loading = pending.get(load)
      if (!loading) {
        loading = load().then(
          (module) => {
            pending.delete(load)
            register(locale, module.default)
          },
          (error: unknown) => {
            pending.delete(load)
            throw error
          },
        )
        pending.set(load, loading)
      }
      return loading
    }),
  ).then(() => undefined)
}

/**
 * A synchronous `t` for one language, digits choice and namespace, over the messages loaded so
 * far. A key missing from the language is looked up in English; a key missing from both gives
 * `options.defaultValue`, else the key itself; a namespace not loaded in either gives ''.
 *
 * @example translator('ar', 'arabic', 'common')('seats', { count: 54 }) // '٥٤ مقعدًا'
 */
export function translator(
  locale: Locale,
  digits: Digits,
  namespace: string = DEFAULT_NAMESPACE,
): Translate {
  const formats = {
    num: { numberingSystem: numberingSystem(digits), maximumFractionDigits: 1 },
  }
  return (key, options) => {
    const own = loaded.get(entryKey(locale, namespace))
    const fallback = loaded.get(entryKey(FALLBACK_LOCALE, namespace))
    const entry = [own, fallback].find((e) => e && Object.hasOwn(e.messages, key))
    if (entry) return entry.i18n._(key, options, { formats })
    if (typeof options?.defaultValue === 'string') return options.defaultValue
    return own || fallback ? key : ''
  }
}

// Building an Intl formatter costs far more than using one, and every number on the page goes
// through here: keep one per locale tag.
const numberFormats = new Map<string, Intl.NumberFormat>()
const dateFormats = new Map<string, Intl.DateTimeFormat>()

/** A whole number in the language's style and the reader's digits. */
export function formatNumber(value: number, locale: Locale, digits: Digits): string {
  const tag = intlLocale(locale, digits)
  let format = numberFormats.get(tag)
  if (!format)
    numberFormats.set(tag, (format = new Intl.NumberFormat(tag, { maximumFractionDigits: 1 })))
  return format.format(value)
}

/** "19 May 2018" / "19 أيار 2018" from "2018-05-19", independent of the machine's time zone. */
export function formatDate(iso: string, locale: Locale, digits: Digits): string {
  const date = new Date(`${iso}T00:00:00Z`)
  if (Number.isNaN(date.getTime())) return iso
  const tag = dateLocale(locale, digits)
  let format = dateFormats.get(tag)
  if (!format) {
    format = new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' })
    dateFormats.set(tag, format)
  }
  return format.format(date)
}

/**
 * British day-month-year order for English; for Arabic, Iraq's month names (أيار, آب: the
 * Syriac-derived names used in Iraq and the Levant, not the transliterated مايو, أغسطس).
 */
function dateLocale(locale: Locale, digits: Digits): string {
  const region = locale === 'en' ? 'en-GB' : locale === 'ar' ? 'ar-IQ' : locale
  return `${region}-u-nu-${digits === 'arabic' ? 'arab' : 'latn'}`
}

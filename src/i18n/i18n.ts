/**
 * The one i18next instance. Messages live in `locales/<language>/<namespace>.json`; every file
 * found there is bundled, so a feature adds its own namespace by adding a pair of files
 * (e.g. `locales/en/classroom.json` and `locales/ar/classroom.json`) and calling
 * `useTranslation('classroom')`. Plurals use i18next's Intl.PluralRules suffixes: English needs
 * `_one`/`_other`, Arabic `_zero`, `_one`, `_two`, `_few`, `_many` and `_other`.
 *
 * Numbers in messages are written `{{count, num}}`: the `num` formatter uses Intl for the language
 * and the reader's digits (pass `digits` in the options; `useT` does it for you).
 */
import i18next, { type Resource } from 'i18next'
import { initReactI18next } from 'react-i18next'
import type { Digits, Locale } from '../scenario/scenario-store'
import { LOCALE_INFO, intlLocale, isLocale } from './locales'

export const DEFAULT_NAMESPACE = 'common'

const files = import.meta.glob<{ default: Record<string, unknown> }>('./locales/*/*.json', {
  eager: true,
})

/** `{ en: { common: {...}, classroom: {...} }, ar: {...} }` from the files above. */
export function collectResources(
  modules: Record<string, { default: Record<string, unknown> }> = files,
): Resource {
  const resources: Resource = {}
  for (const [path, module] of Object.entries(modules)) {
    const match = /\/locales\/([^/]+)\/([^/]+)\.json$/.exec(path)
    if (!match) continue
    const [, language, namespace] = match as unknown as [string, string, string]
    resources[language] = { ...resources[language], [namespace]: module.default }
  }
  return resources
}

export const resources = collectResources()
export const namespaces = [
  ...new Set(Object.values(resources).flatMap((byNamespace) => Object.keys(byNamespace))),
]

export const i18n = i18next.createInstance()

void i18n.use(initReactI18next).init({
  resources,
  lng: 'en',
  fallbackLng: 'en',
  supportedLngs: Object.keys(LOCALE_INFO),
  ns: namespaces,
  defaultNS: DEFAULT_NAMESPACE,
  // Resources are bundled: initialise synchronously so the first render is already translated.
  initAsync: false,
  interpolation: { escapeValue: false }, // React escapes.
  returnNull: false,
  react: { useSuspense: false },
})

i18n.services.formatter?.add('num', (value: unknown, lng: string | undefined, options) => {
  const digits: Digits = (options as { digits?: Digits }).digits ?? 'western'
  const locale: Locale = isLocale(lng) ? lng : 'en'
  return typeof value === 'number' ? formatNumber(value, locale, digits) : String(value)
})

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

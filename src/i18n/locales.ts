/**
 * The languages Kutla speaks, and how to choose one on a first visit. Pure: no DOM, no store.
 */
import type { Digits, Locale } from '../elections/languages'

/** Where the reader's explicit language choice is remembered. */
export const LOCALE_STORAGE_KEY = 'kutla.locale'

export interface LocaleInfo {
  /** The language's own name, shown in the language switch. */
  nativeName: string
  dir: 'ltr' | 'rtl'
  /** The digits numbers use until the reader picks others. */
  defaultDigits: Digits
}

/** Every interface language. Adding one: see README ("Adding a language"). */
export const LOCALE_INFO: Readonly<Record<Locale, LocaleInfo>> = {
  en: { nativeName: 'English', dir: 'ltr', defaultDigits: 'western' },
  ar: { nativeName: 'العربية', dir: 'rtl', defaultDigits: 'western' },
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && Object.hasOwn(LOCALE_INFO, value)
}

/**
 * The first language from the browser's list that Kutla speaks, matched on the primary subtag
 * ('ar-IQ' → 'ar'), else English.
 *
 * @example localeFromLanguages(['ar-IQ', 'en']) // 'ar'
 * @example localeFromLanguages(['fr', 'de'])    // 'en'
 */
export function localeFromLanguages(languages: readonly string[]): Locale {
  for (const tag of languages) {
    const primary = tag.trim().toLowerCase().split(/[-_]/)[0]
    if (isLocale(primary)) return primary
  }
  return 'en'
}

/**
 * The language of a first visit: a remembered choice wins over the browser's languages.
 * (A language in a shared link wins over both; the link is decoded after this runs.)
 *
 * @example initialLocale('en', ['ar']) // 'en'
 * @example initialLocale(null, ['ar-SA']) // 'ar'
 */
export function initialLocale(stored: string | null, languages: readonly string[]): Locale {
  return isLocale(stored) ? stored : localeFromLanguages(languages)
}

/**
 * Text from data files is written with 0-9; readers who chose Arabic-Indic digits get ٠-٩.
 *
 * @example localDigits('165 of 329', 'arabic') // '١٦٥ of ٣٢٩'
 */
export function localDigits(text: string, digits: Digits): string {
  if (digits !== 'arabic') return text
  return text.replace(/[0-9]/g, (d) => String.fromCharCode(0x0660 + Number(d)))
}

/** The Intl numbering system for a digits setting: 'latn' (0-9) or 'arab' (٠-٩). */
export function numberingSystem(digits: Digits): 'latn' | 'arab' {
  return digits === 'arabic' ? 'arab' : 'latn'
}

/**
 * A BCP 47 tag for Intl that carries the digits choice.
 *
 * @example intlLocale('ar', 'western') // 'ar-u-nu-latn'
 */
export function intlLocale(locale: Locale, digits: Digits): string {
  return `${locale}-u-nu-${numberingSystem(digits)}`
}

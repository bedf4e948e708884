/**
 * Small text helpers shared by the classroom components (story, challenges). Pure.
 */
import { numberingSystem } from '../../i18n/locales'
import type { Digits, Locale } from '../../elections/languages'

/**
 * Text from data files is written with 0-9; readers who chose Arabic-Indic digits get ٠-٩.
 *
 * @example localDigits('165 of 329', 'arabic') // '١٦٥ of ٣٢٩'
 */
export function localDigits(text: string, digits: Digits): string {
  if (digits !== 'arabic') return text
  return text.replace(/[0-9]/g, (d) => String.fromCharCode(0x0660 + Number(d)))
}

/**
 * The Intl tag for dates, as the rest of the app writes them (i18n.ts formatDate): British
 * day-month-year for English; for Arabic, Iraq's month names (أيار, آب), which 'ar-IQ' gives.
 */
export function dateTag(locale: Locale, digits: Digits): string {
  const region = locale === 'en' ? 'en-GB' : locale === 'ar' ? 'ar-IQ' : locale
  return `${region}-u-nu-${numberingSystem(digits)}`
}

/**
 * Small text helpers shared by the classroom components (story, challenges). Pure.
 */
import { numberingSystem } from '../../i18n/locales'
// Digits in data text: shared with the header's parliament choice, so it lives with the locales.
export { localDigits } from '../../i18n/locales'
import type { Digits, Locale } from '../../elections/languages'

/**
 * The Intl tag for dates, as the rest of the app writes them (i18n.ts formatDate): British
 * day-month-year for English; for Arabic, Iraq's month names (أيار, آب), which 'ar-IQ' gives.
 */
export function dateTag(locale: Locale, digits: Digits): string {
  const region = locale === 'en' ? 'en-GB' : locale === 'ar' ? 'ar-IQ' : locale
  return `${region}-u-nu-${numberingSystem(digits)}`
}

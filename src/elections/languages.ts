/**
 * The languages Kutla speaks and the digits it writes numbers with. They live here, beside the
 * data, because the data is what is bilingual (`name` / `nameAr`, `label` / `labelAr`): the store
 * holds the reader's choice, the link decoder checks it, and i18n/ words the interface in it, all
 * from this one definition, without scenario/ reaching up into i18n/ for a type.
 */

/** A language of the interface and of the data. */
export type Locale = 'en' | 'ar'
/** Digits for numbers: Western (0-9) or Arabic-Indic (٠-٩). */
export type Digits = 'western' | 'arabic'

export const LOCALES: readonly Locale[] = ['en', 'ar']
export const DIGITS: readonly Digits[] = ['western', 'arabic']

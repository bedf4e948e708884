/**
 * The remembered language. Storage can be missing, full or forbidden (private modes, sandboxed
 * frames): every access is guarded, and a failure only means the choice is not remembered.
 */
import type { Locale } from '../elections/languages'
import { LOCALE_STORAGE_KEY, isLocale } from './locales'

export function readStoredLocale(): Locale | null {
  try {
    const value = globalThis.localStorage?.getItem(LOCALE_STORAGE_KEY) ?? null
    return isLocale(value) ? value : null
  } catch {
    return null
  }
}

export function storeLocale(locale: Locale): void {
  try {
    globalThis.localStorage?.setItem(LOCALE_STORAGE_KEY, locale)
  } catch {
    // Not remembered this time; the page keeps working.
  }
}

/**
 * Keeps the page in the reader's language: the store's `locale` drives `<html lang dir>` and the
 * page title. The only module here that touches `document`, `navigator` and storage.
 */
import { useScenarioStore } from '../scenario/scenario-store'
import { hasMessages, subscribeMessages, translator } from './i18n'
import { prepareLocale } from './load-locale'
import { LOCALE_INFO, initialLocale } from './locales'
import { readStoredLocale } from './storage'

/**
 * Follows the store's locale from now on (the html element and the title). Returns a stop
 * function. A language switched to without loading it first (e.g. by a link opened with the
 * back button) is loaded here; until it arrives, messages fall back to English where loaded.
 */
export function bindLocale(): () => void {
  const showTitle = () => {
    const { locale, digits } = useScenarioStore.getState()
    if (typeof document === 'undefined' || !hasMessages(locale, 'common')) return
    document.title = translator(locale, digits, 'common')('app.documentTitle')
  }
  const apply = (locale: keyof typeof LOCALE_INFO) => {
    if (typeof document !== 'undefined') {
      document.documentElement.lang = locale
      document.documentElement.dir = LOCALE_INFO[locale].dir
    }
    showTitle()
  }
  apply(useScenarioStore.getState().locale)
  const stopStore = useScenarioStore.subscribe((state, previous) => {
    if (state.locale === previous.locale) return
    apply(state.locale)
    // Offline with nothing cached: the page keeps the text it has; choosing again retries.
    prepareLocale(state.locale).catch(() => undefined)
  })
  const stopMessages = subscribeMessages(showTitle)
  return () => {
    stopStore()
    stopMessages()
  }
}

/**
 * Chooses the first language (remembered choice, else the browser's) and binds it. Call it before
 * the link is decoded, so a language in a shared link wins over both.
 */
export function startLocaleSync(): () => void {
  const languages =
    typeof navigator === 'undefined'
      ? []
      : navigator.languages?.length
        ? navigator.languages
        : [navigator.language]
  const locale = initialLocale(readStoredLocale(), languages)
  const { setLocale, setDigits } = useScenarioStore.getState()
  setLocale(locale)
  setDigits(LOCALE_INFO[locale].defaultDigits)
  return bindLocale()
}

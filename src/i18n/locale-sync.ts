/**
 * Keeps the page in the reader's language: the store's `locale` drives i18next and
 * `<html lang dir>`. The only module here that touches `document`, `navigator` and storage.
 */
import { loadElectionLocale } from '../elections/catalog'
import { useScenarioStore } from '../scenario/scenario-store'
import { i18n } from './i18n'
import { LOCALE_INFO, initialLocale } from './locales'
import { readStoredLocale } from './storage'

/** Languages whose election names are in the catalog (English ones always are). */
const namesLoaded = new Set<string>(['en'])

/** Follows the store's locale from now on (i18next and the html element). Returns a stop function. */
export function bindLocale(): () => void {
  const apply = (locale: keyof typeof LOCALE_INFO) => {
    if (!namesLoaded.has(locale)) {
      // The data's names in this language load on first use; announcing the language again
      // re-renders what shows them.
      void loadElectionLocale(locale).then(
        () => {
          namesLoaded.add(locale)
          if (useScenarioStore.getState().locale === locale) void i18n.changeLanguage(locale)
        },
        () => {},
      )
    }
    if (i18n.language !== locale) void i18n.changeLanguage(locale)
    if (typeof document !== 'undefined') {
      document.documentElement.lang = locale
      document.documentElement.dir = LOCALE_INFO[locale].dir
      document.title = i18n.t('app.documentTitle', { lng: locale })
    }
  }
  apply(useScenarioStore.getState().locale)
  return useScenarioStore.subscribe((state, previous) => {
    if (state.locale !== previous.locale) apply(state.locale)
  })
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

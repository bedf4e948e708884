/**
 * One language at a time: what a language needs before the page shows it (its first-load
 * messages, its font, and any other per-language data registered here), switching to it only
 * once that has arrived, and lazy chunks that wait for their own messages.
 */
import { useScenarioStore } from '../scenario/scenario-store'
import { type Locale } from '../elections/languages'
import { hasMessages, loadNamespaces, loadedNamespaces } from './i18n'
import { FIRST_LOAD_NAMESPACES } from './namespaces'

/** Loads one language's share of some data; resolves when it is ready to show. */
export type LocaleLoader = (locale: Locale) => Promise<void>

const localeLoaders = new Set<LocaleLoader>()
const readyLocales = new Set<Locale>()

/**
 * Adds per-language data that `loadLocale` waits for, e.g. the election's names in that language:
 * `registerLocaleLoader(loadElectionLocale)`, before the first `loadLocale`. Returns a function
 * that removes it.
 */
export function registerLocaleLoader(load: LocaleLoader): () => void {
  localeLoaders.add(load)
  readyLocales.clear()
  return () => localeLoaders.delete(load)
}

/**
 * Fonts a language needs and the others do not. Noto Sans Arabic (about 50 KB a weight) is
 * fetched only for an Arabic interface; Arabic words in the English one (a list's Arabic name,
 * the language switch's "العربية") use the system's Arabic font (see src/fonts.css).
 */
const LOCALE_FONTS: Partial<Record<Locale, () => Promise<unknown>>> = {
  ar: () => import('./arabic-font.css'),
}

/**
 * Everything the first screen needs in a language: the first-load namespaces' messages
 * (FIRST_LOAD_NAMESPACES), the language's font, and whatever `registerLocaleLoader` added.
 * main.tsx awaits it before the first render.
 */
export async function loadLocale(locale: Locale): Promise<void> {
  await Promise.all([
    loadNamespaces(locale, FIRST_LOAD_NAMESPACES),
    LOCALE_FONTS[locale]?.(),
    // Other per-language data is awaited here too, through registerLocaleLoader.
    ...[...localeLoaders].map((load) => load(locale)),
  ])
  readyLocales.add(locale)
}

/** Whether `loadLocale(locale)` has finished, and every namespace in use is loaded in `locale`. */
function isReady(locale: Locale): boolean {
  return readyLocales.has(locale) && loadedNamespaces().every((ns) => hasMessages(locale, ns))
}

/**
 * Loads a language with every namespace the page uses so far, so that nothing on screen lacks its
 * messages once the page turns to it.
 */
export function prepareLocale(locale: Locale): Promise<void> {
  if (isReady(locale)) return Promise.resolve()
  return Promise.all([loadLocale(locale), loadNamespaces(locale, loadedNamespaces())]).then(
    () => undefined,
  )
}

let latestChoice: Locale | undefined

/**
 * The reader chose a language: load it first, then turn the page to it, so the page never shows
 * a message that is not there yet. When everything is loaded already the page turns at once. If
 * the reader chooses again before a language arrives, the last choice wins.
 */
export async function switchLocale(locale: Locale): Promise<void> {
  latestChoice = locale
  if (!isReady(locale)) await prepareLocale(locale)
  if (latestChoice === locale) useScenarioStore.getState().setLocale(locale)
}

/**
 * Wraps a lazy import so that the chunk resolves only once the namespaces it speaks are loaded in
 * the reader's language: the component never renders before its messages.
 *
 * @example const WhatIfPanel = lazyWithRetry(withNamespaces(['whatif'], () => import('./what-if-panel')))
 */
export function withNamespaces<T>(
  namespaces: readonly string[],
  load: () => Promise<T>,
): () => Promise<T> {
  return async () => {
    const [module] = await Promise.all([
      load(),
      loadNamespaces(useScenarioStore.getState().locale, namespaces),
    ])
    return module
  }
}

/**
 * The server side of the pages built ahead of time: src/build-prerender.ts builds this module for
 * Node with the app's own Vite config and calls `renderPages()` once per build. Nothing here runs
 * in the browser.
 */
import { StrictMode } from 'react'
import { prerender } from 'react-dom/static'
import { App } from './app'
import { preloadControls } from './components/layout/controls-lazy'
import { picture } from './components/charts/picture-lazy'
import { loadElectionLocale } from './elections/catalog'
import { translator } from './i18n/i18n'
import { loadLocale, registerLocaleLoader } from './i18n/load-locale'
import { LOCALE_INFO } from './i18n/locales'
import {
  PAGE_PATHS,
  antiFlashScript,
  drawFromCurrentState,
  prerenderedScenario,
} from './prerender-page'
import { useScenarioStore } from './scenario/scenario-store'
import { LOCALES, type Locale } from './elections/languages'

export interface PrerenderedPage {
  locale: Locale
  dir: 'ltr' | 'rtl'
  /** Where the page goes, relative to the build's folder: 'index.html', 'ar/index.html'. */
  fileName: string
  title: string
  description: string
  /** The opening screen: what goes inside `#root`. */
  html: string
}

/** The opening page in `locale`, drawn with react-dom/static. */
export async function renderPage(locale: Locale): Promise<PrerenderedPage> {
  // As in main.tsx: the language's messages and the election's names in it, before drawing; and
  // the picture's code, so the picture is drawn in the first pass (a part that suspended would
  // reach the page through an inline script, which the policy refuses).
  await Promise.all([loadLocale(locale), picture.preload(), preloadControls()])
  useScenarioStore.getState().loadScenario(prerenderedScenario(locale))
  drawFromCurrentState(useScenarioStore)
  const t = translator(locale, useScenarioStore.getState().digits, 'common')
  const failures: unknown[] = []
  const { prelude } = await prerender(
    <StrictMode>
      <App />
    </StrictMode>,
    {
      // Lazily loaded panels ask for the browser (`use(browser())`, see lazy-with-retry.tsx): their
      // Suspense fallback goes into the HTML. Anything else that fails is a build error.
      onBrowserBailout: () => {},
      // One document, no part sent later: a boundary sent on its own would need an inline
      // script to take its place, which the policy refuses.
      progressiveChunkSize: Number.POSITIVE_INFINITY,
      onError: (error) => {
        failures.push(error)
      },
    },
  )
  if (failures.length) throw failures[0]
  return {
    locale,
    dir: LOCALE_INFO[locale].dir,
    fileName: `${PAGE_PATHS[locale]}index.html`,
    title: t('app.documentTitle'),
    description: t('app.description'),
    html: await new Response(prelude).text(),
  }
}

/** Every language's opening page, one after the other (they share the store). */
export async function renderPages(): Promise<PrerenderedPage[]> {
  registerLocaleLoader(loadElectionLocale)
  const pages: PrerenderedPage[] = []
  for (const locale of LOCALES) pages.push(await renderPage(locale))
  return pages
}

export { antiFlashScript }

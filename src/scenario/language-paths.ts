import type { Locale } from '../elections/languages'

/**
 * Where each language's page is served, relative to the app's base: the built pages
 * (src/prerender-page.ts) and the share pages under them (share-pages.ts).
 *
 * @example LANGUAGE_PATHS.ar // 'ar/'
 */
export const LANGUAGE_PATHS: Readonly<Record<Locale, string>> = { en: '', ar: 'ar/' }

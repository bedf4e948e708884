import { type ReactNode, use } from 'react'
import { browser } from 'react-dom'

/**
 * Content the browser draws, never the HTML built ahead of time (see src/build-prerender.ts): in
 * its place the page holds the nearest Suspense boundary's fallback, and the browser draws it
 * right after taking the page over, without a hydration mismatch. For what depends on the page's
 * address (a link's full URL) or is not wanted in the first HTML.
 */
export function BrowserOnly({ reason, children }: { reason: string; children: ReactNode }) {
  use(browser(reason))
  return children
}

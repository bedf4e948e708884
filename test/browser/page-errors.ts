import type { Page } from '@playwright/test'

/** Collects the page's uncaught errors and console errors from now on; a test expects none. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()))
  return errors
}

import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterEach, beforeEach, vi } from 'vitest'
import { NAMESPACES, loadNamespaces } from '../src/i18n/i18n'
import { loadLocale } from '../src/i18n/load-locale'
import { LOCALES, useScenarioStore } from '../src/scenario/scenario-store'

// Every language's messages, loaded once before any test: components render translated at once,
// switching language is immediate, and `translator` works synchronously.
await Promise.all(
  LOCALES.flatMap((locale) => [loadLocale(locale), loadNamespaces(locale, NAMESPACES)]),
)

beforeEach(() => {
  useScenarioStore.setState(useScenarioStore.getInitialState(), true)
  window.history.replaceState(null, '', '/')
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe() {}
      unobserve() {}
      disconnect() {}
    },
  )
})

afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

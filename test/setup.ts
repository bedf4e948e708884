import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterEach, beforeEach, vi } from 'vitest'
import { i18n } from '../src/i18n/i18n'
import { useScenarioStore } from '../src/scenario/scenario-store'

beforeEach(() => {
  useScenarioStore.setState(useScenarioStore.getInitialState(), true)
  // Tests read English unless they switch the store's locale.
  void i18n.changeLanguage('en')
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

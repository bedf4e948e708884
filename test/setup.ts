import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterEach, beforeEach, vi } from 'vitest'
import { useScenarioStore } from '../src/scenario/scenario-store'

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

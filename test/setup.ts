import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterEach, beforeAll, beforeEach, vi } from 'vitest'
import { loadChallenges } from '../src/elections/challenge-catalog'
import {
  DEFAULT_ELECTION_ID,
  loadElectionDetails,
  loadElectionLocale,
} from '../src/elections/catalog'
import { loadStory } from '../src/elections/story-catalog'
import { loadPacking } from '../src/scenario/link-packing'
import { NAMESPACES, loadNamespaces } from '../src/i18n/i18n'
import { loadLocale } from '../src/i18n/load-locale'
import { useScenarioStore } from '../src/scenario/scenario-store'
import { LOCALES } from '../src/elections/languages'

// Every language's messages, loaded once before any test: components render translated at once,
// switching language is immediate, and `translator` works synchronously.
await Promise.all(
  LOCALES.flatMap((locale) => [loadLocale(locale), loadNamespaces(locale, NAMESPACES)]),
)

// The data a page loads after its first screen (Arabic names, details, story, challenges) is
// there from the start in tests; test/elections/catalog.test.ts covers the loading itself.
beforeAll(async () => {
  await Promise.all([
    // Link packing loads when a link needs it; test/scenario/link-packing-lazy.test.ts covers that.
    loadPacking(),
    loadElectionLocale('ar'),
    loadElectionDetails(DEFAULT_ELECTION_ID),
    loadStory(),
    loadChallenges(),
  ])
})

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

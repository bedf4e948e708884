import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app'
import { loadElectionLocale } from './elections/catalog'
import { loadLocale, registerLocaleLoader } from './i18n/load-locale'
import { startLocaleSync } from './i18n/locale-sync'
import { loadScenarioData } from './scenario/scenario-data'
import { lastSavedQuery, startScenarioSaving } from './scenario/scenario-storage'
import { useScenarioStore } from './scenario/scenario-store'
import { startUrlSync } from './scenario/url-sync'
import { startOfflineSupport } from './pwa'
import './fonts.css'
import './styles.css'

// A language's election names load with its messages.
registerLocaleLoader(loadElectionLocale)
// Before any link is decoded: a language in the link wins over the remembered or browser one.
startLocaleSync()
// The link opens its scenario before the first render, then follows every change. A plain
// address opens the last scenario kept on this device; every change is kept from then on.
startUrlSync(undefined, undefined, undefined, { fallback: () => lastSavedQuery() })
startScenarioSaving()

function render(): void {
  const root = document.getElementById('root')
  if (!root) return
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  )
}

// Before the first render, and only what it needs: the reader's language (messages and the
// election's names in it), and the story or the challenges when the opened scenario is on a story
// step or a challenge (otherwise they load on their own, after the first screen). Should loading
// fail (offline, nothing cached), the page renders all the same and the error is reported.
Promise.all([
  loadLocale(useScenarioStore.getState().locale),
  loadScenarioData(useScenarioStore.getState()),
]).then(render, (error: unknown) => {
  render()
  throw error
})

startOfflineSupport()

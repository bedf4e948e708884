// First: settings that must hold before any module below parses data.
import './zod-config'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app'
import { loadLocale } from './i18n/load-locale'
import { startLocaleSync } from './i18n/locale-sync'
import { lastSavedQuery, startScenarioSaving } from './scenario/scenario-storage'
import { useScenarioStore } from './scenario/scenario-store'
import { startUrlSync } from './scenario/url-sync'
import { startOfflineSupport } from './pwa'
import './fonts.css'
import './styles.css'

// Before any link is decoded: a language in the link wins over the remembered or browser one.
startLocaleSync()
// The link opens its scenario before the first render, then follows every change. A plain
// address opens the last scenario kept on this device; every change is kept from then on.
startUrlSync(undefined, undefined, undefined, { fallback: () => lastSavedQuery() })
startScenarioSaving()

function render() {
  const root = document.getElementById('root')
  if (!root) return
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  )
}

// The reader's language, and only it, loads before the first render: no untranslated flash. Should
// it fail (offline, nothing cached), the page renders all the same and the error is reported.
loadLocale(useScenarioStore.getState().locale).then(render, (error: unknown) => {
  render()
  throw error
})

startOfflineSupport()

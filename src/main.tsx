import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app'
import { startLocaleSync } from './i18n/locale-sync'
import { loadScenarioData } from './scenario/scenario-data'
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

function render(): void {
  const root = document.getElementById('root')
  if (!root) return
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  )
}

// A scenario opened on a story step or a challenge shows it from the first render: wait for the
// story or the challenges (they load on their own otherwise, after the first screen).
const scenarioData = loadScenarioData(useScenarioStore.getState())
if (scenarioData) void scenarioData.then(render)
else render()

startOfflineSupport()

// First: settings that must hold before any module below parses data.
import './zod-config'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app'
import { startLocaleSync } from './i18n/locale-sync'
import { lastSavedQuery, startScenarioSaving } from './scenario/scenario-storage'
import { startThemeSync } from './scenario/theme-sync'
import { startUrlSync } from './scenario/url-sync'
import { startOfflineSupport } from './pwa'
import './fonts.css'
import './theme.css'
import './styles.css'

// Before any link is decoded: a language in the link wins over the remembered or browser one.
startLocaleSync()
// The remembered theme, before the link: a theme in the link wins.
startThemeSync()
// The link opens its scenario before the first render, then follows every change. A plain
// address opens the last scenario kept on this device; every change is kept from then on.
startUrlSync(undefined, undefined, undefined, { fallback: () => lastSavedQuery() })
startScenarioSaving()

const root = document.getElementById('root')
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  )
}

startOfflineSupport()

import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app'
import { startLocaleSync } from './i18n/locale-sync'
import { startUrlSync } from './scenario/url-sync'
import { startOfflineSupport } from './pwa'
import './fonts.css'
import './styles.css'

// Before any link is decoded: a language in the link wins over the remembered or browser one.
startLocaleSync()
// The link opens its scenario before the first render, then follows every change.
startUrlSync()

const root = document.getElementById('root')
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  )
}

startOfflineSupport()

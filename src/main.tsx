import { type ReactNode, StrictMode, useEffect, useLayoutEffect } from 'react'
import { flushSync } from 'react-dom'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { App } from './app'
import { holdEarlyPresses, takenOver } from './early-presses'
import { framedByAnotherSite } from './components/layout/framing'
import { preloadControls } from './components/layout/controls-lazy'
import { challengePanel, challengeStatus, storyPlayer } from './components/classroom/classroom-lazy'
import { picture, preloadChart } from './components/charts/picture-lazy'
import { projectorView } from './components/classroom/projector-lazy'
import { embedView } from './components/layout/embed-lazy'
import {
  DEFAULT_ELECTION_ID,
  electionsNamedIn,
  ensureElection,
  loadElectionLocale,
} from './elections/catalog'
import { loadStory } from './elections/story-catalog'
import { loadLocale, registerLocaleLoader } from './i18n/load-locale'
import { isLocale } from './i18n/locales'
import { startLocaleSync } from './i18n/locale-sync'
import {
  drawFromCurrentState,
  prerenderedLocale,
  restoreInlineStyles,
  revealScenario,
  showsPrerendered,
} from './prerender-page'
import { useLinkNoticeStore } from './scenario/link-notice-store'
import { loadScenarioData } from './scenario/scenario-data'
import {
  STORAGE_KEY,
  lastSavedQuery,
  startScenarioSaving,
  useSavedScenarios,
} from './scenario/scenario-storage'
import { useScenarioStore } from './scenario/scenario-store'
import { startThemeSync } from './scenario/theme-sync'
import { isPacked, loadPacking } from './scenario/link-packing'
import { currentLinkQuery, startUrlSync } from './scenario/url-sync'
import './fonts.css'
import './theme.css'
import './styles.css'
import './prerender.css'
// The picture's code loads after the first screen, but the built page shows the hemicycle at once.
import './components/charts/hemicycle.css'

// A press on the built page before React has taken it over is held, and made again once it has.
const rootElement = document.getElementById('root')
const earlyPresses = rootElement ? holdEarlyPresses(rootElement) : null

/**
 * Shows what the anti-flash script hid, once the first screen is in the page; then makes again
 * the presses made before the app could take them.
 */
// The entry module is never hot-swapped, so a component here costs nothing.
// eslint-disable-next-line react-refresh/only-export-components
function Drawn({ children }: { children: ReactNode }) {
  useLayoutEffect(() => revealScenario(), [])
  useEffect(() => void earlyPresses?.replay(takenOver), [])
  return children
}

function render(): void {
  const root = document.getElementById('root')
  if (!root) return
  const app = (
    <StrictMode>
      <Drawn>
        <App />
      </Drawn>
    </StrictMode>
  )
  const pageLocale = prerenderedLocale(root)
  // A built page holds the opening scenario in its language. When the link, this device or the
  // reader's language chose exactly that (and nothing else on screen differs: no notice about
  // the link, no recent scenarios), the app takes over that HTML; otherwise it draws afresh, in
  // one synchronous pass, so no frame shows the container empty.
  const hydrate =
    pageLocale !== null &&
    !framedByAnotherSite() &&
    showsPrerendered(useScenarioStore.getState(), pageLocale) &&
    useLinkNoticeStore.getState().notice === null &&
    useSavedScenarios.getState().recent.length === 0
  if (hydrate) {
    drawFromCurrentState(useScenarioStore)
    restoreInlineStyles(root)
    // From here React's own handlers take the presses.
    earlyPresses?.stop()
    hydrateRoot(root, app)
  } else {
    // With the rest of the first screen's code here, the first render draws the whole page.
    void restLoaded.then(() => {
      earlyPresses?.stop()
      const fresh = createRoot(root)
      root.replaceChildren()
      flushSync(() => fresh.render(app))
    })
  }
}

/**
 * Start-up, in order: the reader's language (a language in the link wins over the remembered or
 * browser one) and theme; the link's scenario, which then follows every change (a plain address
 * opens the last scenario kept on this device); then, before the first render and only what it
 * needs, the reader's language (messages and the election's names in it) and the story or the
 * challenges when the scenario is on a story step or a challenge (otherwise they load on their
 * own, after the first screen). Should loading fail (offline, nothing cached), the page renders
 * all the same and the error is reported.
 */
async function start(): Promise<void> {
  // IndexedDB's code and the parliaments kept there load beside the language, not before it.
  const keeper = import('./scenario/parliament-keeper')
  const keptParliaments = keeper.then((m) => m.loadKeptParliaments()).catch(() => 0)
  registerLocaleLoader(loadElectionLocale)
  startLocaleSync()
  startThemeSync()
  // Before the link is read: the language it will show in (its warnings name lists in it) and,
  // for a story step's link, the story, which holds the step's coalitions; and the parliaments too
  // large for a link that this device keeps, which links and saved scenarios name.
  // A share page's path (story/3/) becomes the query link it stands for, before it is read.
  if (/\/(story|challenge)\/[^/]+\/?$/.test(window.location.pathname)) {
    await import('./scenario/share-link').then((m) => m.openSharePagePath()).catch(() => {})
  }
  // A packed link (a long scenario, in the fragment) needs the packing code to be read.
  if (isPacked(window.location.search)) await loadPacking().catch(() => {})
  const query = currentLinkQuery(window)
  const link = new URLSearchParams(query)
  const stored = storedText()
  const linked = link.get('l')
  await Promise.all([
    loadLocale(isLocale(linked) ? linked : useScenarioStore.getState().locale).catch(() => {}),
    link.has('st') ? loadStory(link.get('e') ?? DEFAULT_ELECTION_ID).catch(() => {}) : null,
    // The parliaments other than 2018's that the link or this device's scenarios name load
    // before they are read (13–23 KB gzip each).
    ...electionsNamedIn(`${query}\n${stored}`).map((id) => ensureElection(id).catch(() => {})),
    // Waited for only when the link or a scenario kept on this device names one: the saved
    // scenarios are read against them, and Recent lists an entry only once its parliament is in.
    namesKeptParliament(link, stored) ? keptParliaments : null,
  ])
  startUrlSync(undefined, undefined, undefined, { fallback: () => lastSavedQuery() })
  // A frame on another site keeps nothing on the device: its scenario lives in its address.
  if (!isEmbedded()) startScenarioSaving()
  void keeper.then((m) => m.startParliamentKeeping()).catch(() => {})
  await Promise.all([
    loadLocale(useScenarioStore.getState().locale),
    loadScenarioData(useScenarioStore.getState()),
    useScenarioStore.getState().view === 'projector' ? projectorView.preload() : null,
    useScenarioStore.getState().view === 'embed' ? embedView.preload() : null,
    useScenarioStore.getState().storyStep !== null ? storyPlayer.preload() : null,
    useScenarioStore.getState().challengeId !== null
      ? Promise.all([challengeStatus.preload(), challengePanel.preload()])
      : null,
  ])
}

// What a first press does not need (the picture, the header, toolbar and tabs) and the chart's
// code (Recharts, the largest chunk) load beside the language's messages: a built page is taken
// over before they arrive (React keeps their HTML until their code is here, and replays a press
// made on them meanwhile), and a page drawn afresh waits for them (see render()).
const restLoaded = Promise.all([picture.preload(), preloadControls()]).catch(() => {})
preloadChart().catch(() => {})

/** The scenarios kept on this device, as stored text (empty where storage is closed). */
function storedText(): string {
  try {
    return window.localStorage.getItem(STORAGE_KEY) ?? ''
  } catch {
    return ''
  }
}

/** Whether a link, or a scenario saved on this device, names a kept parliament (`pf`). */
function namesKeptParliament(link: URLSearchParams, stored: string): boolean {
  // The saved entries are read against the kept parliaments, so look at the stored text itself.
  return link.has('pf') || stored.includes('pf=')
}

/** The embed view (vw=embed): another site's page frames this one. */
function isEmbedded(): boolean {
  return useScenarioStore.getState().view === 'embed'
}

const started = start()
started.then(render, (error: unknown) => {
  render()
  throw error
})

// Offline support waits for the reader to use the page (see pwa.ts): its code comes later too, so
// a press or a key made before it arrives is noted here.
let used = false
const noteUse = () => {
  used = true
}
window.addEventListener('pointerdown', noteUse, { capture: true, passive: true, once: true })
window.addEventListener('keydown', noteUse, { capture: true, once: true })
// Not in the embed view: a host page's visitors should not fetch the whole app for offline use.
void started
  .catch(() => {})
  .then(() => (isEmbedded() ? null : import('./pwa')))
  .then((pwa) => {
    window.removeEventListener('pointerdown', noteUse, true)
    window.removeEventListener('keydown', noteUse, true)
    pwa?.startOfflineSupport({ used })
  })

/// <reference types="vite-plugin-pwa/vanillajs" />
/**
 * Offline support: registers the service worker that vite-plugin-pwa generates (it precaches the
 * built app, fonts included) and tells the UI once the app is available offline.
 */
import { useSyncExternalStore } from 'react'

/**
 * - `unsupported`: no service worker (development, an old browser, or a page not served over
 *   HTTPS or localhost).
 * - `preparing`: registered, still caching the app.
 * - `ready`: everything is cached; the app works offline from now on.
 */
export type OfflineStatus = 'unsupported' | 'preparing' | 'ready'

let status: OfflineStatus = 'unsupported'
const listeners = new Set<() => void>()

function setStatus(next: OfflineStatus) {
  if (next === status) return
  status = next
  for (const listener of listeners) listener()
}

function subscribe(listener: () => void) {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** Where offline support stands; re-renders when it changes. */
export function useOfflineStatus(): OfflineStatus {
  return useSyncExternalStore(
    subscribe,
    () => status,
    () => 'unsupported',
  )
}

/** A reader who has not touched the page by then gets offline support all the same. */
export const OFFLINE_SETUP_DELAY_MS = 30_000

/**
 * Registers the service worker (production builds only; never in the dev server), which then
 * precaches the whole app, fonts included. A first visit only downloads what its page shows: the
 * rest of the app (the other language, the tabs' panels, file import) is fetched for offline use
 * once the reader starts using the page (a press or a key), leaves it for another tab, or after
 * OFFLINE_SETUP_DELAY_MS; a returning visitor, whose worker is already there, registers at once
 * (which only checks for an update).
 */
export function startOfflineSupport({ used = false }: { used?: boolean } = {}): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return
  const sw = navigator.serviceWorker
  if (sw.controller) setStatus('ready')
  let started = false
  const triggers = ['pointerdown', 'keydown'] as const
  const begin = () => {
    if (started) return
    started = true
    for (const type of triggers) window.removeEventListener(type, begin, true)
    document.removeEventListener('visibilitychange', onHidden)
    window.clearTimeout(timer)
    register(sw)
  }
  const onHidden = () => {
    if (document.visibilityState === 'hidden') begin()
  }
  for (const type of triggers)
    window.addEventListener(type, begin, { capture: true, passive: true })
  document.addEventListener('visibilitychange', onHidden)
  const timer = window.setTimeout(begin, OFFLINE_SETUP_DELAY_MS)
  // `used`: the reader pressed or typed before this code arrived.
  if (sw.controller || used) begin()
}

function register(sw: ServiceWorkerContainer): void {
  if (status !== 'ready') setStatus('preparing')
  // `ready` resolves once a worker is active, i.e. after it has precached every file, on the
  // first visit as on later ones.
  void sw.ready.then(() => setStatus('ready'))
  void import('virtual:pwa-register').then(({ registerSW }) =>
    registerSW({
      onOfflineReady: () => setStatus('ready'),
      onRegisterError: () => setStatus('unsupported'),
    }),
  )
}

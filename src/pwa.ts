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

/**
 * Registers the service worker once the page has loaded, in production builds only, so that
 * precaching never competes with the first load and the dev server is never cached.
 */
export function startOfflineSupport(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return
  setStatus('preparing')
  // `ready` resolves once a worker is active, i.e. after it has precached every file, on the
  // first visit as on later ones.
  void navigator.serviceWorker.ready.then(() => setStatus('ready'))
  void import('virtual:pwa-register').then(({ registerSW }) =>
    registerSW({
      onOfflineReady: () => setStatus('ready'),
      onRegisterError: () => setStatus('unsupported'),
    }),
  )
}

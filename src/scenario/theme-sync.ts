/**
 * The reader's theme: remembered on this device and applied to the page as
 * `<html data-theme="light|dark">` (no attribute for 'system', so `prefers-color-scheme` decides).
 * src/theme.css holds the colours. Storage can be missing, full or forbidden: every access is
 * guarded, and a failure only means the choice is not remembered.
 */
import type { StoreApi } from 'zustand'
import { THEMES, type ScenarioStore, type Theme, useScenarioStore } from './scenario-store'

/** Where the reader's theme is remembered. */
export const THEME_STORAGE_KEY = 'kutla.theme'

function isTheme(value: unknown): value is Theme {
  return THEMES.some((t) => t === value)
}

/** The remembered theme, or null when none is (or storage cannot be read). */
export function readStoredTheme(): Theme | null {
  try {
    const value = globalThis.localStorage?.getItem(THEME_STORAGE_KEY) ?? null
    return isTheme(value) ? value : null
  } catch {
    return null
  }
}

/** Remembers the reader's theme; 'system' forgets any earlier choice. */
export function storeTheme(theme: Theme): void {
  try {
    if (theme === 'system') globalThis.localStorage?.removeItem(THEME_STORAGE_KEY)
    else globalThis.localStorage?.setItem(THEME_STORAGE_KEY, theme)
  } catch {
    // Not remembered this time; the page keeps working.
  }
}

/** Sets or removes `data-theme` on the root element. */
export function applyTheme(theme: Theme, root: HTMLElement = document.documentElement): void {
  if (theme === 'system') root.removeAttribute('data-theme')
  else root.setAttribute('data-theme', theme)
}

type ThemedStore = Pick<StoreApi<ScenarioStore>, 'getState' | 'subscribe'>

/**
 * Starts with the remembered theme (call before the link is opened: a `th` in the link wins),
 * then keeps `<html data-theme>` in step with the store. Returns a function that stops it.
 *
 * @example const stop = startThemeSync() // in main.tsx, before startUrlSync()
 */
export function startThemeSync(
  store: ThemedStore = useScenarioStore,
  root: HTMLElement = document.documentElement,
): () => void {
  const stored = readStoredTheme()
  if (stored !== null && stored !== store.getState().theme) store.getState().setTheme(stored)
  applyTheme(store.getState().theme, root)
  return store.subscribe((state, prev) => {
    if (state.theme !== prev.theme) applyTheme(state.theme, root)
  })
}

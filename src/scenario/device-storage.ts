/**
 * The device's storage, reached without ever throwing: localStorage for the saved scenarios
 * (missing, forbidden, full or refusing, it reads as nothing and writes as false), the last saved
 * scenario's link for a plain address, and sessionStorage for this tab's id. What the stored text
 * means is in saved-scenarios.ts.
 */
import { ENTRY_ID, STORAGE_KEY, readSaved } from './saved-scenarios'

/** The part of the Web Storage API used here (localStorage, or a stand-in in tests). */
export interface KeyValueStorage {
  getItem: (key: string) => string | null
  setItem: (key: string, value: string) => void
}

/**
 * The page's localStorage, or null where there is none or touching it throws (storage disabled,
 * sandboxed frames, some private modes).
 */
export function browserStorage(): KeyValueStorage | null {
  try {
    return globalThis.localStorage ?? null
  } catch {
    return null
  }
}

/** The stored text, or null when there is none or reading fails. Never throws. */
export function readSavedText(storage: KeyValueStorage | null): string | null {
  try {
    return storage?.getItem(STORAGE_KEY) ?? null
  } catch {
    return null
  }
}

/** Writes the text; false when there is no storage or it refuses (quota full, private mode). */
export function writeSavedText(storage: KeyValueStorage | null, text: string): boolean {
  if (!storage) return false
  try {
    storage.setItem(STORAGE_KEY, text)
    return true
  } catch {
    return false
  }
}

/**
 * The query of the last saved scenario, if one can be read and still opens; else null.
 * Never throws. Given to startUrlSync as the fallback for a plain address.
 */
export function lastSavedQuery(storage: KeyValueStorage | null = browserStorage()): string | null {
  return readSaved(readSavedText(storage)).last?.query ?? null
}

/** A short random id for a recent entry or a tab. */
export function randomId(): string {
  return Math.random().toString(36).slice(2, 12) || 'entry'
}

/** The sessionStorage key of this tab's id. */
export const TAB_KEY = 'kutla.tab'

/**
 * The page's sessionStorage (one per tab, kept across reloads), or null where there is none or
 * touching it throws.
 */
export function browserSessionStorage(): KeyValueStorage | null {
  try {
    return globalThis.sessionStorage ?? null
  } catch {
    return null
  }
}

/**
 * This tab's id: kept in sessionStorage, so a reload keeps it and another tab has its own. Where
 * sessionStorage is missing or refuses, a new id for this page. Never throws.
 *
 * @example sessionTabId() // 'k3v9x0q2ab' (the same after a reload of this tab)
 */
export function sessionTabId(
  storage: KeyValueStorage | null = browserSessionStorage(),
  newId: () => string = randomId,
): string {
  try {
    const known = storage?.getItem(TAB_KEY)
    if (known && ENTRY_ID.test(known)) return known
    const id = newId()
    storage?.setItem(TAB_KEY, id)
    return id
  } catch {
    return newId()
  }
}

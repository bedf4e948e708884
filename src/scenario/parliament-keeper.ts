/**
 * Keeps on this device, in IndexedDB, each parliament of one's own too large to travel in a link,
 * under the content hash its links name (`pf=<hash>`), so a reload, the plain address and Recent
 * scenarios all bring it back. A kept record holds the parliament's link parameters, so it is read
 * back through the link decoder and checked like any link: validation has one home. Storage can
 * be missing, refused or hold anything: nothing here throws.
 */
import { createStore, del, entries, set } from 'idb-keyval'
import type { StoreApi } from 'zustand'
import { CUSTOM_PARLIAMENT_ID } from '../elections/own-parliament'
import type { Election } from '../elections/types'
import { keptParliament, rememberParliament, useKeptParliamentStatus } from './kept-parliaments'
import { type ScenarioStore, useScenarioStore } from './scenario-store'
import {
  fitsInLink,
  ownParliamentFromLink,
  ownParliamentParams,
  parliamentHash,
} from './url-parliament'

/** The version written into every record. Bump it when a record's meaning changes. */
export const KEPT_VERSION = 1
/** At most this many parliaments are kept; the least recently used go first. */
export const MAX_KEPT = 30
/** A record longer than this is not one Kutla wrote (1,000 lists of 100-letter Arabic names fit). */
const MAX_RECORD_CHARS = 2_000_000
const HASH_KEY = /^[0-9a-f]{16}$/

/** One kept parliament. */
export interface KeptRecord {
  v: typeof KEPT_VERSION
  /** The parliament's link parameters (`pt=…&pp=…`), as a link would carry it whole. */
  params: string
  /** When it was last kept or opened, in milliseconds since 1970 (UTC). */
  usedAt: number
}

/** The part of an asynchronous key-value store used here (IndexedDB, or a stand-in in tests). */
export interface ParliamentShelf {
  entries: () => Promise<[IDBValidKey, unknown][]>
  set: (key: string, value: KeptRecord) => Promise<void>
  del: (key: string) => Promise<void>
}

let defaultShelf: ParliamentShelf | null | undefined

/** IndexedDB (database `kutla`, store `parliaments`), or null where the browser has none. */
export function browserShelf(): ParliamentShelf | null {
  if (defaultShelf !== undefined) return defaultShelf
  try {
    if (typeof indexedDB === 'undefined') return (defaultShelf = null)
    const store = createStore('kutla', 'parliaments')
    defaultShelf = {
      entries: () => entries(store),
      set: (key, value) => set(key, value, store),
      del: (key) => del(key, store),
    }
  } catch {
    defaultShelf = null
  }
  return defaultShelf
}

/** The parliament a record holds, or null if it is not a valid record. */
export function readRecord(value: unknown): Election | null {
  if (typeof value !== 'object' || value === null) return null
  const { v, params } = value as Partial<KeptRecord>
  if (v !== KEPT_VERSION || typeof params !== 'string' || params.length > MAX_RECORD_CHARS) {
    return null
  }
  // Read like a link's parameters, but whole: a link's 20,000-character cut does not apply, and a
  // record with anything to ignore is not one Kutla wrote.
  let clean = true
  const read = ownParliamentFromLink(
    new URLSearchParams(params),
    { elections: [], errors: [] },
    () => (clean = false),
    () => undefined,
  )
  return read.ok && clean && new URLSearchParams(params).has('pp') ? read.parliament : null
}

/**
 * Reads every kept parliament into the index links are read against. Call before the link is
 * read. Resolves (never rejects) with how many were read; records that fail their checks are
 * skipped.
 */
export async function loadKeptParliaments(
  shelf: ParliamentShelf | null = browserShelf(),
): Promise<number> {
  if (!shelf) return 0
  let count = 0
  try {
    const all = await shelf.entries()
    all.sort((a, b) => usedAt(a[1]) - usedAt(b[1]))
    for (const [key, value] of all) {
      const parliament = typeof key === 'string' && HASH_KEY.test(key) ? readRecord(value) : null
      if (!parliament) continue
      rememberParliament(key as string, parliament)
      count++
    }
  } catch {
    // Storage refused: links to large parliaments then open only while this page is open.
  }
  return count
}

function usedAt(value: unknown): number {
  const t = (value as Partial<KeptRecord> | null)?.usedAt
  return typeof t === 'number' && Number.isFinite(t) ? t : 0
}

/**
 * Keeps a parliament under its hash: at once in the index (so this page's links open), then on
 * the device, forgetting the least recently used beyond MAX_KEPT. Resolves with false where the
 * device refuses.
 */
export async function keepParliament(
  parliament: Election,
  shelf: ParliamentShelf | null = browserShelf(),
  now: () => number = Date.now,
): Promise<boolean> {
  const hash = parliamentHash(parliament)
  rememberParliament(hash, keptParliament(hash) ?? parliament)
  if (!shelf) return false
  try {
    await shelf.set(hash, {
      v: KEPT_VERSION,
      params: ownParliamentParams(parliament).toString(),
      usedAt: now(),
    })
    const all = await shelf.entries()
    if (all.length > MAX_KEPT) {
      all.sort((a, b) => usedAt(b[1]) - usedAt(a[1]))
      for (const [key] of all.slice(MAX_KEPT)) if (typeof key === 'string') await shelf.del(key)
    }
    return true
  } catch {
    return false
  }
}

/**
 * Keeps every parliament of one's own the store shows that is too large for a link, as soon as
 * it is shown (imported, opened from a link or from Recent); where the device refuses, sets
 * `cannotKeep` (kept-parliaments.ts) so the interface can say so. Returns a function that stops.
 *
 * @example const stop = startParliamentKeeping() // in main.tsx, with the other savers
 */
export function startParliamentKeeping(
  store: Pick<StoreApi<ScenarioStore>, 'getState' | 'subscribe'> = useScenarioStore,
  shelf: ParliamentShelf | null = browserShelf(),
  now: () => number = Date.now,
): () => void {
  const kept = new WeakSet<Election>()
  const check = (state: ScenarioStore) => {
    const own = state.electionId === CUSTOM_PARLIAMENT_ID ? state.customParliament : null
    if (!own || kept.has(own) || fitsInLink(own)) return
    kept.add(own)
    void keepParliament(own, shelf, now).then((ok) => {
      if (!ok) useKeptParliamentStatus.setState({ cannotKeep: true })
    })
  }
  check(store.getState())
  return store.subscribe((state, prev) => {
    if (state.customParliament !== prev.customParliament || state.electionId !== prev.electionId) {
      check(state)
    }
  })
}

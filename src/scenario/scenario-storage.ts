/**
 * Keeps the scenario on this device: the last one (reopened on a plain address) and the ten most
 * recent distinct ones, to reopen or delete. An entry stores the scenario's link (the query string
 * url-codec.ts writes) with a format version and a date, so a stored entry is read and checked
 * exactly like a link: validation has one home. Storage can be missing, forbidden, full or hold
 * anything an earlier version (or another program) wrote: reading and writing never throw.
 *
 * This module is the saver and what the interface reads of it; the entries and their checks are
 * in saved-scenarios.ts, the guarded storage access in device-storage.ts.
 */
import { type StoreApi, create } from 'zustand'
import {
  type KeyValueStorage,
  browserSessionStorage,
  browserStorage,
  randomId,
  readSavedText,
  sessionTabId,
  writeSavedText,
} from './device-storage'
import {
  STORAGE_KEY,
  STORAGE_VERSION,
  type SavedScenario,
  isBlank,
  openSaved,
  readSaved,
  scenarioQuery,
  withEntry,
  withoutEntry,
  writeSaved,
} from './saved-scenarios'
import {
  type ScenarioState,
  type ScenarioStore,
  pickScenario,
  useScenarioStore,
} from './scenario-store'
import { decodeScenario } from './url-codec'

// What main.tsx and the recent-scenarios list name from here; the rest is imported from its module.
export { STORAGE_KEY } from './saved-scenarios'
export type { SavedScenario } from './saved-scenarios'
export { type KeyValueStorage, lastSavedQuery } from './device-storage'

/** A burst of changes closer together than this is saved once, after it ends. */
export const SAVE_DELAY_MS = 500

interface SavedScenariosState {
  /** Recent scenarios, newest first, as last read or written. */
  recent: readonly SavedScenario[]
  /** The recent entry the scenario on screen is saved into, if any. */
  currentId: string | null
  /** True once saving has failed; stays true for the visit, so the reader is told once. */
  cannotSave: boolean
  /** True once the reader dismissed the note about saving. */
  noticeDismissed: boolean
  /** Opens a recent scenario (no-op until saving starts). */
  open: (id: string) => void
  /** Deletes a recent scenario (no-op until saving starts). */
  remove: (id: string) => void
  dismissNotice: () => void
}

export const useSavedScenarios = create<SavedScenariosState>()((set) => ({
  recent: [],
  currentId: null,
  cannotSave: false,
  noticeDismissed: false,
  open: () => {},
  remove: () => {},
  dismissNotice: () => set({ noticeDismissed: true }),
}))

type SavedStore = Pick<StoreApi<ScenarioStore>, 'getState' | 'subscribe'>

export interface SavingOptions {
  store?: SavedStore
  /** Where entries go; null behaves like storage that refuses every write. */
  storage?: KeyValueStorage | null
  /** For the page events that flush a pending save (pagehide, hidden tab). */
  win?: Pick<Window, 'addEventListener' | 'removeEventListener'> & {
    document?: Pick<Document, 'visibilityState'>
  }
  delayMs?: number
  now?: () => number
  newId?: () => string
  /** This tab's id (sessionTabId() unless given). */
  tabId?: string
}

export interface Saving {
  /** Saves now if a save is pending. */
  flush: () => void
  stop: () => void
}

/**
 * Saves the scenario on every change, at most once per burst of changes (SAVE_DELAY_MS), and at
 * once when the page is hidden or closed. The newest recent entry follows the scenario while the
 * reader works on it; a blank scenario (Reset, or every coalition emptied) ends it, and opening a
 * recent entry continues that one. The first failed write sets `cannotSave`; the app keeps going.
 *
 * Each tab keeps its own line of work. An entry records the tab that saved it, and a tab writes
 * into an entry only while it is still as this tab last saw it: if another tab has written to it
 * since (or opened it from Recent), this tab goes on in a new entry, so neither tab's work is
 * overwritten. A tab that starts on another tab's scenario (the plain address reopens the most
 * recent one) saves nothing until it changes something, and then starts an entry of its own; a
 * reload of the same tab continues its own entry.
 *
 * @example const saving = startScenarioSaving() // in main.tsx, after startUrlSync
 */
export function startScenarioSaving(options: SavingOptions = {}): Saving {
  const store = options.store ?? useScenarioStore
  const storage = options.storage === undefined ? browserStorage() : options.storage
  const win = options.win ?? (typeof window === 'undefined' ? undefined : window)
  const delayMs = options.delayMs ?? SAVE_DELAY_MS
  const now = options.now ?? (() => Date.now())
  const newId = options.newId ?? randomId
  const tabId = options.tabId ?? sessionTabId(browserSessionStorage(), newId)
  const status = useSavedScenarios

  const read = () => readSaved(readSavedText(storage))
  let timer: ReturnType<typeof setTimeout> | null = null
  /** Set when the scenario went blank since the last save: the next one starts a new entry. */
  let endEntry = false

  // The scenario on screen continues this tab's recent entry with the same link, if there is one
  // (after a reload, a restored scenario, or a link to a scenario saved before). Another tab's
  // entry is left to it.
  const start = read()
  const startQuery = scenarioQuery(store.getState())
  const startEntry = start.recent.find(
    (e) => e.query === startQuery && (e.tab === undefined || e.tab === tabId),
  )
  let currentId: string | null = startEntry?.id ?? null
  /** The query of the current entry as this tab last saw it stored. */
  let seenQuery: string | null = startEntry?.query ?? null
  status.setState({ recent: start.recent, currentId })

  /**
   * Saves the scenario into the current entry. `claim`: the reader opened that entry here, so this
   * tab continues it whoever saved it last.
   */
  function save(state: ScenarioState = store.getState(), claim = false): void {
    if (timer !== null) clearTimeout(timer)
    timer = null
    const scenario = pickScenario(state)
    const query = scenarioQuery(scenario)
    const blank = isBlank(scenario)
    // Read again before writing, so entries saved meanwhile by another tab are kept.
    const saved = read()
    if (blank || endEntry) currentId = null
    endEntry = false
    const stored = currentId === null ? undefined : saved.recent.find((e) => e.id === currentId)
    const takenOver =
      stored !== undefined &&
      !claim &&
      (stored.query !== seenQuery || (stored.tab !== undefined && stored.tab !== tabId))
    if (takenOver) currentId = null
    if (!blank && currentId === null) currentId = newId()
    const decoded = decodeScenario(query)
    if (!decoded.ok) return
    const entry: SavedScenario = {
      v: STORAGE_VERSION,
      id: currentId ?? 'last',
      query,
      savedAt: now(),
      tab: tabId,
      scenario: decoded.scenario,
    }
    const next = withEntry(saved, entry, !blank)
    if (!writeSavedText(storage, writeSaved(next))) {
      status.setState({ cannotSave: true, currentId })
      return
    }
    seenQuery = blank ? null : query
    status.setState({ recent: next.recent, currentId })
  }

  /** Makes a scenario already listed the last one (reopened by the plain address). */
  function markLast(query: string): void {
    const saved = read()
    if (saved.last?.query === query) return
    const decoded = decodeScenario(query)
    if (!decoded.ok) return
    const last: SavedScenario = {
      v: STORAGE_VERSION,
      id: 'last',
      query,
      savedAt: now(),
      tab: tabId,
      scenario: decoded.scenario,
    }
    if (!writeSavedText(storage, writeSaved({ ...saved, last })))
      status.setState({ cannotSave: true })
  }

  function schedule(): void {
    if (timer !== null) clearTimeout(timer)
    timer = setTimeout(save, delayMs)
  }

  function flush(): void {
    if (timer !== null) save()
  }
  const flushOnEvent = () => flush()

  const unsubscribe = store.subscribe((state, prev) => {
    if (scenarioQuery(state) === scenarioQuery(prev)) return
    // Going blank ends the entry at once, so a list pressed right after Reset starts a new one;
    // the work just before it is saved first.
    if (isBlank(state) && !isBlank(prev)) {
      if (timer !== null) save(prev)
      endEntry = true
    }
    schedule()
  })

  const onHide = () => {
    if (win?.document?.visibilityState === 'hidden') flush()
  }
  // Another tab saved: show its entries too.
  const onStorage = (event: Event) => {
    if ((event as StorageEvent).key === STORAGE_KEY) status.setState({ recent: read().recent })
  }
  win?.addEventListener('pagehide', flushOnEvent)
  win?.addEventListener('visibilitychange', onHide)
  win?.addEventListener('storage', onStorage)

  status.setState({
    open(id) {
      const entry = read().recent.find((e) => e.id === id)
      if (!entry) {
        status.setState({ recent: read().recent })
        return
      }
      flush()
      currentId = entry.id
      store.getState().loadScenario(openSaved(pickScenario(store.getState()), entry.scenario))
      save(store.getState(), true)
    },
    remove(id) {
      flush()
      if (id === currentId) currentId = null
      const next = withoutEntry(read(), id)
      if (!writeSavedText(storage, writeSaved(next))) status.setState({ cannotSave: true })
      status.setState({ recent: next.recent, currentId })
    },
  })

  // A scenario opened from a link is worth keeping too. One kept already (a link to a saved
  // scenario, or another tab's, which the plain address reopened) only becomes the last one: its
  // entry stays with the tab that saved it.
  if (!isBlank(store.getState())) {
    if (start.recent.some((e) => e.query === startQuery)) markLast(startQuery)
    else schedule()
  }

  return {
    flush,
    stop() {
      if (timer !== null) clearTimeout(timer)
      timer = null
      unsubscribe()
      win?.removeEventListener('pagehide', flushOnEvent)
      win?.removeEventListener('visibilitychange', onHide)
      win?.removeEventListener('storage', onStorage)
      status.setState({ open: () => {}, remove: () => {} })
    },
  }
}

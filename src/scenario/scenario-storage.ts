/**
 * Keeps the scenario on this device: the last one (reopened on a plain address) and the ten most
 * recent distinct ones, to reopen or delete. An entry stores the scenario's link (the query string
 * url-codec.ts writes) with a format version and a date, so a stored entry is read and checked
 * exactly like a link: validation has one home. Storage can be missing, forbidden, full or hold
 * anything an earlier version (or another program) wrote: reading and writing never throw.
 */
import { type StoreApi, create } from 'zustand'
import type { ElectionCatalog } from '../elections/catalog'
import {
  READER_SETTINGS,
  type ScenarioState,
  type ScenarioStore,
  initialScenario,
  pickScenario,
  readerSettings,
  useScenarioStore,
} from './scenario-store'
import { LINK_FIELDS, MAX_QUERY_LENGTH, decodeScenario, encodeScenario } from './url-codec'

/** The one storage key: `{ format, last, recent }` as JSON. */
export const STORAGE_KEY = 'kutla.scenarios'
/** The version written into every entry as `v`. Bump it when an entry's meaning changes. */
export const STORAGE_VERSION = 1
/** How many scenarios "Recent scenarios" keeps. */
export const MAX_RECENT = 10
/** A burst of changes closer together than this is saved once, after it ends. */
export const SAVE_DELAY_MS = 500

/** What one stored entry holds. */
export interface StoredEntry {
  v: typeof STORAGE_VERSION
  /** Stable for the life of a recent entry, so edits update it in place. */
  id: string
  /** The scenario's link query (no `?`), without the reader's display settings. */
  query: string
  /** When it was saved, in milliseconds since 1970 (UTC). */
  savedAt: number
  /**
   * The tab that last saved it (its id in sessionStorage, see sessionTabId). Entries saved before
   * tabs were told apart have none.
   */
  tab?: string
}

/** A stored entry that passed validation, with the scenario its link decodes to. */
export interface SavedScenario extends StoredEntry {
  scenario: ScenarioState
}

/** Everything stored, as read back. */
export interface SavedScenarios {
  last: SavedScenario | null
  /** Newest first, at most MAX_RECENT, distinct queries. */
  recent: SavedScenario[]
  /**
   * Entries with a higher version than this build reads (written by a newer Kutla, e.g. in
   * another tab before this one updated): written back untouched rather than destroyed.
   */
  newer: unknown[]
}

export const EMPTY_SAVED: SavedScenarios = { last: null, recent: [], newer: [] }

/** More than twenty entries of the longest link could take: anything longer is not ours. */
const MAX_STORED_CHARS = 1_000_000
/** The largest time `Date` accepts: a larger `savedAt` would make date formatting throw. */
const MAX_TIME = 8_640_000_000_000_000

const ENTRY_ID = /^[a-z0-9-]{1,40}$/

/**
 * The entry's own fields if they have the right types and bounds (any other field is dropped),
 * else null. A plain check, not a schema: the page loads no schema library for it.
 */
function entryFields(value: unknown): StoredEntry | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null
  const { v, id, query, savedAt, tab } = value as Record<string, unknown>
  if (v !== STORAGE_VERSION) return null
  if (typeof id !== 'string' || !ENTRY_ID.test(id)) return null
  if (typeof query !== 'string' || query.length > MAX_QUERY_LENGTH) return null
  if (typeof savedAt !== 'number' || !Number.isInteger(savedAt)) return null
  if (savedAt < 0 || savedAt > MAX_TIME) return null
  // A tab id that is not one of ours is dropped, not the entry.
  return typeof tab === 'string' && ENTRY_ID.test(tab)
    ? { v, id, query, savedAt, tab }
    : { v, id, query, savedAt }
}

/** Display settings are the reader's, not the scenario's: entries never carry them. */
const READER_SETTING_SET: ReadonlySet<keyof ScenarioState> = new Set(READER_SETTINGS)
const READER_DEFAULTS = readerSettings(initialScenario())

/**
 * The query stored for a scenario: its link, without the language, digits, view and palette,
 * so two entries differ only when their scenarios do.
 *
 * @example scenarioQuery({ ...initialScenario(), locale: 'ar' }) // 'v=1'
 */
export function scenarioQuery(scenario: ScenarioState, from?: ElectionCatalog): string {
  return encodeScenario({ ...pickScenario(scenario), ...READER_DEFAULTS }, from)
}

/**
 * True when there is nothing worth listing: no coalition has a member and no seat is edited
 * (the opening state, or every coalition emptied). Saving a blank scenario ends the recent entry
 * being worked on, so the next coalition built starts a new one instead of overwriting it.
 */
export function isBlank(scenario: ScenarioState): boolean {
  return (
    scenario.coalitions.every((c) => c.partyIds.length === 0) &&
    Object.keys(scenario.seatEdits).length === 0
  )
}

/** One entry, checked like a link; null if anything is wrong with it. */
function readEntry(value: unknown, from?: ElectionCatalog): SavedScenario | null {
  const fields = entryFields(value)
  if (!fields) return null
  const decoded = decodeScenario(fields.query, from)
  return decoded.ok ? { ...fields, scenario: decoded.scenario } : null
}

function isNewerEntry(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false
  const v = (value as { v?: unknown }).v
  return typeof v === 'number' && Number.isInteger(v) && v > STORAGE_VERSION
}

/**
 * What the stored text holds. Never throws: text that is not JSON, an old or unknown shape, or an
 * entry that fails its checks (a bad date, a link that no longer opens) is left out. Recent
 * entries keep the first of any repeated id or query.
 *
 * @example readSaved(null) // { last: null, recent: [], newer: [] }
 * @example readSaved('{oops') // { last: null, recent: [], newer: [] }
 */
export function readSaved(raw: string | null, from?: ElectionCatalog): SavedScenarios {
  if (raw === null || raw.length > MAX_STORED_CHARS) return EMPTY_SAVED
  let data: unknown
  try {
    data = JSON.parse(raw)
  } catch {
    return EMPTY_SAVED
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return EMPTY_SAVED
  const { last, recent } = data as { last?: unknown; recent?: unknown }
  const out: SavedScenarios = { last: readEntry(last, from), recent: [], newer: [] }
  if (!Array.isArray(recent)) return out
  const ids = new Set<string>()
  const queries = new Set<string>()
  for (const value of recent.slice(0, MAX_RECENT * 2)) {
    if (isNewerEntry(value)) {
      if (out.newer.length < MAX_RECENT) out.newer.push(value)
      continue
    }
    const entry = readEntry(value, from)
    if (!entry || ids.has(entry.id) || queries.has(entry.query)) continue
    if (out.recent.length >= MAX_RECENT) continue
    ids.add(entry.id)
    queries.add(entry.query)
    out.recent.push(entry)
  }
  return out
}

/** The text stored for what is saved (the decoded scenarios are not stored: links are). */
export function writeSaved(saved: SavedScenarios): string {
  const plain = ({ v, id, query, savedAt, tab }: StoredEntry): StoredEntry =>
    tab === undefined ? { v, id, query, savedAt } : { v, id, query, savedAt, tab }
  return JSON.stringify({
    format: STORAGE_VERSION,
    last: saved.last && plain(saved.last),
    recent: [...saved.recent.map(plain), ...saved.newer],
  })
}

/**
 * Saved scenarios after saving `entry`: it becomes the last one, and, unless `listed` is false,
 * the newest recent one, replacing the entry with its id and any entry with the same query.
 *
 * @example withEntry(EMPTY_SAVED, entry).recent // [entry]
 */
export function withEntry(saved: SavedScenarios, entry: SavedScenario, listed = true) {
  const others = saved.recent.filter((e) => e.id !== entry.id && e.query !== entry.query)
  return {
    ...saved,
    last: entry,
    recent: listed ? [entry, ...others].slice(0, MAX_RECENT) : saved.recent,
  }
}

/** Saved scenarios without the recent entry `id` (the last scenario is kept). */
export function withoutEntry(saved: SavedScenarios, id: string): SavedScenarios {
  return { ...saved, recent: saved.recent.filter((e) => e.id !== id) }
}

/**
 * The scenario to show when a saved one is opened: what a link carries (LINK_FIELDS) from the
 * saved scenario, except the reader's display settings (language, digits, view, palette), which
 * stay as they are; fields no link carries stay as they are too.
 */
export function openSaved(current: ScenarioState, saved: ScenarioState): ScenarioState {
  const next: ScenarioState = { ...current }
  for (const field of LINK_FIELDS) {
    if (!READER_SETTING_SET.has(field)) Object.assign(next, { [field]: saved[field] })
  }
  return next
}

// ---------------------------------------------------------------------------------------------
// Storage access, guarded.

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
function readText(storage: KeyValueStorage | null): string | null {
  try {
    return storage?.getItem(STORAGE_KEY) ?? null
  } catch {
    return null
  }
}

/** Writes the text; false when there is no storage or it refuses (quota full, private mode). */
function writeText(storage: KeyValueStorage | null, text: string): boolean {
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
  return readSaved(readText(storage)).last?.query ?? null
}

// ---------------------------------------------------------------------------------------------
// The saver, and what the interface reads of it.

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

/** A short random id for a recent entry. */
function randomId(): string {
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

  const read = () => readSaved(readText(storage))
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
    if (!writeText(storage, writeSaved(next))) {
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
    if (!writeText(storage, writeSaved({ ...saved, last }))) status.setState({ cannotSave: true })
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
      if (!writeText(storage, writeSaved(next))) status.setState({ cannotSave: true })
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

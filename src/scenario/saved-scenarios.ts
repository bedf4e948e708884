/**
 * What is kept on this device, as data: the stored entries (a scenario's link query with a format
 * version, an id, a date and the tab that saved it), how the stored text is read back and checked
 * exactly like a link (readSaved: never throws, leaves out what fails), written (writeSaved), and
 * changed (withEntry, withoutEntry), and what opening a saved scenario shows (openSaved). Pure: the
 * storage itself is reached through device-storage.ts and the saver lives in scenario-storage.ts.
 */
import { type ElectionCatalog, indexEntry } from '../elections/catalog'
import type { LinkReason } from './link-problems'
import {
  READER_SETTINGS,
  type ScenarioState,
  initialScenario,
  pickScenario,
  readerSettings,
} from './scenario-state'
import { LINK_FIELDS, MAX_QUERY_LENGTH, decodeScenario, encodeScenario } from './url-codec'

/** The one storage key: `{ format, last, recent }` as JSON. */
export const STORAGE_KEY = 'kutla.scenarios'
/** The version written into every entry as `v`. Bump it when an entry's meaning changes. */
export const STORAGE_VERSION = 1
/** How many scenarios "Recent scenarios" keeps. */
export const MAX_RECENT = 10

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
  /**
   * Entries whose link needs what this page has not loaded (mayOpenLater: a parliament kept in
   * IndexedDB, another election whose data did not arrive): not listed, but written back
   * untouched, in their place by date, so a write made meanwhile loses none of them.
   */
  waiting: StoredEntry[]
}

export const EMPTY_SAVED: SavedScenarios = { last: null, recent: [], newer: [], waiting: [] }

/**
 * Whether a well-formed entry that does not open now may open later, so is kept: its parliament
 * is kept in IndexedDB, not read yet, or it names a shipped election whose data has not arrived.
 */
function mayOpenLater(reason: LinkReason, query: string): boolean {
  if (reason.code === 'parliament-elsewhere') return true
  const election = new URLSearchParams(query).get('e')
  return reason.code === 'unknown-election' && election !== null && !!indexEntry(election)
}

/** More than twenty entries of the longest link could take: anything longer is not ours. */
const MAX_STORED_CHARS = 1_000_000
/** The largest time `Date` accepts: a larger `savedAt` would make date formatting throw. */
const MAX_TIME = 8_640_000_000_000_000

/** The ids of entries and of tabs: short lowercase slugs. */
export const ENTRY_ID = /^[a-z0-9-]{1,40}$/

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

/**
 * One entry, checked like a link: the entry with its scenario, its plain fields where its link
 * needs what is not loaded yet (`waiting`), or null if anything is wrong with it.
 */
function readEntry(
  value: unknown,
  from?: ElectionCatalog,
): SavedScenario | { waiting: StoredEntry } | null {
  const fields = entryFields(value)
  if (!fields) return null
  const decoded = decodeScenario(fields.query, from)
  if (decoded.ok) return { ...fields, scenario: decoded.scenario }
  return mayOpenLater(decoded.reason, fields.query) ? { waiting: fields } : null
}

const opened = (read: ReturnType<typeof readEntry>): SavedScenario | null =>
  read && !('waiting' in read) ? read : null

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
  const out: SavedScenarios = {
    last: opened(readEntry(last, from)),
    recent: [],
    newer: [],
    waiting: [],
  }
  if (!Array.isArray(recent)) return out
  const ids = new Set<string>()
  const queries = new Set<string>()
  for (const value of recent.slice(0, MAX_RECENT * 2)) {
    if (isNewerEntry(value)) {
      if (out.newer.length < MAX_RECENT) out.newer.push(value)
      continue
    }
    const read = readEntry(value, from)
    const entry = read && 'waiting' in read ? read.waiting : read
    if (!entry || ids.has(entry.id) || queries.has(entry.query)) continue
    if (out.recent.length + out.waiting.length >= MAX_RECENT) continue
    ids.add(entry.id)
    queries.add(entry.query)
    if (read && 'waiting' in read) out.waiting.push(read.waiting)
    else out.recent.push(entry as SavedScenario)
  }
  return out
}

/** The recent entries to store: the listed ones with the waiting ones in their place by date. */
function storedRecent(saved: SavedScenarios): StoredEntry[] {
  const out: StoredEntry[] = [...saved.recent]
  for (const w of saved.waiting) {
    if (out.some((e) => e.id === w.id || e.query === w.query)) continue
    const at = out.findIndex((e) => e.savedAt < w.savedAt)
    out.splice(at === -1 ? out.length : at, 0, w)
  }
  return out.slice(0, MAX_RECENT)
}

/** The text stored for what is saved (the decoded scenarios are not stored: links are). */
export function writeSaved(saved: SavedScenarios): string {
  const plain = ({ v, id, query, savedAt, tab }: StoredEntry): StoredEntry =>
    tab === undefined ? { v, id, query, savedAt } : { v, id, query, savedAt, tab }
  return JSON.stringify({
    format: STORAGE_VERSION,
    last: saved.last && plain(saved.last),
    recent: [...storedRecent(saved).map(plain), ...saved.newer],
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
  return {
    ...saved,
    recent: saved.recent.filter((e) => e.id !== id),
    waiting: saved.waiting.filter((e) => e.id !== id),
  }
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

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createStore } from 'zustand/vanilla'
import { useLinkNoticeStore } from '../../src/scenario/link-notice-store'
import { lastSavedQuery } from '../../src/scenario/device-storage'
import {
  EMPTY_SAVED,
  STORAGE_KEY,
  readSaved,
  withEntry,
  writeSaved,
} from '../../src/scenario/saved-scenarios'
import {
  SAVE_DELAY_MS,
  type Saving,
  startScenarioSaving,
  useSavedScenarios,
} from '../../src/scenario/scenario-storage'
import {
  type ScenarioStore,
  initialScenario,
  useScenarioStore,
} from '../../src/scenario/scenario-store'
import { startUrlSync } from '../../src/scenario/url-sync'
import { MemoryStorage } from '../fixtures/memory-storage'
import { entry } from '../fixtures/saved-entry'

const store = useScenarioStore
const actions = () => store.getState()

// ---------------------------------------------------------------------------------------------

let storage: MemoryStorage
let saving: Saving | null = null
let ids = 0

function start(options: { storage?: MemoryStorage | null; tabId?: string } = {}) {
  saving = startScenarioSaving({
    storage: options.storage === undefined ? storage : options.storage,
    newId: () => `id${++ids}`,
    now: () => 1_780_000_000_000 + ids,
    tabId: options.tabId ?? 'tab-a',
  })
  return saving
}

beforeEach(() => {
  vi.useFakeTimers()
  storage = new MemoryStorage()
  ids = 0
  useSavedScenarios.setState(useSavedScenarios.getInitialState(), true)
})

afterEach(() => {
  saving?.stop()
  saving = null
  vi.useRealTimers()
})

const recentQueries = () => useSavedScenarios.getState().recent.map((e) => e.query)

describe('startScenarioSaving', () => {
  it('saves once after a burst of changes, and at once when the page is hidden', () => {
    start()
    actions().toggleParty('sairoon')
    actions().toggleParty('fatah')
    vi.advanceTimersByTime(SAVE_DELAY_MS - 1)
    expect(storage.writes).toBe(0)
    vi.advanceTimersByTime(1)
    expect(storage.writes).toBe(1)
    expect(lastSavedQuery(storage)).toBe('v=1&c=sairoon.fatah')

    actions().toggleParty('nasr')
    window.dispatchEvent(new Event('pagehide'))
    expect(storage.writes).toBe(2)
    expect(lastSavedQuery(storage)).toBe('v=1&c=sairoon.fatah.nasr')
  })

  it('lets the newest entry follow the work, and starts a new one after a reset', () => {
    start()
    actions().toggleParty('sairoon')
    saving!.flush()
    actions().toggleParty('fatah')
    saving!.flush()
    expect(recentQueries()).toEqual(['v=1&c=sairoon.fatah'])

    actions().reset()
    saving!.flush()
    expect(lastSavedQuery(storage)).toBe('v=1')
    expect(recentQueries()).toEqual(['v=1&c=sairoon.fatah'])

    actions().toggleParty('kdp')
    saving!.flush()
    expect(recentQueries()).toEqual(['v=1&c=kdp', 'v=1&c=sairoon.fatah'])
    expect(useSavedScenarios.getState().currentId).toBe('id2')
  })

  it('keeps the work done just before a reset, and starts anew with the next list pressed', () => {
    start()
    actions().toggleParty('sairoon')
    actions().toggleParty('fatah')
    actions().reset()
    actions().toggleParty('kdp')
    vi.runAllTimers()
    expect(recentQueries()).toEqual(['v=1&c=kdp', 'v=1&c=sairoon.fatah'])
  })

  it('does not save the reader’s language as a change of scenario', () => {
    start()
    actions().setLocale('ar')
    vi.runAllTimers()
    expect(storage.writes).toBe(0)
  })

  it('keeps the ten most recent different scenarios', () => {
    start()
    for (let i = 0; i < 13; i++) {
      actions().setPartySeats('nasr', i)
      saving!.flush()
      actions().reset()
      saving!.flush()
    }
    expect(recentQueries()).toHaveLength(10)
    expect(recentQueries()[0]).toBe('v=1&sd=nasr.12')
  })

  it('opens a recent scenario, keeping the reader’s language, and continues that entry', () => {
    start()
    actions().toggleParty('sairoon')
    saving!.flush()
    actions().reset()
    actions().toggleParty('kdp')
    saving!.flush()
    actions().setLocale('ar')
    const first = useSavedScenarios.getState().recent[1]!
    useSavedScenarios.getState().open(first.id)
    expect(actions().coalitions).toEqual([{ id: 'c1', name: '', partyIds: ['sairoon'] }])
    expect(actions().locale).toBe('ar')
    expect(useSavedScenarios.getState().currentId).toBe(first.id)

    actions().toggleParty('fatah')
    saving!.flush()
    expect(recentQueries()).toEqual(['v=1&c=sairoon.fatah', 'v=1&c=kdp'])
  })

  it('keeps what the link keeps: merged lists and their coalitions come back', () => {
    start()
    actions().mergeLists('sairoon', 'fatah', 'Sadr + Amiri')
    const merged = actions().listOps[0]!.id
    actions().toggleParty(merged)
    saving!.flush()
    const saved = useSavedScenarios.getState().recent[0]!
    actions().reset()
    actions().resetEdits()
    useSavedScenarios.getState().open(saved.id)
    expect(actions().listOps).toHaveLength(1)
    expect(actions().coalitions[0]?.partyIds).toEqual([merged])
  })

  it('deletes a recent scenario', () => {
    start()
    actions().toggleParty('sairoon')
    saving!.flush()
    const [only] = useSavedScenarios.getState().recent
    useSavedScenarios.getState().remove(only!.id)
    expect(recentQueries()).toEqual([])
    expect(readSaved(storage.getItem(STORAGE_KEY)).recent).toEqual([])
  })

  it('keeps entries another tab saved meanwhile', () => {
    start()
    actions().toggleParty('sairoon')
    saving!.flush()
    const other = readSaved(storage.getItem(STORAGE_KEY))
    storage.setItem(STORAGE_KEY, writeSaved(withEntry(other, entry('v=1&c=puk', 'tab2'))))
    window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY }))
    expect(recentQueries()).toEqual(['v=1&c=puk', 'v=1&c=sairoon'])
    actions().toggleParty('fatah')
    saving!.flush()
    expect(recentQueries()).toEqual(['v=1&c=sairoon.fatah', 'v=1&c=puk'])
  })

  it('continues the entry of the scenario it starts with (after a reload)', () => {
    storage.setItem(STORAGE_KEY, writeSaved(withEntry(EMPTY_SAVED, entry('v=1&c=nasr', 'kept'))))
    actions().toggleParty('nasr')
    start()
    expect(useSavedScenarios.getState().currentId).toBe('kept')
    actions().toggleParty('kdp')
    saving!.flush()
    expect(useSavedScenarios.getState().recent.map((e) => e.id)).toEqual(['kept'])
  })

  it('says once that it cannot save when storage refuses, and the app keeps working', () => {
    storage.refuse = true
    start()
    actions().toggleParty('sairoon')
    expect(() => saving!.flush()).not.toThrow()
    expect(useSavedScenarios.getState().cannotSave).toBe(true)
    useSavedScenarios.getState().dismissNotice()
    actions().toggleParty('fatah')
    saving!.flush()
    expect(actions().coalitions[0]?.partyIds).toEqual(['sairoon', 'fatah'])
    expect(useSavedScenarios.getState()).toMatchObject({ cannotSave: true, noticeDismissed: true })

    storage.refuse = false
    actions().toggleParty('nasr')
    saving!.flush()
    expect(lastSavedQuery(storage)).toBe('v=1&c=sairoon.fatah.nasr')
  })

  it('says so too where there is no storage at all', () => {
    start({ storage: null })
    actions().toggleParty('sairoon')
    saving!.flush()
    expect(useSavedScenarios.getState().cannotSave).toBe(true)
  })

  it('replaces a corrupted entry with a good one on the next save', () => {
    storage.setItem(STORAGE_KEY, '{"last": {"v": 1, "id": "x", "query": "v=1&c=')
    start()
    actions().toggleParty('sairoon')
    saving!.flush()
    expect(storage.stored()).toMatchObject({
      format: 1,
      last: { v: 1, query: 'v=1&c=sairoon' },
      recent: [{ v: 1, query: 'v=1&c=sairoon' }],
    })
  })
})

describe('startScenarioSaving in two tabs', () => {
  /** A second tab: its own store (opened on the same scenario) and its own saver. */
  function otherTab(tabId = 'tab-b') {
    const tabStore = createStore<ScenarioStore>()((set) => ({
      ...store.getState(),
      loadScenario: (scenario) => set(scenario),
    }))
    const tabSaving = startScenarioSaving({
      store: tabStore,
      storage,
      newId: () => `id${++ids}`,
      now: () => 1_780_000_000_000 + ids,
      tabId,
      win: { addEventListener() {}, removeEventListener() {} },
    })
    const press = (...ids: string[]) =>
      tabStore.setState({ coalitions: [{ id: 'c1', name: '', partyIds: ids }] })
    return { tabStore, tabSaving, press }
  }
  const stored = () => readSaved(storage.getItem(STORAGE_KEY))
  const storedQueries = () => stored().recent.map((e) => e.query)

  it('keeps the work of a tab that reopened the same scenario from the plain address', () => {
    start({ tabId: 'tab-a' })
    actions().toggleParty('sairoon')
    actions().toggleParty('fatah')
    saving!.flush()
    // Tab B opens the plain address: the same scenario, which it does not save again.
    const b = otherTab()
    b.tabSaving.flush()
    expect(storedQueries()).toEqual(['v=1&c=sairoon.fatah'])
    b.press('sairoon', 'fatah', 'nasr')
    b.tabSaving.flush()
    actions().toggleParty('kdp')
    saving!.flush()
    b.tabSaving.stop()
    expect(storedQueries()).toEqual(['v=1&c=sairoon.fatah.kdp', 'v=1&c=sairoon.fatah.nasr'])
    expect(stored().last?.query).toBe('v=1&c=sairoon.fatah.kdp')
  })

  it('keeps both lines of work whichever tab saves first', () => {
    start({ tabId: 'tab-a' })
    actions().toggleParty('sairoon')
    actions().toggleParty('fatah')
    saving!.flush()
    const b = otherTab()
    actions().toggleParty('kdp')
    saving!.flush()
    b.press('sairoon', 'fatah', 'nasr')
    b.tabSaving.flush()
    b.tabSaving.stop()
    expect(storedQueries().sort()).toEqual(['v=1&c=sairoon.fatah.kdp', 'v=1&c=sairoon.fatah.nasr'])
    expect(stored().last?.query).toBe('v=1&c=sairoon.fatah.nasr')
  })

  it('keeps both even in a copy of the tab that shares its id (a duplicated tab)', () => {
    start({ tabId: 'tab-a' })
    actions().toggleParty('sairoon')
    actions().toggleParty('fatah')
    saving!.flush()
    const copy = otherTab('tab-a')
    copy.press('sairoon', 'fatah', 'nasr')
    copy.tabSaving.flush()
    actions().toggleParty('kdp')
    saving!.flush()
    copy.tabSaving.stop()
    expect(storedQueries().sort()).toEqual(['v=1&c=sairoon.fatah.kdp', 'v=1&c=sairoon.fatah.nasr'])
  })

  it('lets a tab continue an entry it opens from Recent; the tab that had it goes on in a new one', () => {
    start({ tabId: 'tab-a' })
    actions().toggleParty('sairoon')
    saving!.flush()
    const [first] = stored().recent
    const b = otherTab()
    b.tabStore.setState({ coalitions: [{ id: 'c1', name: '', partyIds: [] }] })
    // The saver started last (B's) answers Recent's buttons.
    useSavedScenarios.getState().open(first!.id)
    expect(b.tabStore.getState().coalitions[0]?.partyIds).toEqual(['sairoon'])
    b.press('sairoon', 'nasr')
    b.tabSaving.flush()
    expect(stored().recent[0]).toMatchObject({ id: first!.id, query: 'v=1&c=sairoon.nasr' })
    actions().toggleParty('fatah')
    saving!.flush()
    b.tabSaving.stop()
    expect(storedQueries()).toEqual(['v=1&c=sairoon.fatah', 'v=1&c=sairoon.nasr'])
  })

  it('continues its own entry after a reload of the same tab, not another tab’s', () => {
    storage.setItem(
      STORAGE_KEY,
      writeSaved(
        withEntry(withEntry(EMPTY_SAVED, { ...entry('v=1&c=nasr', 'mine'), tab: 'tab-a' }), {
          ...entry('v=1&c=kdp', 'theirs'),
          tab: 'tab-b',
        }),
      ),
    )
    actions().toggleParty('nasr')
    start({ tabId: 'tab-a' })
    expect(useSavedScenarios.getState().currentId).toBe('mine')
    saving!.stop()

    actions().reset()
    actions().toggleParty('kdp')
    start({ tabId: 'tab-a' })
    expect(useSavedScenarios.getState().currentId).toBeNull()
    actions().toggleParty('puk')
    saving!.flush()
    expect(storedQueries()).toEqual(['v=1&c=kdp.puk', 'v=1&c=kdp', 'v=1&c=nasr'])
  })

  it('makes a listed scenario opened from a link the last one, leaving its entry as it was', () => {
    storage.setItem(
      STORAGE_KEY,
      writeSaved(
        withEntry(withEntry(EMPTY_SAVED, { ...entry('v=1&c=nasr', 'older'), tab: 'tab-b' }), {
          ...entry('v=1&c=kdp', 'newer'),
          tab: 'tab-b',
        }),
      ),
    )
    actions().toggleParty('nasr')
    start({ tabId: 'tab-a' })
    expect(stored().last?.query).toBe('v=1&c=nasr')
    expect(stored().recent.map((e) => [e.id, e.query, e.tab])).toEqual([
      ['newer', 'v=1&c=kdp', 'tab-b'],
      ['older', 'v=1&c=nasr', 'tab-b'],
    ])
  })

  it('writes the tab into each entry and reads it back', () => {
    start({ tabId: 'tab-a' })
    actions().toggleParty('sairoon')
    saving!.flush()
    expect(storage.stored()).toMatchObject({ recent: [{ tab: 'tab-a', query: 'v=1&c=sairoon' }] })
    expect(stored().recent[0]?.tab).toBe('tab-a')
  })
})

// ---------------------------------------------------------------------------------------------

describe('startUrlSync with a fallback', () => {
  let stop: (() => void) | null = null
  beforeEach(() => useLinkNoticeStore.setState({ notice: null }))
  afterEach(() => {
    stop?.()
    stop = null
  })

  function openAt(url: string, fallback: () => string | null) {
    window.history.replaceState(null, '', url)
    stop = startUrlSync(undefined, undefined, undefined, { fallback })
  }

  it('opens the last saved scenario on a plain address and writes its link', () => {
    actions().setLocale('ar')
    openAt('/#lists', () => 'v=1&c=sairoon.fatah*Core&sd=nasr.40')
    expect(actions().coalitions).toEqual([
      { id: 'c1', name: 'Core', partyIds: ['sairoon', 'fatah'] },
    ])
    expect(actions().seatEdits).toEqual({ nasr: 40 })
    expect(actions().locale).toBe('ar')
    expect(window.location.search + window.location.hash).toBe(
      '?v=1&c=sairoon.fatah*Core&sd=nasr.40&l=ar#lists',
    )
    expect(useLinkNoticeStore.getState().notice).toBeNull()
  })

  it('counts an address with only other sites’ parameters as plain', () => {
    openAt('/?utm_source=school', () => 'v=1&c=nasr')
    expect(actions().coalitions[0]?.partyIds).toEqual(['nasr'])
  })

  it('lets a link win: the fallback is not even asked', () => {
    const fallback = vi.fn(() => 'v=1&c=nasr')
    openAt('/?v=1&c=kdp', fallback)
    expect(fallback).not.toHaveBeenCalled()
    expect(actions().coalitions[0]?.partyIds).toEqual(['kdp'])
  })

  it('shows the opening scenario, with no notice, when the fallback is unreadable or throws', () => {
    openAt('/', () => 'v=9&c=nasr')
    expect(actions().coalitions).toEqual(initialScenario().coalitions)
    stop?.()
    openAt('/', () => {
      throw new Error('storage broke')
    })
    expect(window.location.search).toBe('?v=1')
    expect(useLinkNoticeStore.getState().notice).toBeNull()
  })

  it('opens, after a reload, what the saver kept', () => {
    const kept = new MemoryStorage()
    window.history.replaceState(null, '', '/')
    stop = startUrlSync()
    saving = startScenarioSaving({ storage: kept })
    actions().toggleParty('fatah')
    actions().renameCoalition('c1', 'Binaa <script>')
    window.dispatchEvent(new Event('pagehide'))
    stop()
    saving.stop()
    store.setState(store.getInitialState(), true)

    openAt('/', () => lastSavedQuery(kept))
    expect(actions().coalitions).toEqual([
      { id: 'c1', name: 'Binaa <script>', partyIds: ['fatah'] },
    ])
  })
})

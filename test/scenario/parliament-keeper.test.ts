import fc from 'fast-check'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { buildParliament } from '../../src/elections/own-parliament'
import type { Election } from '../../src/elections/types'
import {
  forgetKeptParliaments,
  keptParliament,
  useKeptParliamentStatus,
} from '../../src/scenario/kept-parliaments'
import {
  type KeptRecord,
  MAX_KEPT,
  type ParliamentShelf,
  keepParliament,
  loadKeptParliaments,
  readRecord,
  startParliamentKeeping,
} from '../../src/scenario/parliament-keeper'
import {
  STORAGE_KEY,
  lastSavedQuery,
  startScenarioSaving,
  useSavedScenarios,
} from '../../src/scenario/scenario-storage'
import { initialScenario, useScenarioStore } from '../../src/scenario/scenario-store'
import { startUrlSync } from '../../src/scenario/url-sync'
import { fitsInLink, ownParliamentParams, parliamentHash } from '../../src/scenario/url-parliament'
import { MemoryStorage } from '../fixtures/memory-storage'

/** IndexedDB's part as a Map, which can be told to refuse. */
class MemoryShelf implements ParliamentShelf {
  values = new Map<string, KeptRecord>()
  refuse = false
  async entries() {
    if (this.refuse) throw new DOMException('Refused', 'InvalidStateError')
    return [...this.values.entries()] as [IDBValidKey, unknown][]
  }
  async set(key: string, value: KeptRecord) {
    if (this.refuse) throw new DOMException('Refused', 'QuotaExceededError')
    this.values.set(key, value)
  }
  async del(key: string) {
    this.values.delete(key)
  }
}

const generated = (n: number, title = `Generated ${n}`, name = (i: number) => `List ${i}`) =>
  buildParliament({
    title,
    date: '2026-01-01',
    lists: Array.from({ length: n }, (_, i) => ({
      id: `list-${i}`,
      name: name(i),
      seats: (i % 9) + 1,
      color: ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2'][i % 4]!,
      camp: 'unknown',
    })),
  })

const record = (parliament: Election, usedAt = 1): KeptRecord => ({
  v: 1,
  params: ownParliamentParams(parliament).toString(),
  usedAt,
})

/** Lets the shelf's promises settle. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0))

let shelf: MemoryShelf
beforeEach(() => {
  shelf = new MemoryShelf()
  forgetKeptParliaments()
})

describe('readRecord', () => {
  it('gives back the parliament a record holds', () => {
    const own = generated(300)
    expect(readRecord(record(own))).toEqual(own)
  })

  it('reads a parliament whose parameters are far longer than a link may be', () => {
    const own = generated(1000, 'Long names', (i) => `قائمة ${i} ${'ن'.repeat(80)}`)
    expect(ownParliamentParams(own).toString().length).toBeGreaterThan(100_000)
    expect(readRecord(record(own))).toEqual(own)
  })

  it.each<[string, unknown]>([
    ['nothing', null],
    ['a string', 'pt=T&pp=a.1.000000.0*A'],
    ['another version', { v: 2, params: 'pt=T&pp=a.1.000000.0*A', usedAt: 1 }],
    ['params that are not text', { v: 1, params: 42, usedAt: 1 }],
    ['no lists', { v: 1, params: 'pt=T', usedAt: 1 }],
    ['a broken list', { v: 1, params: 'pt=T&pp=a.1.000000.0*A&pp=b.x.000000.0*B', usedAt: 1 }],
    ['text far too long', { v: 1, params: `pt=T&pp=a.1.000000.0*${'A'.repeat(2_000_001)}` }],
  ])('refuses %s', (_, value) => {
    expect(readRecord(value)).toBeNull()
  })
})

describe('keepParliament and loadKeptParliaments', () => {
  it('keep a parliament under its hash and read it back on the next visit', async () => {
    const own = generated(300)
    expect(await keepParliament(own, shelf, () => 5)).toBe(true)
    expect([...shelf.values.keys()]).toEqual([parliamentHash(own)])
    forgetKeptParliaments()
    expect(await loadKeptParliaments(shelf)).toBe(1)
    expect(keptParliament(parliamentHash(own))).toEqual(own)
  })

  it(`keep at most ${MAX_KEPT}, forgetting the least recently used`, async () => {
    let time = 0
    for (let n = 200; n < 200 + MAX_KEPT + 2; n++) {
      await keepParliament(generated(n), shelf, () => ++time)
    }
    expect(shelf.values.size).toBe(MAX_KEPT)
    expect(shelf.values.has(parliamentHash(generated(200)))).toBe(false)
    expect(shelf.values.has(parliamentHash(generated(201)))).toBe(false)
    expect(shelf.values.has(parliamentHash(generated(202)))).toBe(true)
  })

  it('skip records that fail their checks or sit under a key that is not a hash', async () => {
    shelf.values.set('0123456789abcdef', { v: 1, params: 'pt=T', usedAt: 1 })
    shelf.values.set('not-a-hash', record(generated(300)))
    expect(await loadKeptParliaments(shelf)).toBe(0)
  })

  it('never throw where the device refuses, and keep the parliament for this page', async () => {
    shelf.refuse = true
    const own = generated(300)
    expect(await keepParliament(own, shelf)).toBe(false)
    expect(keptParliament(parliamentHash(own))).toBe(own)
    expect(await loadKeptParliaments(shelf)).toBe(0)
    expect(await keepParliament(own, null)).toBe(false)
    expect(await loadKeptParliaments(null)).toBe(0)
  })
})

describe('startParliamentKeeping', () => {
  it('keeps a parliament too large for a link as soon as it is shown, and no other', async () => {
    const stop = startParliamentKeeping(useScenarioStore, shelf)
    useScenarioStore.getState().loadParliament(generated(100))
    await settle()
    expect(shelf.values.size).toBe(0)
    const large = generated(300)
    useScenarioStore.getState().loadParliament(large)
    await settle()
    stop()
    expect([...shelf.values.keys()]).toEqual([parliamentHash(large)])
  })
})

describe('startParliamentKeeping where the device refuses', () => {
  it('says it cannot keep the parliament', async () => {
    shelf.refuse = true
    const stop = startParliamentKeeping(useScenarioStore, shelf)
    useScenarioStore.getState().loadParliament(generated(300))
    await settle()
    stop()
    expect(useKeptParliamentStatus.getState().cannotKeep).toBe(true)
    useKeptParliamentStatus.setState({ cannotKeep: false })
  })
})

describe('a parliament of 61 to 500 lists, across a reload and from Recent', () => {
  let stops: (() => void)[] = []
  afterEach(() => {
    for (const stop of stops) stop()
    stops = []
  })

  it('comes back after a reload on the plain address, and from Recent (generated sizes)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 61, max: 500 }), async (n) => {
        const storage = new MemoryStorage()
        shelf = new MemoryShelf()
        forgetKeptParliaments()
        useScenarioStore.setState(useScenarioStore.getInitialState(), true)
        window.history.replaceState(null, '', '/')

        // The first visit: import, press the last list, then leave.
        const own = generated(n)
        stops.push(startUrlSync())
        const saving = startScenarioSaving({ storage, tabId: 'tab-a' })
        stops.push(() => saving.stop())
        stops.push(startParliamentKeeping(useScenarioStore, shelf))
        useScenarioStore.getState().loadParliament(own)
        useScenarioStore.getState().toggleParty(`list-${n - 1}`)
        saving.flush()
        await settle()
        expect(window.location.href.length).toBeLessThanOrEqual(2000)
        expect(window.location.search.includes('pf=')).toBe(!fitsInLink(own))
        for (const stop of stops.splice(0)) stop()

        // The next visit, on the plain address: only what the device kept.
        forgetKeptParliaments()
        useScenarioStore.setState(useScenarioStore.getInitialState(), true)
        window.history.replaceState(null, '', '/')
        await loadKeptParliaments(shelf)
        stops.push(
          startUrlSync(undefined, undefined, undefined, {
            fallback: () => lastSavedQuery(storage),
          }),
        )
        const again = startScenarioSaving({ storage, tabId: 'tab-b' })
        stops.push(() => again.stop())
        expect(useScenarioStore.getState().customParliament).toEqual(own)
        expect(useScenarioStore.getState().coalitions[0]?.partyIds).toEqual([`list-${n - 1}`])

        // Something else, then Recent brings it back.
        useScenarioStore.getState().loadScenario({ ...initialScenario(), coalitions: [] })
        const [entry] = useSavedScenarios.getState().recent
        expect(entry?.scenario.customParliament).toEqual(own)
        useSavedScenarios.getState().open(entry!.id)
        expect(useScenarioStore.getState().customParliament).toEqual(own)
        expect(storage.getItem(STORAGE_KEY)!.length).toBeLessThan(100_000)
        for (const stop of stops.splice(0)) stop()
      }),
      { numRuns: 12 },
    )
  })
})

describe('saved scenarios naming a kept parliament not read yet', () => {
  it('are kept through a save made meanwhile, and listed and opened once the parliament is in', async () => {
    const storage = new MemoryStorage()
    shelf = new MemoryShelf()
    forgetKeptParliaments()
    useScenarioStore.setState(useScenarioStore.getInitialState(), true)
    window.history.replaceState(null, '', '/')
    const own = generated(500)
    expect(fitsInLink(own)).toBe(false)

    // The first visit keeps a 500-list scenario.
    const first = startScenarioSaving({ storage, tabId: 'tab-a' })
    const keeping = startParliamentKeeping(useScenarioStore, shelf)
    useScenarioStore.getState().loadParliament(own)
    useScenarioStore.getState().toggleParty('list-499')
    first.flush()
    await settle()
    first.stop()
    keeping()
    const kept = JSON.parse(storage.getItem(STORAGE_KEY)!).recent
    expect(kept).toHaveLength(1)

    // The next visit opens another link and saves before IndexedDB has answered.
    forgetKeptParliaments()
    useScenarioStore.setState(useScenarioStore.getInitialState(), true)
    useScenarioStore.getState().toggleParty('kdp')
    const next = startScenarioSaving({ storage, tabId: 'tab-b' })
    expect(useSavedScenarios.getState().recent).toHaveLength(0)
    useScenarioStore.getState().toggleParty('puk')
    next.flush()
    const stored = JSON.parse(storage.getItem(STORAGE_KEY)!).recent
    expect(stored.map((e: { query: string }) => e.query)).toEqual([
      expect.stringContaining('c=kdp.puk'),
      kept[0].query,
    ])

    // Once the kept parliaments are read, Recent lists it again, and it opens.
    await loadKeptParliaments(shelf)
    next.stop()
    const later = startScenarioSaving({ storage, tabId: 'tab-b' })
    const entry = useSavedScenarios.getState().recent.find((e) => e.query === kept[0].query)
    expect(entry?.scenario.customParliament).toEqual(own)
    useSavedScenarios.getState().open(entry!.id)
    expect(useScenarioStore.getState().coalitions[0]?.partyIds).toEqual(['list-499'])
    later.stop()
  })
})

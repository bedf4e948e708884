import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { useLinkNoticeStore } from '../../src/scenario/link-notice-store'
import {
  initialScenario,
  selectParliament,
  useScenarioStore,
} from '../../src/scenario/scenario-store'
import { applyLink, scenarioLink, startUrlSync } from '../../src/scenario/url-sync'
import { buildParliament } from '../../src/elections/own-parliament'
import { forgetKeptParliaments } from '../../src/scenario/kept-parliaments'
import { LINK_BUDGET } from '../../src/scenario/link-packing'
import {
  type KeptRecord,
  loadKeptParliaments,
  startParliamentKeeping,
} from '../../src/scenario/parliament-keeper'
import { encodeScenario } from '../../src/scenario/url-codec'
import { parliamentHash } from '../../src/scenario/url-parliament'

let stop: (() => void) | null = null

/** Starts the sync as main.tsx does, on the given address. */
function openAt(url: string) {
  window.history.replaceState(null, '', url)
  stop = startUrlSync()
}

const store = () => useScenarioStore.getState()
const search = () => decodeURIComponent(window.location.search)

/** Goes back or forward in history and waits for the page to hear of it. */
async function travel(step: 'back' | 'forward') {
  const popped = new Promise((resolve) =>
    window.addEventListener('popstate', resolve, { once: true }),
  )
  window.history[step]()
  await popped
}

beforeEach(() => useLinkNoticeStore.setState({ notice: null }))
afterEach(() => {
  stop?.()
  stop = null
})

describe('startUrlSync: opening a link', () => {
  it('loads the scenario in the address and keeps the address', () => {
    openAt('/?v=1&s=final2018&c=sairoon.fatah*Sadr+%2B+Amiri&c=nasr&a=1&sd=kdp.30')
    expect(store().versionId).toBe('final2018')
    expect(store().coalitions).toEqual([
      { id: 'c1', name: 'Sadr + Amiri', partyIds: ['sairoon', 'fatah'] },
      { id: 'c2', name: '', partyIds: ['nasr'] },
    ])
    expect(store().activeCoalitionId).toBe('c1')
    expect(store().seatEdits).toEqual({ kdp: 30 })
    expect(window.location.search).toBe(
      '?v=1&s=final2018&c=sairoon.fatah*Sadr+%2B+Amiri&c=nasr&a=1&sd=kdp.30',
    )
    expect(useLinkNoticeStore.getState().notice).toBeNull()
  })

  it('opens a bare story link on its step, in the reader’s language, and writes the coalitions', () => {
    useScenarioStore.setState({ locale: 'ar' })
    openAt('/?v=1&st=3&vw=projector')
    expect(store().storyStep).toBe(3)
    expect(store().view).toBe('projector')
    expect(store().coalitions.map((c) => c.name)).toEqual([
      'تحالف الصدر والعامري',
      'مع شركاء الاتفاق الثلاثي',
    ])
    // The address (and so the projector's QR code) now carries the step's coalitions.
    expect(search()).toContain('c=sairoon.fatah*')
    expect(scenarioLink({ ...store(), view: 'standard' })).toContain('c=sairoon.fatah*')
  })

  it('writes the opening link for a plain address, keeping the path and hash', () => {
    const before = window.history.length
    openAt('/kutla/#lists')
    expect(window.location.pathname + window.location.search + window.location.hash).toBe(
      '/kutla/?v=1#lists',
    )
    expect(window.history.length).toBe(before)
  })

  it('keeps the reader’s language and digits when the link does not set them', () => {
    store().setLocale('ar')
    store().setDigits('arabic')
    openAt('/?v=1&c=kdp')
    expect([store().locale, store().digits]).toEqual(['ar', 'arabic'])
    expect(window.location.search).toBe('?v=1&c=kdp&l=ar&dg=arabic')
  })

  it('lets a language set in the link win over the reader’s', () => {
    store().setLocale('ar')
    openAt('/?v=1&l=en')
    expect(store().locale).toBe('en')
    expect(window.location.search).toBe('?v=1')
  })

  it('opens the valid part of a hostile link, says what was ignored and cleans the address', () => {
    openAt('/?v=1&c=__proto__.sairoon&c=<script>alert(1)</script>&sd=x.-3')
    expect(store().coalitions).toEqual([
      { id: 'c1', name: '', partyIds: ['sairoon'] },
      { id: 'c2', name: '', partyIds: [] },
    ])
    expect(useLinkNoticeStore.getState().notice).toEqual({
      kind: 'partial',
      warnings: [
        { code: 'unknown-list', values: { text: '__proto__', coalition: 1 } },
        { code: 'unknown-list', values: { text: '<script>alert(1)</script…', coalition: 2 } },
        { code: 'seats-unknown-list', values: { text: 'x' } },
      ],
    })
    expect(window.location.search).toBe('?v=1&c=sairoon&c=')
  })

  it('opens the opening scenario for a link it cannot read, and leaves that link in place', () => {
    store().setLocale('ar')
    openAt('/?v=7&c=sairoon')
    expect(store().coalitions).toEqual(initialScenario().coalitions)
    expect(store().locale).toBe('ar')
    expect(useLinkNoticeStore.getState().notice).toEqual({
      kind: 'unreadable',
      reason: { code: 'unknown-version', values: { text: '7' } },
    })
    expect(window.location.search).toBe('?v=7&c=sairoon')
    store().toggleParty('kdp')
    expect(window.location.search).toBe('?v=1&c=kdp&l=ar')
  })
})

describe('startUrlSync: following the store', () => {
  it('adds a history entry for each discrete action', () => {
    openAt('/')
    const before = window.history.length
    store().toggleParty('sairoon')
    expect(window.location.search).toBe('?v=1&c=sairoon')
    store().addCoalition()
    store().setVersion('final2018')
    store().setLocale('ar')
    expect(window.location.search).toBe('?v=1&s=final2018&c=sairoon&c=&l=ar')
    expect(window.history.length).toBe(before + 4)
  })

  it('replaces the entry on screen in the embed view, so the host page’s history is untouched', () => {
    openAt('/?v=1&c=sairoon&vw=embed')
    const before = window.history.length
    store().toggleParty('fatah')
    store().addCoalition()
    store().toggleParty('nasr')
    expect(window.location.search).toBe('?v=1&c=sairoon.fatah&c=nasr&vw=embed')
    expect(window.history.length).toBe(before)
  })

  it('keeps the embed view when the link cannot be read', () => {
    openAt('/?v=9&c=sairoon&vw=embed')
    expect(store().view).toBe('embed')
    expect(store().coalitions).toEqual(initialScenario().coalitions)
    expect(useLinkNoticeStore.getState().notice).toMatchObject({ kind: 'unreadable' })
  })

  it('makes typing a name one history entry, replaced as each letter arrives', () => {
    openAt('/?v=1&c=sairoon')
    const before = window.history.length
    for (const name of ['B', 'Bi', 'Bin', 'Bina', 'Binaa']) store().renameCoalition('c1', name)
    expect(search()).toBe('?v=1&c=sairoon*Binaa')
    expect(window.history.length).toBe(before + 1)
  })

  it('makes typing one list’s seats one history entry', () => {
    openAt('/')
    const before = window.history.length
    for (const n of [6, 60, 6, 61]) store().setPartySeats('fatah', n)
    expect(window.location.search).toBe('?v=1&sd=fatah.61')
    expect(window.history.length).toBe(before + 1)
  })

  it('starts a new entry when typing moves to another field or follows another action', () => {
    openAt('/?v=1&c=sairoon&c=fatah')
    const before = window.history.length
    store().renameCoalition('c1', 'A')
    store().renameCoalition('c2', 'B')
    store().setPartySeats('kdp', 3)
    store().setPartySeats('puk', 3)
    store().toggleParty('nasr')
    store().renameCoalition('c2', 'BC')
    expect(window.history.length).toBe(before + 6)
  })

  it('writes nothing when the link would not change', () => {
    openAt('/?v=1&c=sairoon')
    const before = window.history.length
    store().selectCoalition('c1')
    store().setPartySeats('sairoon', 54) // the shipped figure: the link stays the same
    store().setView('standard')
    expect(window.location.search).toBe('?v=1&c=sairoon')
    expect(window.history.length).toBe(before)
  })

  it('makes Back and Forward undo and redo, without adding entries', async () => {
    openAt('/')
    store().toggleParty('sairoon')
    store().toggleParty('fatah')
    for (const name of ['C', 'Co', 'Core']) store().renameCoalition('c1', name)
    const length = window.history.length

    await travel('back')
    expect(store().coalitions).toEqual([{ id: 'c1', name: '', partyIds: ['sairoon', 'fatah'] }])
    await travel('back')
    expect(store().coalitions).toEqual([{ id: 'c1', name: '', partyIds: ['sairoon'] }])
    await travel('forward')
    await travel('forward')
    expect(store().coalitions).toEqual([{ id: 'c1', name: 'Core', partyIds: ['sairoon', 'fatah'] }])
    expect(window.location.search).toBe('?v=1&c=sairoon.fatah*Core')
    expect(window.history.length).toBe(length)
  })

  it('starts a new entry when typing resumes after going back', async () => {
    openAt('/?v=1&c=sairoon')
    store().renameCoalition('c1', 'A')
    store().toggleParty('kdp')
    await travel('back')
    const length = window.history.length
    store().renameCoalition('c1', 'AB')
    // The entry gone back to keeps its scenario; the new name is a new entry after it.
    expect(window.location.search).toBe('?v=1&c=sairoon*AB')
    await travel('back')
    expect(store().coalitions[0]?.name).toBe('A')
    expect(window.history.length).toBe(length)
  })

  it('keeps a merged list in coalitions across Back and Forward', async () => {
    openAt('/')
    store().mergeLists('kdp', 'puk', 'Kurdistan')
    const merged = selectParliament(store())!.parties.find((p) => p.name === 'Kurdistan')!.id
    store().toggleParty(merged)
    store().toggleParty('sairoon')
    expect(window.location.search).toBe(`?v=1&o=m.${merged}.kdp.puk*Kurdistan&c=${merged}.sairoon`)

    await travel('back')
    expect(store().coalitions).toEqual([{ id: 'c1', name: '', partyIds: [merged] }])
    expect(useLinkNoticeStore.getState().notice).toBeNull()
  })

  it('stops following the store when stopped', () => {
    openAt('/')
    stop?.()
    stop = null
    store().toggleParty('sairoon')
    expect(window.location.search).toBe('?v=1')
  })
})

describe('applyLink', () => {
  it('takes what links carry from the link and keeps every other field as it was', () => {
    const current = { ...initialScenario(), seatEdits: { kdp: 30 }, laterField: 'kept' }
    const fromLink = { ...initialScenario(), coalitions: [], activeCoalitionId: null }
    expect(applyLink(current, fromLink)).toEqual({
      ...fromLink,
      seatEdits: {},
      laterField: 'kept',
    })
  })
})

describe('scenarioLink', () => {
  it('gives the full address of a scenario on this page', () => {
    window.history.replaceState(null, '', '/kutla/?x=1#top')
    expect(
      scenarioLink({
        ...initialScenario(),
        coalitions: [{ id: 'c1', name: '', partyIds: ['kdp'] }],
      }),
    ).toBe(`${window.location.origin}/kutla/?v=1&c=kdp`)
  })
})

describe('startUrlSync: long links', () => {
  const longName = (i: number) => `Coalition ${i} of the long names, kept whole in the link ✨`
  /** Twelve coalitions of every list with long names: a link of over 5,000 characters unpacked. */
  function buildLong() {
    const ids = selectParliament(store())!.parties.map((p) => p.id)
    useScenarioStore.setState({
      coalitions: Array.from({ length: 12 }, (_, i) => ({
        id: `c${i + 1}`,
        name: longName(i + 1),
        partyIds: ids,
      })),
      activeCoalitionId: 'c12',
    })
  }

  it('writes a long scenario packed in the fragment, so the query stays short', () => {
    openAt('/')
    buildLong()
    expect(window.location.search).toBe('?v=1&z=1')
    expect(window.location.hash).toMatch(/^#z=[A-Za-z0-9_-]+$/)
    expect(window.location.href.length).toBeLessThanOrEqual(LINK_BUDGET)
    expect(scenarioLink(store())).toBe(window.location.href)
  })

  it('opens a packed link, and a reload of it gives the same scenario', () => {
    openAt('/')
    buildLong()
    const packed = `${window.location.pathname}${window.location.search}${window.location.hash}`
    const coalitions = store().coalitions
    stop?.()
    useScenarioStore.setState(initialScenario())
    openAt(packed)
    expect(store().coalitions).toEqual(coalitions)
    expect(`${window.location.pathname}${window.location.search}${window.location.hash}`).toBe(
      packed,
    )
    expect(useLinkNoticeStore.getState().notice).toBeNull()
  })

  it('still opens an old long link, and writes it packed', () => {
    openAt('/')
    buildLong()
    const coalitions = store().coalitions
    const plain = encodeScenario(store())
    expect(plain.length).toBeGreaterThan(2 * LINK_BUDGET)
    stop?.()
    useScenarioStore.setState(initialScenario())
    openAt(`/?${plain}`)
    expect(store().coalitions).toEqual(coalitions)
    expect(window.location.search).toBe('?v=1&z=1')
  })

  it('says so, and keeps the address, when a packed link arrives without its fragment', () => {
    openAt('/?v=1&z=1')
    expect(useLinkNoticeStore.getState().notice).toEqual({
      kind: 'unreadable',
      reason: { code: 'packed-missing', values: {} },
    })
    expect(store().coalitions).toEqual(initialScenario().coalitions)
    expect(window.location.search).toBe('?v=1&z=1')
  })

  it('keeps a page anchor on a short link and drops it for a packed one', () => {
    openAt('/?v=1&c=nasr#lists')
    useScenarioStore.getState().toggleParty('kdp')
    expect(window.location.hash).toBe('#lists')
    buildLong()
    expect(window.location.hash).toMatch(/^#z=/)
    useScenarioStore.setState({
      coalitions: [{ id: 'c1', name: '', partyIds: ['kdp'] }],
      activeCoalitionId: 'c1',
    })
    expect(window.location.search).toBe('?v=1&c=kdp')
    expect(window.location.hash).toBe('')
  })
})

describe('startUrlSync: parliaments of one’s own too large for a link', () => {
  beforeEach(() => forgetKeptParliaments())

  const generated = (n: number) =>
    buildParliament({
      title: `Generated ${n}`,
      date: '2026-01-01',
      lists: Array.from({ length: n }, (_, i) => ({
        id: `list-${i}`,
        name: `List ${i}`,
        seats: (i % 19) + 1,
        color: ['#4e79a7', '#f28e2b', '#e15759'][i % 3]!,
        camp: 'unknown',
      })),
    })

  it('rewrites a link carrying 61 lists to a link that still carries them', () => {
    const own = generated(61)
    const query = encodeScenario({
      ...initialScenario(),
      electionId: 'custom',
      versionId: own.defaultVersion,
      customParliament: own,
      coalitions: [{ id: 'c1', name: '', partyIds: ['list-60'] }],
      activeCoalitionId: 'c1',
    })
    openAt(`/?${query}`)
    expect(store().customParliament).toEqual(own)
    const written = `${window.location.pathname}${window.location.search}${window.location.hash}`
    expect(written).not.toContain('pf=')
    stop?.()
    useScenarioStore.setState(initialScenario())
    openAt(written)
    expect(store().customParliament).toEqual(own)
    expect(store().coalitions[0]?.partyIds).toEqual(['list-60'])
  })

  it('names a larger one by hash and opens it again from this device', async () => {
    const own = generated(400)
    const kept = new Map<string, KeptRecord>()
    const shelf = {
      entries: async () => [...kept.entries()] as [IDBValidKey, unknown][],
      set: async (key: string, value: KeptRecord) => void kept.set(key, value),
      del: async (key: string) => void kept.delete(key),
    }
    openAt('/')
    const keeping = startParliamentKeeping(useScenarioStore, shelf)
    useScenarioStore.getState().loadParliament(own)
    useScenarioStore.getState().toggleParty('list-99')
    keeping()
    expect(window.location.search).toBe(
      `?v=1&e=custom&pt=Generated+400&pf=${parliamentHash(own)}&c=list-99`,
    )
    await Promise.resolve()
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect([...kept.keys()]).toEqual([parliamentHash(own)])

    // A reload: a new page, which knows only what the device kept.
    const address = `${window.location.pathname}${window.location.search}`
    stop?.()
    forgetKeptParliaments()
    useScenarioStore.setState(initialScenario())
    expect(await loadKeptParliaments(shelf)).toBe(1)
    openAt(address)
    expect(useLinkNoticeStore.getState().notice).toBeNull()
    expect(store().customParliament?.parties).toHaveLength(400)
    expect(store().coalitions[0]?.partyIds).toEqual(['list-99'])
  })

  it('says plainly where a link to one kept elsewhere opens', () => {
    const own = generated(400)
    openAt(`/?v=1&e=custom&pt=Generated+400&pf=${parliamentHash(own)}&c=list-99`)
    expect(useLinkNoticeStore.getState().notice).toEqual({
      kind: 'unreadable',
      reason: { code: 'parliament-elsewhere', values: { text: 'Generated 400' } },
    })
  })
})

import { describe, expect, it } from 'vitest'
import { MAX_COALITIONS } from '../../src/coalition/coalitions'
import { evaluateCoalition } from '../../src/coalition/majority'
import { findElection } from '../../src/elections/catalog'
import { initialScenario, pickScenario, useScenarioStore } from '../../src/scenario/scenario-store'
import { selectSeats } from '../../src/scenario/selectors'

const store = useScenarioStore
const actions = () => store.getState()
const election = findElection('iraq-2018')!

function activeResult() {
  const s = store.getState()
  const seats = selectSeats(election, s.versionId, s.seatEdits)
  const coalition = s.coalitions.find((c) => c.id === s.activeCoalitionId)!
  return evaluateCoalition(coalition, seats, election.chamberSize)
}

describe('the opening state', () => {
  it('shows the announced May 2018 results with one empty coalition being edited', () => {
    const s = store.getState()
    expect(s.electionId).toBe('iraq-2018')
    expect(s.versionId).toBe('may2018')
    expect(s.coalitions).toEqual([{ id: 'c1', name: '', partyIds: [] }])
    expect(s.activeCoalitionId).toBe('c1')
  })
})

describe('toggleParty', () => {
  it('builds Sairoon + Fatah + Nasr: 143 seats in May, 22 short', () => {
    for (const id of ['sairoon', 'fatah', 'nasr']) actions().toggleParty(id)
    expect(activeResult()).toMatchObject({
      seats: 143,
      threshold: 165,
      margin: -22,
      hasMajority: false,
    })
  })

  it('keeps the coalition when the version switches: 144 seats after the recount, 21 short', () => {
    for (const id of ['sairoon', 'fatah', 'nasr']) actions().toggleParty(id)
    actions().setVersion('final2018')
    expect(store.getState().coalitions[0]?.partyIds).toEqual(['sairoon', 'fatah', 'nasr'])
    expect(activeResult()).toMatchObject({ seats: 144, margin: -21 })
  })

  it('takes a list out when it is toggled a second time', () => {
    actions().toggleParty('sairoon')
    actions().toggleParty('kdp')
    actions().toggleParty('sairoon')
    expect(store.getState().coalitions[0]?.partyIds).toEqual(['kdp'])
  })

  it('ignores ids that are not lists of the election', () => {
    actions().toggleParty('__proto__')
    actions().toggleParty('nope')
    expect(store.getState().coalitions[0]?.partyIds).toEqual([])
  })

  it('starts a new coalition when none is being edited', () => {
    actions().removeCoalition('c1')
    expect(store.getState().activeCoalitionId).toBeNull()
    actions().toggleParty('hikma')
    expect(store.getState().coalitions).toEqual([{ id: 'c1', name: '', partyIds: ['hikma'] }])
    expect(store.getState().activeCoalitionId).toBe('c1')
  })
})

describe('several coalitions', () => {
  it('adds coalitions side by side and edits the newest', () => {
    actions().addCoalition(['sairoon', 'fatah'], 'Sadr + Amiri')
    actions().addCoalition(['sairoon', 'nasr'], 'Sadr + Abadi')
    const s = store.getState()
    expect(s.coalitions.map((c) => c.name)).toEqual(['', 'Sadr + Amiri', 'Sadr + Abadi'])
    expect(s.activeCoalitionId).toBe('c3')
  })

  it('lets one list sit in more than one coalition', () => {
    actions().addCoalition(['sairoon'], 'A')
    actions().addCoalition(['sairoon'], 'B')
    const holding = store.getState().coalitions.filter((c) => c.partyIds.includes('sairoon'))
    expect(holding).toHaveLength(2)
  })

  it(`stops at ${MAX_COALITIONS} coalitions`, () => {
    for (let i = 0; i < MAX_COALITIONS + 3; i++) actions().addCoalition()
    expect(store.getState().coalitions).toHaveLength(MAX_COALITIONS)
  })

  it('toggles a list in a coalition other than the one being edited', () => {
    actions().addCoalition(['kdp'], 'Kurds')
    actions().togglePartyInCoalition('c1', 'puk')
    expect(store.getState().coalitions.map((c) => c.partyIds)).toEqual([['puk'], ['kdp']])
  })

  it('renames a coalition, keeping the text as typed', () => {
    actions().renameCoalition('c1', '<i>Islah</i>')
    expect(store.getState().coalitions[0]?.name).toBe('<i>Islah</i>')
  })

  it('moves editing to the next coalition when the edited one is deleted', () => {
    actions().addCoalition([], 'B')
    actions().addCoalition([], 'C')
    actions().selectCoalition('c2')
    actions().removeCoalition('c2')
    expect(store.getState().activeCoalitionId).toBe('c3')
    actions().removeCoalition('c3')
    expect(store.getState().activeCoalitionId).toBe('c1')
  })

  it('ignores selecting a coalition that does not exist', () => {
    actions().selectCoalition('c99')
    expect(store.getState().activeCoalitionId).toBe('c1')
  })
})

describe('seats and versions', () => {
  it('ignores an unknown version', () => {
    actions().setVersion('1999')
    expect(store.getState().versionId).toBe('may2018')
  })

  it.each([
    [50, 50],
    [-3, 0],
    [2.6, 3],
    [1e9, 10_000],
  ])('stores a seat edit of %s as %s', (typed, stored) => {
    actions().setPartySeats('fatah', typed)
    expect(store.getState().seatEdits.fatah).toBe(stored)
  })

  it('ignores seat edits that are not numbers or not lists', () => {
    actions().setPartySeats('fatah', Number.NaN)
    actions().setPartySeats('nope', 3)
    expect(store.getState().seatEdits).toEqual({})
  })

  it('uses edited seats in totals, and resetSeats restores the source figures', () => {
    actions().toggleParty('fatah')
    actions().setPartySeats('fatah', 50)
    expect(activeResult().seats).toBe(50)
    actions().resetSeats()
    expect(activeResult().seats).toBe(47)
  })
})

describe('reset and loadScenario', () => {
  it('reset returns to the opening state but keeps the reader’s language', () => {
    actions().setLocale('ar')
    actions().addCoalition(['kdp'])
    actions().setVersion('final2018')
    actions().reset()
    expect(pickScenario(store.getState())).toEqual({ ...initialScenario(), locale: 'ar' })
  })

  it('loadScenario replaces every chosen field', () => {
    const scenario = {
      ...initialScenario(),
      versionId: 'final2018',
      coalitions: [{ id: 'c1', name: 'Binaa', partyIds: ['fatah', 'sol'] }],
      storyStep: 3,
    }
    actions().loadScenario(scenario)
    expect(pickScenario(store.getState())).toEqual(scenario)
  })
})

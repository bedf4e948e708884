import { describe, expect, it } from 'vitest'
import { MAX_COALITIONS } from '../../src/coalition/coalitions'
import { evaluateCoalition } from '../../src/coalition/majority'
import { findElection } from '../../src/elections/catalog'
import { versionSeats } from '../../src/elections/catalog'
import { CUSTOM_PARLIAMENT_ID, buildParliament } from '../../src/elections/own-parliament'
import { initialScenario, pickScenario, useScenarioStore } from '../../src/scenario/scenario-store'
import {
  selectChamber,
  selectListRows,
  selectParliament,
  selectSeats,
} from '../../src/scenario/selectors'

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

/** The parliament, seats and chamber the store's state shows now. */
function derived() {
  const s = store.getState()
  const parliament = selectParliament(s)!
  const seats = selectSeats(parliament, s.versionId, s.seatEdits)
  return {
    parliament,
    seats,
    chamber: selectChamber(parliament, seats, s.chamberMode, s.chamberSize),
    rows: selectListRows(parliament, s.versionId, s.seatEdits, s.listOps, s.listEdits),
    ids: parliament.parties.map((p) => p.id),
  }
}

describe('seat edits against the source figures', () => {
  it('marks Fatah 50 against its source figure 47, and the chamber as 3 seats over', () => {
    actions().setPartySeats('fatah', 50)
    const { rows, chamber } = derived()
    expect(rows.find((r) => r.party.id === 'fatah')).toMatchObject({
      seats: 50,
      source: 47,
      isEdited: true,
    })
    expect(chamber).toMatchObject({ totalSeats: 329, seatSum: 332, excess: 3, majority: 165 })
  })

  it('drops an edit that equals the source figure', () => {
    actions().setPartySeats('fatah', 50)
    actions().setPartySeats('fatah', 47)
    expect(store.getState().seatEdits).toEqual({})
  })

  it('resets one list, leaving the others edited', () => {
    actions().setPartySeats('fatah', 50)
    actions().setPartySeats('nasr', 40)
    actions().resetPartySeats('fatah')
    expect(store.getState().seatEdits).toEqual({ nasr: 40 })
  })
})

describe('chamber size', () => {
  it('follows the sum of seats when asked', () => {
    actions().setPartySeats('fatah', 50)
    actions().setChamberMode('sum')
    expect(derived().chamber).toMatchObject({ totalSeats: 332, excess: 0, majority: 167 })
  })

  it('takes a size of the user’s, and forgets it when it equals the parliament’s', () => {
    actions().setChamberSize(330)
    expect(store.getState().chamberSize).toBe(330)
    expect(derived().chamber).toMatchObject({ vacant: 1, majority: 166 })
    actions().setChamberSize(329)
    expect(store.getState().chamberSize).toBeNull()
  })

  it('takes non-voting seats off the majority', () => {
    actions().setNonVoting('fatah', 1)
    expect(derived().chamber).toMatchObject({ nonVoting: 1, votingSeats: 328, majority: 165 })
    actions().setNonVoting('sairoon', 3)
    expect(derived().chamber).toMatchObject({ nonVoting: 4, votingSeats: 325, majority: 163 })
  })

  it('never marks more seats non-voting than the list holds', () => {
    actions().setNonVoting('kafaat', 9)
    expect(store.getState().listEdits.kafaat?.nonVoting).toBe(2)
  })
})

describe('merging, splitting, adding and removing lists', () => {
  it('merges KDP and PUK into one list of 43 in every coalition that held either', () => {
    actions().addCoalition(['sairoon', 'kdp', 'puk'], 'A')
    actions().addCoalition(['puk'], 'B')
    actions().mergeLists('kdp', 'puk', 'Kurdistan Alliance')
    const { parliament, seats, ids } = derived()
    expect(ids).not.toContain('kdp')
    expect(ids).not.toContain('puk')
    expect(parliament.parties.find((p) => p.id === 'kdp-puk')?.name).toBe('Kurdistan Alliance')
    expect(seats['kdp-puk']).toBe(43)
    expect(store.getState().coalitions.map((c) => c.partyIds)).toEqual([
      [],
      ['sairoon', 'kdp-puk'],
      ['kdp-puk'],
    ])
  })

  it('carries seat edits into a merged list', () => {
    actions().setPartySeats('kdp', 30)
    actions().mergeLists('kdp', 'puk')
    expect(store.getState().seatEdits).toEqual({ 'kdp-puk': 48 })
    expect(derived().rows.find((r) => r.party.id === 'kdp-puk')).toMatchObject({
      seats: 48,
      source: 43,
      isEdited: true,
    })
  })

  it('splits seven seats off Fatah without changing any coalition’s total', () => {
    actions().toggleParty('fatah')
    actions().splitList('fatah', 7, 'Fatah splinter')
    const { seats, rows } = derived()
    expect(seats.fatah).toBe(40)
    expect(seats['fatah-splinter']).toBe(7)
    expect(rows.find((r) => r.party.id === 'fatah-splinter')?.source).toBeNull()
    expect(store.getState().coalitions[0]?.partyIds).toEqual(['fatah', 'fatah-splinter'])
    expect(activeResultWithEdits().seats).toBe(47)
  })

  it('adds a list and leaves the chamber over by its seats', () => {
    actions().addList('Pirates', 3)
    const { ids, seats, chamber } = derived()
    expect(ids.at(-1)).toBe('pirates')
    expect(seats.pirates).toBe(3)
    expect(chamber.excess).toBe(3)
  })

  it('caps a merged list at the most a list may hold, so its link carries the figure', () => {
    actions().setPartySeats('kdp', 9_990)
    actions().mergeLists('kdp', 'puk')
    expect(store.getState().seatEdits['kdp-puk']).toBe(10_000)
  })

  it('drops an edit that equals the figures chosen afterwards', () => {
    actions().setPartySeats('fatah', 48)
    actions().setVersion('final2018')
    expect(store.getState().seatEdits).toEqual({})
    actions().setVersion('may2018')
    actions().toggleParty('fatah')
    expect(activeResultWithEdits().seats).toBe(47)
  })

  it('lets a new coalition hold merged and added lists', () => {
    actions().mergeLists('kdp', 'puk')
    actions().addList('Pirates', 3)
    actions().addCoalition(['kdp-puk', 'pirates', 'kdp'], 'New lists')
    expect(store.getState().coalitions.at(-1)?.partyIds).toEqual(['kdp-puk', 'pirates'])
  })

  it('removes a list from the parliament and every coalition; its seats fall vacant', () => {
    actions().toggleParty('qarar')
    actions().toggleParty('kdp')
    actions().removeList('qarar')
    expect(derived().ids).not.toContain('qarar')
    expect(derived().chamber).toMatchObject({ vacant: 14, majority: 165 })
    expect(store.getState().coalitions[0]?.partyIds).toEqual(['kdp'])
  })

  it('renames and recolours a list, and resetList undoes both with its seats', () => {
    actions().renameList('fatah', 'Conquest')
    actions().recolorList('fatah', '#123ABC')
    actions().recolorList('fatah', 'red')
    actions().setPartySeats('fatah', 50)
    expect(derived().parliament.parties[1]).toMatchObject({ name: 'Conquest', color: '#123abc' })
    actions().resetList('fatah')
    expect(derived().parliament.parties[1]).toMatchObject({
      name: 'Fatah Alliance',
      color: '#b8860b',
    })
    expect(store.getState().seatEdits).toEqual({})
  })

  it('resetEdits brings back the source figures and the lists behind a merge', () => {
    actions().addCoalition(['sairoon', 'kdp'])
    actions().mergeLists('kdp', 'puk')
    actions().addList('Pirates', 3)
    actions().togglePartyInCoalition('c2', 'pirates')
    actions().setPartySeats('sairoon', 60)
    actions().resetEdits()
    const s = store.getState()
    expect(s.seatEdits).toEqual({})
    expect(s.listOps).toEqual([])
    expect(s.coalitions[1]?.partyIds).toEqual(['sairoon', 'kdp', 'puk'])
    expect(derived().parliament).toBe(findElection('iraq-2018'))
  })

  it('ignores lists that do not exist', () => {
    const before = store.getState()
    actions().mergeLists('kdp', 'nope')
    actions().mergeLists('kdp', 'kdp')
    actions().splitList('nope', 3, 'x')
    actions().removeList('nope')
    actions().renameList('nope', 'x')
    expect(store.getState()).toBe(before)
  })
})

describe('a parliament of one’s own', () => {
  const own = buildParliament({
    title: 'Testland',
    date: '2026-01-01',
    lists: [
      { id: 'a', name: 'A', seats: 70, color: '#000000', camp: 'x' },
      { id: 'b', name: 'B', seats: 50, color: '#ffffff', camp: 'y' },
    ],
  })

  it('loads it with its coalitions, keeping only its lists', () => {
    actions().setPartySeats('fatah', 50)
    actions().loadParliament(own, {
      coalitions: [{ id: 'x9', name: 'AB', partyIds: ['a', 'b', 'fatah'] }],
    })
    const s = store.getState()
    expect(s.electionId).toBe(CUSTOM_PARLIAMENT_ID)
    expect(s.seatEdits).toEqual({})
    expect(s.coalitions).toEqual([{ id: 'c1', name: 'AB', partyIds: ['a', 'b'] }])
    expect(derived().chamber).toMatchObject({ totalSeats: 120, majority: 61 })
  })

  it('switches back to 2018 and again to the parliament of one’s own', () => {
    actions().loadParliament(own)
    actions().setElection('iraq-2018')
    expect(derived().chamber.totalSeats).toBe(329)
    actions().setElection(CUSTOM_PARLIAMENT_ID)
    expect(derived().ids).toEqual(['a', 'b'])
    actions().setElection('nowhere')
    expect(store.getState().electionId).toBe(CUSTOM_PARLIAMENT_ID)
  })

  it('starts blank, with a chamber that grows with the lists added', () => {
    actions().startBlankParliament('Mine')
    expect(derived().ids).toEqual([])
    actions().addList('Reds', 10)
    actions().addList('Blues', 9)
    expect(derived().chamber).toMatchObject({ totalSeats: 19, majority: 10 })
    expect(versionSeats(derived().parliament, store.getState().versionId)).toEqual({
      reds: 10,
      blues: 9,
    })
  })

  it('reset keeps the parliament of one’s own but clears what was done with it', () => {
    actions().loadParliament(own)
    actions().setPartySeats('a', 80)
    actions().reset()
    const s = store.getState()
    expect(s.electionId).toBe(CUSTOM_PARLIAMENT_ID)
    expect(s.customParliament).toBe(own)
    expect(s.seatEdits).toEqual({})
  })
})

function activeResultWithEdits() {
  const s = store.getState()
  const { seats, chamber } = derived()
  const coalition = s.coalitions.find((c) => c.id === s.activeCoalitionId)!
  return evaluateCoalition(coalition, seats, chamber.totalSeats, chamber.majority)
}

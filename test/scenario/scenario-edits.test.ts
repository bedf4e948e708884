/**
 * The reducers of scenario-edits.ts on their own, without the store: each returns only the fields
 * it changes, the state itself when nothing changes, and never mutates the state it is given. The
 * store's tests (scenario-store.test.ts) drive the same edits through the actions.
 */
import { describe, expect, it } from 'vitest'
import { MAX_COALITIONS } from '../../src/coalition/coalitions'
import * as edits from '../../src/scenario/scenario-edits'
import { type ScenarioState, initialScenario } from '../../src/scenario/scenario-state'

/** A deeply frozen opening state, so a reducer that mutates its input throws. */
function opening(changes: Partial<ScenarioState> = {}): ScenarioState {
  return deepFreeze({ ...initialScenario(), ...changes })
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const v of Object.values(value)) deepFreeze(v)
  }
  return value
}

describe('scenario edits: nothing to change gives the state itself', () => {
  const state = opening({ seatEdits: { kdp: 30 } })

  it.each<[string, (s: ScenarioState) => edits.ScenarioEdit]>([
    ['toggleParty on an unknown list', (s) => edits.toggleParty(s, 'nobody')],
    [
      'togglePartyInCoalition on an unknown list',
      (s) => edits.togglePartyInCoalition(s, 'c1', 'x'),
    ],
    ['removeCoalition of an unknown coalition', (s) => edits.removeCoalition(s, 'c9')],
    ['selectCoalition of an unknown coalition', (s) => edits.selectCoalition(s, 'c9')],
    ['setVersion to an unknown version', (s) => edits.setVersion(s, 'june2018')],
    ['setPartySeats with a figure that is not a number', (s) => edits.setPartySeats(s, 'kdp', NaN)],
    ['setPartySeats to the seats it has', (s) => edits.setPartySeats(s, 'kdp', 30)],
    ['resetPartySeats of a list not edited', (s) => edits.resetPartySeats(s, 'puk')],
    ['resetList of a list not edited', (s) => edits.resetList(s, 'puk')],
    ['renameList of an unknown list', (s) => edits.renameList(s, 'nobody', 'X')],
    ['recolorList with a colour that is not #rrggbb', (s) => edits.recolorList(s, 'kdp', 'red')],
    ['mergeLists of a list with itself', (s) => edits.mergeLists(s, 'kdp', 'kdp')],
    ['splitList with seats that are not a number', (s) => edits.splitList(s, 'kdp', NaN, 'X')],
    ['removeList of an unknown list', (s) => edits.removeList(s, 'nobody')],
    ['setChamberSize with a size that is not a number', (s) => edits.setChamberSize(s, NaN)],
  ])('%s', (_, edit) => {
    expect(edit(state)).toBe(state)
  })

  it('resetEdits with no edits', () => {
    const blank = opening()
    expect(edits.resetEdits(blank)).toBe(blank)
  })

  it('addCoalition past the most coalitions', () => {
    const coalitions = Array.from({ length: MAX_COALITIONS }, (_, i) => ({
      id: `c${i + 1}`,
      name: '',
      partyIds: [],
    }))
    const full = opening({ coalitions })
    expect(edits.addCoalition(full, ['kdp'])).toBe(full)
  })
})

describe('scenario edits: only the fields that change', () => {
  it('toggleParty puts a list into the coalition being edited', () => {
    expect(edits.toggleParty(opening(), 'sairoon')).toEqual({
      coalitions: [{ id: 'c1', name: '', partyIds: ['sairoon'] }],
    })
  })

  it('toggleParty starts a coalition when none is being edited', () => {
    const none = opening({ coalitions: [], activeCoalitionId: null })
    expect(edits.toggleParty(none, 'nasr')).toEqual({
      coalitions: [{ id: 'c1', name: '', partyIds: ['nasr'] }],
      activeCoalitionId: 'c1',
    })
  })

  it('addCoalition keeps only lists of the parliament in force and edits the new coalition', () => {
    expect(edits.addCoalition(opening(), ['fatah', 'nobody'], 'Binaa')).toEqual({
      coalitions: [
        { id: 'c1', name: '', partyIds: [] },
        { id: 'c2', name: 'Binaa', partyIds: ['fatah'] },
      ],
      activeCoalitionId: 'c2',
    })
  })

  it('removeCoalition hands editing to the coalition that takes its place', () => {
    const two = opening({
      coalitions: [
        { id: 'c1', name: '', partyIds: [] },
        { id: 'c2', name: '', partyIds: ['kdp'] },
      ],
      activeCoalitionId: 'c1',
    })
    expect(edits.removeCoalition(two, 'c1')).toEqual({
      coalitions: [{ id: 'c2', name: '', partyIds: ['kdp'] }],
      activeCoalitionId: 'c2',
    })
  })

  it('setPartySeats clamps to a whole number and drops an edit equal to the source figure', () => {
    expect(edits.setPartySeats(opening(), 'kdp', 30.4)).toEqual({ seatEdits: { kdp: 30 } })
    expect(edits.setPartySeats(opening(), 'kdp', -5)).toEqual({ seatEdits: { kdp: 0 } })
    const edited = opening({ seatEdits: { kdp: 30 } })
    expect(edits.setPartySeats(edited, 'kdp', 25)).toEqual({ seatEdits: {} })
  })

  it('setVersion drops a seat edit equal to the new figures (Fatah has 48 after the recount)', () => {
    expect(edits.setVersion(opening({ seatEdits: { fatah: 48 } }), 'final2018')).toEqual({
      versionId: 'final2018',
      seatEdits: {},
    })
  })

  it('mergeLists carries seat edits into the merged list and its coalitions', () => {
    const state = opening({
      seatEdits: { kdp: 30 },
      coalitions: [{ id: 'c1', name: '', partyIds: ['sairoon', 'puk'] }],
    })
    expect(edits.mergeLists(state, 'kdp', 'puk')).toMatchObject({
      listOps: [{ kind: 'merge', id: 'kdp-puk', ids: ['kdp', 'puk'] }],
      listEdits: {},
      seatEdits: { 'kdp-puk': 48 },
      coalitions: [{ id: 'c1', name: '', partyIds: ['sairoon', 'kdp-puk'] }],
    })
  })

  it('splitList moves seats to a new list beside the original in its coalitions', () => {
    const state = opening({ coalitions: [{ id: 'c1', name: '', partyIds: ['fatah'] }] })
    expect(edits.splitList(state, 'fatah', 7, 'Fatah splinter')).toMatchObject({
      listOps: [{ id: 'fatah-splinter' }],
      seatEdits: { fatah: 40 },
      coalitions: [{ id: 'c1', name: '', partyIds: ['fatah', 'fatah-splinter'] }],
    })
  })

  it('setNonVoting clamps the non-voting seats to the list’s seats', () => {
    expect(edits.setNonVoting(opening({ seatEdits: { kdp: 3 } }), 'kdp', 9)).toEqual({
      listEdits: { kdp: { nonVoting: 3 } },
    })
  })

  it('setChamberSize keeps the parliament’s own size as no edit', () => {
    expect(edits.setChamberSize(opening(), 329)).toEqual({ chamberSize: null })
    expect(edits.setChamberSize(opening(), 330.6)).toEqual({ chamberSize: 331 })
  })
})

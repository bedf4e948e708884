import fc from 'fast-check'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { buildParliament } from '../../src/elections/own-parliament'
import { type ScenarioStore, useScenarioStore } from '../../src/scenario/scenario-store'
import {
  type HistorySnapshot,
  type UndoHistory,
  createUndoHistory,
  hasOwnTextUndo,
  historySnapshot,
  undoShortcut,
} from '../../src/scenario/undo-history'
import { changeKind, sameData } from '../../src/scenario/continuous-change'

const store = useScenarioStore
const actions = () => store.getState()
const snap = () => historySnapshot(store.getState())

let clock = 0
let history: UndoHistory

beforeEach(() => {
  clock = 0
  history = createUndoHistory(store, { now: () => clock })
})
afterEach(() => history.stop())

/** Moves the injected clock on, as if the user paused. */
const wait = (ms: number) => (clock += ms)

describe('createUndoHistory', () => {
  it('undoes and redoes a coalition change', () => {
    actions().toggleParty('sairoon')
    wait(2000)
    actions().toggleParty('fatah')
    history.undo()
    expect(store.getState().coalitions[0]?.partyIds).toEqual(['sairoon'])
    history.undo()
    expect(store.getState().coalitions[0]?.partyIds).toEqual([])
    expect(history.getState()).toMatchObject({ canUndo: false, canRedo: true })
    history.redo()
    history.redo()
    expect(store.getState().coalitions[0]?.partyIds).toEqual(['sairoon', 'fatah'])
  })

  it('makes typing a name within a second one step', () => {
    for (const name of ['K', 'Ku', 'Kur', 'Kurd']) {
      actions().renameList('kdp', name)
      wait(300)
    }
    history.undo()
    expect(store.getState().listEdits).toEqual({})
  })

  it('keeps two bursts of typing a second apart as two steps', () => {
    actions().renameCoalition('c1', 'A')
    wait(400)
    actions().renameCoalition('c1', 'AB')
    wait(1500)
    actions().renameCoalition('c1', 'ABC')
    history.undo()
    expect(store.getState().coalitions[0]?.name).toBe('AB')
  })

  it('does not merge edits of two different lists typed in quick succession', () => {
    actions().setPartySeats('fatah', 50)
    actions().setPartySeats('nasr', 40)
    history.undo()
    expect(store.getState().seatEdits).toEqual({ fatah: 50 })
  })

  it('records neither changes that change nothing nor the reader’s language', () => {
    actions().renameCoalition('c1', '')
    actions().setLocale('ar')
    actions().setDigits('arabic')
    expect(history.getState().canUndo).toBe(false)
  })

  it('keeps the reader’s language when undoing', () => {
    actions().toggleParty('kdp')
    actions().setLocale('ar')
    history.undo()
    expect(store.getState().locale).toBe('ar')
  })

  it('forgets the redo steps once something new is done', () => {
    actions().toggleParty('kdp')
    history.undo()
    actions().toggleParty('puk')
    expect(history.getState()).toMatchObject({ canUndo: true, canRedo: false })
  })

  it('tells its subscribers when undo or redo becomes possible, with a stable state object', () => {
    const seen: unknown[] = []
    history.subscribe(() => seen.push(history.getState()))
    const before = history.getState()
    expect(history.getState()).toBe(before)
    actions().toggleParty('kdp')
    wait(2000)
    actions().toggleParty('puk')
    history.undo()
    expect(seen).toEqual([
      { canUndo: true, canRedo: false, limitReached: false, limit: 200 },
      { canUndo: true, canRedo: true, limitReached: false, limit: 200 },
    ])
  })

  it('undoes an import of a parliament', () => {
    const own = buildParliament({
      title: 'T',
      date: '2026-01-01',
      lists: [{ id: 'a', name: 'A', seats: 3, color: '#000000', camp: 'x' }],
    })
    const before = snap()
    actions().loadParliament(own)
    history.undo()
    expect(snap()).toEqual(before)
  })

  it('forgets the oldest steps beyond its limit', () => {
    history.stop()
    history = createUndoHistory(store, { now: () => (clock += 5000), limit: 3 })
    for (const id of ['kdp', 'puk', 'nasr', 'qarar', 'hikma']) actions().toggleParty(id)
    let undone = 0
    while (history.getState().canUndo) {
      history.undo()
      undone++
    }
    expect(undone).toBe(3)
    expect(store.getState().coalitions[0]?.partyIds).toEqual(['kdp', 'puk'])
  })

  it('says when undo stops because older steps were forgotten', () => {
    history.stop()
    history = createUndoHistory(store, { now: () => (clock += 5000), limit: 3 })
    expect(history.getState()).toMatchObject({ limitReached: false, limit: 3 })
    for (const id of ['kdp', 'puk', 'nasr', 'qarar']) actions().toggleParty(id)
    history.undo()
    history.undo()
    expect(history.getState()).toMatchObject({ canUndo: true, limitReached: false })
    history.undo()
    expect(history.getState()).toMatchObject({ canUndo: false, limitReached: true })
    history.redo()
    expect(history.getState()).toMatchObject({ canUndo: true, limitReached: false })
  })

  it('does not claim a limit when every step was undone', () => {
    actions().toggleParty('kdp')
    history.undo()
    expect(history.getState()).toMatchObject({ canUndo: false, limitReached: false })
  })
})

describe('changeKind', () => {
  const s = historySnapshot(useScenarioStore.getInitialState())
  it.each<[string, Partial<HistorySnapshot>, string | null]>([
    ['a seat count', { seatEdits: { fatah: 50 } }, 'seats:fatah'],
    ['a list name', { listEdits: { kdp: { name: 'K' } } }, 'list:kdp'],
    [
      'a coalition name',
      { coalitions: [{ id: 'c1', name: 'X', partyIds: [] }] },
      'coalition-name:c1',
    ],
    ['a chamber size', { chamberSize: 300 }, 'chamber-size'],
    ['a coalition’s members', { coalitions: [{ id: 'c1', name: '', partyIds: ['kdp'] }] }, null],
    ['two seat counts', { seatEdits: { fatah: 50, nasr: 1 } }, null],
    ['two fields', { seatEdits: { fatah: 50 }, chamberMode: 'sum' }, null],
  ])('calls a change of %s %j', (_, change, kind) => {
    expect(changeKind(s, { ...s, ...change })).toBe(kind)
  })
})

describe('keyboard shortcuts', () => {
  const press = (
    key: string,
    mods: Partial<Record<'ctrl' | 'meta' | 'shift' | 'alt', boolean>>,
  ) => ({
    key,
    ctrlKey: !!mods.ctrl,
    metaKey: !!mods.meta,
    shiftKey: !!mods.shift,
    altKey: !!mods.alt,
  })
  it.each([
    [press('z', { ctrl: true }), 'undo'],
    [press('z', { meta: true }), 'undo'],
    [press('Z', { ctrl: true, shift: true }), 'redo'],
    [press('Z', { meta: true, shift: true }), 'redo'],
    [press('y', { ctrl: true }), 'redo'],
    [press('z', {}), null],
    [press('z', { ctrl: true, alt: true }), null],
    [press('y', { meta: true }), null],
  ])('reads %j as %s', (event, command) => {
    expect(undoShortcut(event)).toBe(command)
  })

  it('leaves Ctrl+Z to text fields, not to buttons or checkboxes', () => {
    const make = (html: string) => {
      const div = document.createElement('div')
      div.innerHTML = html
      return div.firstElementChild
    }
    expect(hasOwnTextUndo(make('<input type="text">'))).toBe(true)
    expect(hasOwnTextUndo(make('<input type="number">'))).toBe(true)
    expect(hasOwnTextUndo(make('<textarea></textarea>'))).toBe(true)
    expect(hasOwnTextUndo(make('<input type="checkbox">'))).toBe(false)
    expect(hasOwnTextUndo(make('<button>x</button>'))).toBe(false)
    expect(hasOwnTextUndo(null)).toBe(false)
  })
})

// ---------------------------------------------------------------------------------------------
// Property-based tests: random action sequences against a model that is just three stacks of
// snapshots. The clock moves 2 s per action, so no two actions are coalesced here (coalescing is
// tested above); every action that changes the recorded fields is one step.

interface Model {
  past: HistorySnapshot[]
  present: HistorySnapshot
  future: HistorySnapshot[]
}

interface Real {
  history: UndoHistory
}

const LIST_IDS = ['sairoon', 'fatah', 'nasr', 'kdp', 'puk', 'kdp-puk', 'pirates', 'a', 'nope']
const listId = fc.constantFrom(...LIST_IDS)
const small = buildParliament({
  title: 'Small',
  date: '2026-01-01',
  lists: [
    { id: 'a', name: 'A', seats: 60, color: '#000000', camp: 'x' },
    { id: 'b', name: 'B', seats: 61, color: '#ffffff', camp: 'y' },
  ],
})

type Act = (s: ScenarioStore) => void
const act = (label: string, run: Act): [string, Act] => [label, run]
const coalitionId = fc.constantFrom('c1', 'c2', 'c3')
const actionArb: fc.Arbitrary<[string, Act]> = fc.oneof(
  listId.map((id) => act(`toggleParty ${id}`, (s) => s.toggleParty(id))),
  fc.constant(act('addCoalition', (s) => s.addCoalition())),
  coalitionId.map((id) => act(`removeCoalition ${id}`, (s) => s.removeCoalition(id))),
  fc
    .tuple(coalitionId, fc.string({ maxLength: 4 }))
    .map(([id, n]) => act(`renameCoalition ${id} ${n}`, (s) => s.renameCoalition(id, n))),
  coalitionId.map((id) => act(`selectCoalition ${id}`, (s) => s.selectCoalition(id))),
  fc
    .constantFrom('may2018', 'final2018')
    .map((v) => act(`setVersion ${v}`, (s) => s.setVersion(v))),
  fc
    .tuple(listId, fc.integer({ min: -5, max: 80 }))
    .map(([id, n]) => act(`setPartySeats ${id} ${n}`, (s) => s.setPartySeats(id, n))),
  listId.map((id) => act(`resetPartySeats ${id}`, (s) => s.resetPartySeats(id))),
  listId.map((id) => act(`resetList ${id}`, (s) => s.resetList(id))),
  fc.constant(act('resetSeats', (s) => s.resetSeats())),
  fc.constant(act('resetEdits', (s) => s.resetEdits())),
  fc.constant(act('reset', (s) => s.reset())),
  fc.constantFrom<'en' | 'ar'>('en', 'ar').map((l) => act(`setLocale ${l}`, (s) => s.setLocale(l))),
  fc.tuple(listId, listId).map(([a, b]) => act(`mergeLists ${a} ${b}`, (s) => s.mergeLists(a, b))),
  fc
    .tuple(listId, fc.integer({ min: 0, max: 10 }))
    .map(([id, n]) => act(`splitList ${id} ${n}`, (s) => s.splitList(id, n, 'Split'))),
  fc.integer({ min: 0, max: 9 }).map((n) => act(`addList ${n}`, (s) => s.addList('Pirates', n))),
  listId.map((id) => act(`removeList ${id}`, (s) => s.removeList(id))),
  fc
    .tuple(listId, fc.constantFrom('X', 'Y', ''))
    .map(([id, n]) => act(`renameList ${id} ${n}`, (s) => s.renameList(id, n))),
  fc
    .tuple(listId, fc.constantFrom('#112233', '#abcdef'))
    .map(([id, c]) => act(`recolorList ${id} ${c}`, (s) => s.recolorList(id, c))),
  fc
    .tuple(listId, fc.integer({ min: 0, max: 3 }))
    .map(([id, n]) => act(`setNonVoting ${id} ${n}`, (s) => s.setNonVoting(id, n))),
  fc
    .constantFrom<'fixed' | 'sum'>('fixed', 'sum')
    .map((m) => act(`setChamberMode ${m}`, (s) => s.setChamberMode(m))),
  fc
    .integer({ min: 100, max: 400 })
    .map((n) => act(`setChamberSize ${n}`, (s) => s.setChamberSize(n))),
  fc.constant(act('loadParliament', (s) => s.loadParliament(small))),
  fc.constant(act('startBlankParliament', (s) => s.startBlankParliament('Blank'))),
  fc
    .constantFrom('iraq-2018', 'custom')
    .map((id) => act(`setElection ${id}`, (s) => s.setElection(id))),
)

class ActionCommand implements fc.Command<Model, Real> {
  constructor(
    readonly label: string,
    readonly act: Act,
  ) {}
  check = () => true
  run(model: Model) {
    clock += 2000
    this.act(store.getState())
    const after = snap()
    if (!sameData(after, model.present)) {
      model.past.push(model.present)
      model.present = after
      model.future = []
    }
    expect(snap()).toEqual(model.present)
  }
  toString = () => this.label
}

class UndoCommand implements fc.Command<Model, Real> {
  check = () => true
  run(model: Model, real: Real) {
    expect(real.history.getState().canUndo).toBe(model.past.length > 0)
    real.history.undo()
    const previous = model.past.pop()
    if (previous) {
      model.future.push(model.present)
      model.present = previous
    }
    expect(snap()).toEqual(model.present)
  }
  toString = () => 'undo'
}

class RedoCommand implements fc.Command<Model, Real> {
  check = () => true
  run(model: Model, real: Real) {
    expect(real.history.getState().canRedo).toBe(model.future.length > 0)
    real.history.redo()
    const next = model.future.pop()
    if (next) {
      model.past.push(model.present)
      model.present = next
    }
    expect(snap()).toEqual(model.present)
  }
  toString = () => 'redo'
}

const actionCommand = actionArb.map(([label, act]) => new ActionCommand(label, act))
// Actions listed four times: four actions for every undo and every redo, on average.
const commands = fc.commands(
  [
    actionCommand,
    actionCommand,
    actionCommand,
    actionCommand,
    fc.constant(new UndoCommand()),
    fc.constant(new RedoCommand()),
  ],
  { maxCommands: 40, size: 'max' },
)

/** Runs in a fresh store and history, so every run starts from the opening state. */
function fresh(): { model: Model; real: Real } {
  history.stop()
  store.setState(store.getInitialState(), true)
  clock = 0
  history = createUndoHistory(store, { now: () => clock })
  return { model: { past: [], present: snap(), future: [] }, real: { history } }
}

/** Number of random sequences per property; reported in the test names. */
const RUNS = 150

describe('undo history, against a model of three stacks', () => {
  it(`agrees with the model after every step of ${RUNS} random sequences`, () => {
    fc.assert(
      fc.property(commands, (cmds) => {
        fc.modelRun(fresh, cmds)
      }),
      { numRuns: RUNS },
    )
  })

  it(`undo then redo, and redo then undo, change nothing (${RUNS} random sequences)`, () => {
    fc.assert(
      fc.property(commands, (cmds) => {
        const setup = fresh()
        fc.modelRun(() => setup, cmds)
        const before = snap()
        const state = history.getState()
        const { canUndo, canRedo } = state
        if (canUndo) {
          history.undo()
          history.redo()
          expect(snap()).toEqual(before)
        }
        if (canRedo) {
          history.redo()
          history.undo()
          expect(snap()).toEqual(before)
        }
        expect(history.getState()).toEqual(state)
      }),
      { numRuns: RUNS },
    )
  })

  it(`undoing back to the start restores the opening state (${RUNS} random sequences)`, () => {
    fc.assert(
      fc.property(commands, (cmds) => {
        const setup = fresh()
        const start = snap()
        fc.modelRun(() => setup, cmds)
        while (history.getState().canUndo) history.undo()
        expect(snap()).toEqual(start)
      }),
      { numRuns: RUNS },
    )
  })
})

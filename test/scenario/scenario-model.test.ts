/**
 * Never break: thousands of random sequences of user actions against the store, checked after every
 * step against a small reference model and a set of invariants:
 *
 * - the coalitions, the coalition being edited, the seat figures and edits are what the model says;
 * - every coalition's total is the sum of its members' voting seats, added up here from the data;
 * - no coalition or seat edit names a list the parliament on screen does not have;
 * - the majority is derived from the chamber (floor(voting seats / 2) + 1), and every verdict
 *   follows from it;
 * - undo followed by redo changes nothing;
 * - the link (encodeScenario → decodeScenario) opens the same scenario, and so does the entry
 *   "Recent scenarios" stores.
 *
 * Actions the model does not follow (merging, splitting and adding lists, chamber settings, undo,
 * redo, opening a link) still run and are checked against the invariants; the model then takes the
 * store's state as its new starting point.
 */
import fc from 'fast-check'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { MAX_COALITIONS, cleanCoalitionName } from '../../src/coalition/coalitions'
import { votingSeatMap } from '../../src/coalition/chamber'
import { evaluateCoalition } from '../../src/coalition/majority'
import { type ElectionCatalog, catalog, versionSeats } from '../../src/elections/catalog'
import { MAX_LIST_SEATS, nonVotingSeats } from '../../src/elections/parliament-edits'
import type { Election } from '../../src/elections/types'
import {
  EMPTY_SAVED,
  readSaved,
  scenarioQuery,
  withEntry,
  writeSaved,
} from '../../src/scenario/saved-scenarios'
import {
  type ScenarioState,
  type ScenarioStore,
  initialScenario,
  pickScenario,
  selectParliament,
  useScenarioStore,
} from '../../src/scenario/scenario-store'
import { selectChamber, selectSeats } from '../../src/scenario/selectors'
import { sameData } from '../../src/scenario/continuous-change'
import { type UndoHistory, createUndoHistory } from '../../src/scenario/undo-history'
import { LINK_FIELDS, decodeScenario, encodeScenario } from '../../src/scenario/url-codec'
import { applyLink } from '../../src/scenario/url-sync'

/** Sequences per property in `npm test`; KUTLA_MODEL_RUNS=20000 for a long run. */
const RUNS = Number(process.env.KUTLA_MODEL_RUNS ?? 1000)
const MAX_STEPS = 50

const store = useScenarioStore
let clock = 0
let history: UndoHistory
let sequences = 0
let steps = 0

// ---------------------------------------------------------------------------------------------
// The model: coalitions by position, the coalition being edited, the seat version and edits.

interface ModelCoalition {
  id: string
  name: string
  members: string[]
}

interface Model {
  coalitions: ModelCoalition[]
  active: string | null
  versionId: string
  seatEdits: Record<string, number>
}

function modelOf(state: ScenarioState): Model {
  return {
    coalitions: state.coalitions.map((c) => ({ id: c.id, name: c.name, members: [...c.partyIds] })),
    active: state.activeCoalitionId,
    versionId: state.versionId,
    seatEdits: { ...state.seatEdits },
  }
}

/** The parliament on screen (list edits are not modelled: read from the store). */
const parliament = (): Election => selectParliament(store.getState())!
const knownList = (id: string) => parliament().parties.some((p) => p.id === id)
const sourceFigure = (id: string, versionId: string) =>
  versionSeats(parliament(), versionId)[id] ?? 0

function nextId(coalitions: readonly ModelCoalition[]): string {
  const numbers = coalitions.map((c) => Number(/^c([0-9]+)$/.exec(c.id)?.[1] ?? 0))
  return `c${Math.max(0, ...numbers) + 1}`
}

function toggleMember(c: ModelCoalition, id: string): void {
  c.members = c.members.includes(id) ? c.members.filter((m) => m !== id) : [...c.members, id]
}

// ---------------------------------------------------------------------------------------------
// Invariants, checked on the store after every step.

/** The link and storage read and write against the parliament on screen, as url-sync does. */
function catalogFor(state: ScenarioState): ElectionCatalog {
  const shown = selectParliament(state)!
  return {
    elections: [shown, ...catalog.elections.filter((e) => e.id !== shown.id)],
    errors: [],
  }
}

/**
 * What a link carries, with coalitions by position (links number them c1, c2, … afresh) and seat
 * edits as the seats they give: an edit equal to the figure shown changes nothing on screen, and a
 * link leaves it out.
 */
function linkView(state: ScenarioState, election: Election) {
  const fields = Object.fromEntries(LINK_FIELDS.map((f) => [f, state[f]])) as Record<
    string,
    unknown
  >
  const figures = versionSeats(election, state.versionId)
  const active = state.coalitions.findIndex((c) => c.id === state.activeCoalitionId)
  return {
    ...fields,
    seatEdits: Object.fromEntries(
      Object.entries(state.seatEdits).filter(([id, n]) => n !== figures[id]),
    ),
    coalitions: state.coalitions.map((c) => ({ name: c.name, partyIds: c.partyIds })),
    activeCoalitionId: active,
  }
}

/** Deep equality; on a difference, `expect` shows it. (Thousands of `expect` calls per run are slow.) */
function same(actual: unknown, expected: unknown, what: string): void {
  if (!sameData(actual, expected)) expect(actual, what).toEqual(expected)
}

function checkInvariants(model: Model): void {
  const problems: string[] = []
  const check = (ok: boolean, problem: () => string) => {
    if (!ok) problems.push(problem())
  }
  const state = pickScenario(store.getState())
  const election = selectParliament(state)
  if (!election) throw new Error('no parliament on screen')
  const known = new Set(election.parties.map((p) => p.id))

  // The model's view of the scenario.
  same(modelOf(state), model, 'the model')

  // No unknown list ids; coalitions well formed.
  check(state.coalitions.length <= MAX_COALITIONS, () => 'too many coalitions')
  check(
    new Set(state.coalitions.map((c) => c.id)).size === state.coalitions.length,
    () => 'a repeated coalition id',
  )
  for (const c of state.coalitions) {
    for (const id of c.partyIds) check(known.has(id), () => `unknown list ${id} in ${c.id}`)
    check(new Set(c.partyIds).size === c.partyIds.length, () => `a repeated list in ${c.id}`)
  }
  for (const id of Object.keys(state.seatEdits)) {
    check(known.has(id), () => `seats edited for unknown list ${id}`)
  }
  check(
    state.activeCoalitionId === null ||
      state.coalitions.some((c) => c.id === state.activeCoalitionId),
    () => `editing a coalition that does not exist: ${state.activeCoalitionId}`,
  )

  // Each list's seats and voting seats, added up here from the data and the edits.
  const figures = versionSeats(election, state.versionId)
  const held = new Map<string, number>()
  const voting = new Map<string, number>()
  for (const p of election.parties) {
    const n = Object.hasOwn(state.seatEdits, p.id) ? state.seatEdits[p.id]! : figures[p.id]!
    check(Number.isInteger(n) && n >= 0 && n <= MAX_LIST_SEATS, () => `${p.id} holds ${n} seats`)
    held.set(p.id, n)
    voting.set(p.id, n - Math.min(n, p.nonVoting ?? 0))
  }

  // The chamber and its majority, derived here from its rules.
  let seatSum = 0
  let notVoting = 0
  for (const [id, n] of held) {
    seatSum += n
    notVoting += n - voting.get(id)!
  }
  const size = state.chamberMode === 'fixed' ? (state.chamberSize ?? election.chamberSize) : seatSum
  const majority = Math.floor(Math.max(0, size - notVoting) / 2) + 1
  const seats = selectSeats(election, state.versionId, state.seatEdits)
  const chamber = selectChamber(election, seats, state.chamberMode, state.chamberSize)
  check(chamber.totalSeats === size, () => `chamber of ${chamber.totalSeats}, expected ${size}`)
  check(chamber.majority === majority, () => `majority ${chamber.majority}, expected ${majority}`)

  // Every coalition's total is the sum of its members' seats, and its verdict follows.
  const votingSeats = votingSeatMap(seats, nonVotingSeats(election))
  for (const c of state.coalitions) {
    const result = evaluateCoalition(c, votingSeats, chamber.totalSeats, chamber.majority)
    const sum = c.partyIds.reduce((total, id) => total + voting.get(id)!, 0)
    check(result.seats === sum, () => `${c.id} totals ${result.seats}, its members ${sum}`)
    check(result.threshold === majority, () => `${c.id} measured against ${result.threshold}`)
    check(result.margin === sum - majority, () => `${c.id} margin ${result.margin}`)
    check(result.hasMajority === sum >= majority, () => `${c.id} verdict ${result.hasMajority}`)
  }
  expect(problems).toEqual([])

  // The link opens the same scenario; so does the entry "Recent scenarios" keeps.
  const from = catalogFor(state)
  const decoded = decodeScenario(encodeScenario(state, from), from)
  if (!decoded.ok || decoded.warnings.length) expect(decoded).toMatchObject({ warnings: [] })
  if (decoded.ok) {
    same(linkView(decoded.scenario, election), linkView(state, election), 'the link')
  }
  const query = scenarioQuery(state, from)
  const kept = readSaved(
    writeSaved(withEntry(EMPTY_SAVED, { v: 1, id: 'now', query, savedAt: 0, scenario: state })),
  ).last
  same(kept?.query, query, 'the stored entry')
}

// ---------------------------------------------------------------------------------------------
// Commands.

type Real = Record<string, never>

/** An action the model follows: `expect` changes the model as the store should change. */
class Modelled implements fc.Command<Model, Real> {
  constructor(
    readonly label: string,
    readonly act: (s: ScenarioStore) => void,
    readonly expectChange: (m: Model) => void,
  ) {}
  check = () => true
  run(model: Model) {
    steps++
    clock += 2000
    this.expectChange(model)
    this.act(store.getState())
    checkInvariants(model)
  }
  toString = () => this.label
}

/** An action the model does not follow: checked on the invariants, then taken as the new start. */
class Unmodelled implements fc.Command<Model, Real> {
  constructor(
    readonly label: string,
    readonly act: (s: ScenarioStore) => void,
  ) {}
  check = () => true
  run(model: Model) {
    steps++
    clock += 2000
    this.act(store.getState())
    Object.assign(model, modelOf(store.getState()))
    checkInvariants(model)
  }
  toString = () => this.label
}

/** Undo then redo (or, with nothing to undo, redo then undo): the scenario is exactly as before. */
class UndoRedo implements fc.Command<Model, Real> {
  check = () => true
  run(model: Model) {
    steps++
    const before = pickScenario(store.getState())
    const state = history.getState()
    const { canUndo, canRedo } = state
    if (canUndo) {
      history.undo()
      history.redo()
    } else if (canRedo) {
      history.redo()
      history.undo()
    }
    expect(sameData(pickScenario(store.getState()), before)).toBe(true)
    expect(history.getState()).toEqual(state)
    checkInvariants(model)
  }
  toString = () => 'undo then redo'
}

const LIST_IDS = [
  'sairoon',
  'fatah',
  'nasr',
  'kdp',
  'puk',
  'wataniya',
  'hikma',
  'nope',
  'sairoon-fatah',
]
const listId = fc.constantFrom(...LIST_IDS)
const coalitionIndex = fc.nat({ max: 13 })
/** A coalition id by position, as a user picks one on screen (or one that does not exist). */
const coalitionAt = (i: number) => store.getState().coalitions[i]?.id ?? `missing-${i}`
const names = fc.oneof(
  fc.string({ maxLength: 8 }),
  fc.constantFrom('Sadr + Amiri', '<b>x</b>&c=1', 'a*b.c_d', 'كتلة', '\u0000\u001f', ' '.repeat(3)),
  fc.string({ minLength: 55, maxLength: 70 }),
)

const modelled = [
  listId.map(
    (id) =>
      new Modelled(
        `toggleParty ${id}`,
        (s) => s.toggleParty(id),
        (m) => {
          if (!knownList(id)) return
          const active = m.coalitions.find((c) => c.id === m.active)
          if (active) toggleMember(active, id)
          else if (m.coalitions.length < MAX_COALITIONS) {
            const c = { id: nextId(m.coalitions), name: '', members: [id] }
            m.coalitions.push(c)
            m.active = c.id
          }
        },
      ),
  ),
  fc.tuple(coalitionIndex, listId).map(([i, id]) => {
    return new Modelled(
      `togglePartyInCoalition #${i} ${id}`,
      (s) => s.togglePartyInCoalition(coalitionAt(i), id),
      (m) => {
        const c = m.coalitions[i]
        if (c && knownList(id)) toggleMember(c, id)
      },
    )
  }),
  fc.constant(
    new Modelled(
      'addCoalition',
      (s) => s.addCoalition(),
      (m) => {
        if (m.coalitions.length >= MAX_COALITIONS) return
        const c = { id: nextId(m.coalitions), name: '', members: [] }
        m.coalitions.push(c)
        m.active = c.id
      },
    ),
  ),
  coalitionIndex.map(
    (i) =>
      new Modelled(
        `removeCoalition #${i}`,
        (s) => s.removeCoalition(coalitionAt(i)),
        (m) => {
          const removed = m.coalitions[i]
          if (!removed) return
          m.coalitions.splice(i, 1)
          if (m.active === removed.id) {
            m.active = (m.coalitions[i] ?? m.coalitions[i - 1])?.id ?? null
          }
        },
      ),
  ),
  fc.tuple(coalitionIndex, names).map(
    ([i, name]) =>
      new Modelled(
        `renameCoalition #${i} ${JSON.stringify(name)}`,
        (s) => s.renameCoalition(coalitionAt(i), name),
        (m) => {
          const c = m.coalitions[i]
          if (c) c.name = cleanCoalitionName(name)
        },
      ),
  ),
  coalitionIndex.map(
    (i) =>
      new Modelled(
        `selectCoalition #${i}`,
        (s) => s.selectCoalition(coalitionAt(i)),
        (m) => {
          if (m.coalitions[i]) m.active = m.coalitions[i]!.id
        },
      ),
  ),
  fc.constantFrom('may2018', 'final2018', 'nope').map(
    (v) =>
      new Modelled(
        `setVersion ${v}`,
        (s) => s.setVersion(v),
        (m) => {
          if (!parliament().versions.some((x) => x.id === v)) return
          m.versionId = v
          // An edit equal to the new figures is no edit any more.
          for (const [id, n] of Object.entries(m.seatEdits))
            if (n === sourceFigure(id, v)) delete m.seatEdits[id]
        },
      ),
  ),
  fc
    .tuple(
      listId,
      // Up to a chamber's worth: merged lists add up (the store caps a merged list at
      // MAX_LIST_SEATS; see test/scenario/scenario-store.test.ts).
      fc.oneof(
        fc.integer({ min: -5, max: 120 }),
        fc.double({ min: -10, max: 400 }),
        fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, 399.5),
      ),
    )
    .map(
      ([id, n]) =>
        new Modelled(
          `setPartySeats ${id} ${n}`,
          (s) => s.setPartySeats(id, n),
          (m) => {
            if (!knownList(id) || !Number.isFinite(n)) return
            const seats = Math.min(MAX_LIST_SEATS, Math.max(0, Math.round(n)))
            if (seats === sourceFigure(id, m.versionId)) delete m.seatEdits[id]
            else m.seatEdits[id] = seats
          },
        ),
    ),
  fc.constant(
    new Modelled(
      'resetSeats',
      (s) => s.resetSeats(),
      (m) => {
        m.seatEdits = {}
      },
    ),
  ),
  fc.constant(
    new Modelled(
      'reset',
      (s) => s.reset(),
      (m) => {
        const fresh = modelOf({ ...initialScenario(), electionId: store.getState().electionId })
        Object.assign(m, fresh)
      },
    ),
  ),
]

const unmodelled = [
  fc
    .tuple(listId, listId)
    .map(([a, b]) => new Unmodelled(`mergeLists ${a} ${b}`, (s) => s.mergeLists(a, b))),
  fc
    .tuple(listId, fc.integer({ min: 0, max: 20 }))
    .map(([id, n]) => new Unmodelled(`splitList ${id} ${n}`, (s) => s.splitList(id, n, 'Split'))),
  fc
    .integer({ min: 0, max: 30 })
    .map((n) => new Unmodelled(`addList ${n}`, (s) => s.addList('New', n))),
  listId.map((id) => new Unmodelled(`removeList ${id}`, (s) => s.removeList(id))),
  fc
    .tuple(listId, fc.integer({ min: 0, max: 5 }))
    .map(([id, n]) => new Unmodelled(`setNonVoting ${id} ${n}`, (s) => s.setNonVoting(id, n))),
  fc
    .constantFrom<'fixed' | 'sum'>('fixed', 'sum')
    .map((mode) => new Unmodelled(`setChamberMode ${mode}`, (s) => s.setChamberMode(mode))),
  fc
    .integer({ min: 0, max: 500 })
    .map((n) => new Unmodelled(`setChamberSize ${n}`, (s) => s.setChamberSize(n))),
  fc.constant(new Unmodelled('resetEdits', (s) => s.resetEdits())),
  fc.constant(new Unmodelled('undo', () => history.undo())),
  fc.constant(new Unmodelled('redo', () => history.redo())),
  // Back or Forward to an entry made earlier: the store opens a link.
  fc.constant(
    new Unmodelled('open own link', (s) => {
      const from = catalogFor(s)
      const decoded = decodeScenario(encodeScenario(s, from), from)
      if (decoded.ok) s.loadScenario(applyLink(pickScenario(s), decoded.scenario))
    }),
  ),
]

const commands = fc.commands(
  [...modelled, ...modelled, ...unmodelled, fc.constant(new UndoRedo())],
  { maxCommands: MAX_STEPS, size: 'max' },
)

function fresh(): { model: Model; real: Real } {
  history.stop()
  store.setState(store.getInitialState(), true)
  clock = 0
  history = createUndoHistory(store, { now: () => clock })
  sequences++
  return { model: modelOf(store.getState()), real: {} }
}

beforeEach(() => {
  history = createUndoHistory(store, { now: () => clock })
})
afterEach(() => history.stop())

describe('the scenario store, against a reference model', () => {
  it(`keeps every invariant after each step of ${RUNS} random sequences of up to ${MAX_STEPS} actions`, async ({
    annotate,
  }) => {
    fc.assert(
      fc.property(commands, (cmds) => {
        fc.modelRun(fresh, cmds)
      }),
      { numRuns: RUNS },
    )
    expect(steps).toBeGreaterThan(RUNS * 10)
    await annotate(
      `${sequences} random sequences, ${steps} steps, every invariant checked after each`,
    )
  }, 600_000)

  // Two cases this model found are now store tests (test/scenario/scenario-store.test.ts): merged
  // lists past MAX_LIST_SEATS, and an edit equal to the figures chosen afterwards.
})

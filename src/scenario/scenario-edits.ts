/**
 * The edits of a scenario as pure reducers: each takes the state and the action's arguments and
 * returns the fields that change, or the state itself when nothing does (an unknown list, a full
 * set of coalitions, a figure that is not a number), so the store notifies no one. Coalition
 * edits (toggle, add, remove, rename, select), seat edits (version, seats) and list edits (rename,
 * recolour, non-voting seats, merge, split, add, remove, chamber size). scenario-store.ts wires
 * each to its action of the same name; switching parliaments, resetting and the reader's settings
 * stay there.
 */
import {
  joinBesideInCoalitions,
  mergeInCoalitions,
  removeFromCoalitions,
} from '../coalition/coalition-edits'
import {
  MAX_COALITIONS,
  keepKnownParties,
  nextCoalitionId,
  renameCoalition as renameIn,
  toggleParty as toggleIn,
} from '../coalition/coalitions'
import type { Coalition, PartyId } from '../coalition/types'
import { versionSeats } from '../elections/catalog'
import {
  type ListEdit,
  type ListEdits,
  MAX_LIST_SEATS,
  baseListIds,
  cleanListName,
} from '../elections/parliament-edits'
import { isColour } from '../elections/field-rules'
import {
  type ListContext,
  addList as addListOp,
  mergeLists as mergeListsOp,
  splitList as splitListOp,
} from '../elections/list-changes'
import { type ScenarioState, selectBaseParliament, selectParliament } from './scenario-state'

/** What a reducer returns: the fields that change, or the state itself for no change. */
export type ScenarioEdit = Partial<ScenarioState>

function knownParty(state: ScenarioState, partyId: PartyId): boolean {
  const election = selectParliament(state)
  return !!election?.parties.some((p) => p.id === partyId)
}

/** A list's seats as the chosen version gives them (its "source figure"). */
function sourceSeats(state: ScenarioState, partyId: PartyId): number | undefined {
  const election = selectParliament(state)
  return election ? versionSeats(election, state.versionId)[partyId] : undefined
}

/** The seats a list holds now: its edit, or its source figure. */
function currentSeats(state: ScenarioState, partyId: PartyId): number {
  const edit = Object.hasOwn(state.seatEdits, partyId) ? state.seatEdits[partyId] : undefined
  return edit ?? sourceSeats(state, partyId) ?? 0
}

export function clampSeats(seats: number): number {
  return Math.min(MAX_LIST_SEATS, Math.max(0, Math.round(seats)))
}

/** Seat edits with one list set; an edit equal to the source figure is no edit and is dropped. */
function withSeatEdit(
  state: ScenarioState,
  partyId: PartyId,
  seats: number,
  edits: Readonly<Record<PartyId, number>> = state.seatEdits,
): Readonly<Record<PartyId, number>> {
  const out = { ...edits }
  if (seats === sourceSeats(state, partyId)) delete out[partyId]
  else out[partyId] = seats
  return out
}

export function without<T>(
  record: Readonly<Record<string, T>>,
  ...ids: string[]
): Record<string, T> {
  const out = { ...record }
  for (const id of ids) delete out[id]
  return out
}

function withListEdit(state: ScenarioState, partyId: PartyId, edit: ListEdit): ListEdits {
  const current = Object.hasOwn(state.listEdits, partyId) ? state.listEdits[partyId] : undefined
  return { ...state.listEdits, [partyId]: { ...current, ...edit } }
}

/** The ids of the parliament in force, to keep new ids unique. */
function takenIds(state: ScenarioState): Set<string> {
  const ids = new Set((selectParliament(state)?.parties ?? []).map((p) => p.id))
  // Ids used by earlier operations stay reserved, so an id never means two lists in one history.
  for (const op of state.listOps) ids.add(op.id)
  return ids
}

/** What the list changes of list-changes.ts need from a state; null without a parliament. */
function listContext(state: ScenarioState): ListContext | null {
  const parliament = selectParliament(state)
  if (!parliament) return null
  return { parliament, taken: takenIds(state), seats: (id) => currentSeats(state, id) }
}

/** Puts the list into the coalition being edited, or takes it out (creating a coalition if none). */
export function toggleParty(state: ScenarioState, partyId: PartyId): ScenarioEdit {
  if (!knownParty(state, partyId)) return state
  const active = state.coalitions.find((c) => c.id === state.activeCoalitionId)
  if (active) return { coalitions: toggleIn(state.coalitions, active.id, partyId) }
  if (state.coalitions.length >= MAX_COALITIONS) return state
  const id = nextCoalitionId(state.coalitions)
  return {
    coalitions: [...state.coalitions, { id, name: '', partyIds: [partyId] }],
    activeCoalitionId: id,
  }
}

export function togglePartyInCoalition(
  state: ScenarioState,
  coalitionId: string,
  partyId: PartyId,
): ScenarioEdit {
  return knownParty(state, partyId)
    ? { coalitions: toggleIn(state.coalitions, coalitionId, partyId) }
    : state
}

/** Adds a coalition and makes it the one being edited. Unchanged past MAX_COALITIONS. */
export function addCoalition(
  state: ScenarioState,
  partyIds: readonly PartyId[] = [],
  name = '',
): ScenarioEdit {
  if (state.coalitions.length >= MAX_COALITIONS) return state
  // The parliament in view: lists the reader added, merged or imported count as known.
  const election = selectParliament(state)
  const known = Object.fromEntries((election?.parties ?? []).map((p) => [p.id, 1]))
  const id = nextCoalitionId(state.coalitions)
  const coalition: Coalition = { id, name: '', partyIds: keepKnownParties(partyIds, known) }
  const coalitions = renameIn([...state.coalitions, coalition], id, name)
  return { coalitions, activeCoalitionId: id }
}

/** Removes a coalition; the next one (else the one before) becomes the one being edited. */
export function removeCoalition(state: ScenarioState, coalitionId: string): ScenarioEdit {
  const index = state.coalitions.findIndex((c) => c.id === coalitionId)
  if (index < 0) return state
  const coalitions = state.coalitions.filter((c) => c.id !== coalitionId)
  let activeCoalitionId = state.activeCoalitionId
  if (activeCoalitionId === coalitionId) {
    activeCoalitionId = (coalitions[index] ?? coalitions[index - 1])?.id ?? null
  }
  return { coalitions, activeCoalitionId }
}

export function renameCoalition(
  state: ScenarioState,
  coalitionId: string,
  name: string,
): ScenarioEdit {
  return { coalitions: renameIn(state.coalitions, coalitionId, name) }
}

export function selectCoalition(state: ScenarioState, coalitionId: string): ScenarioEdit {
  return state.coalitions.some((c) => c.id === coalitionId)
    ? { activeCoalitionId: coalitionId }
    : state
}

/** Switches the seat table; coalitions stay as they are. */
export function setVersion(state: ScenarioState, versionId: string): ScenarioEdit {
  const election = selectParliament(state)
  if (!election?.versions.some((v) => v.id === versionId)) return state
  // An edit equal to the new figures is no edit any more (and a link would leave it out).
  const next = { ...state, versionId }
  const seatEdits = Object.fromEntries(
    Object.entries(state.seatEdits).filter(([id, n]) => n !== sourceSeats(next, id)),
  )
  return { versionId, seatEdits }
}

/** Sets one list's seats (clamped to a whole number from 0 to MAX_LIST_SEATS). */
export function setPartySeats(state: ScenarioState, partyId: PartyId, seats: number): ScenarioEdit {
  if (!knownParty(state, partyId) || !Number.isFinite(seats)) return state
  const seatEdits = withSeatEdit(state, partyId, clampSeats(seats))
  return seatEdits[partyId] === state.seatEdits[partyId] ? state : { seatEdits }
}

/** Back to the source figure for one list's seats. */
export function resetPartySeats(state: ScenarioState, partyId: PartyId): ScenarioEdit {
  return Object.hasOwn(state.seatEdits, partyId)
    ? { seatEdits: without(state.seatEdits, partyId) }
    : state
}

/** Back to the source figures, names and colours for one list. */
export function resetList(state: ScenarioState, partyId: PartyId): ScenarioEdit {
  const hasSeats = Object.hasOwn(state.seatEdits, partyId)
  const hasEdit = Object.hasOwn(state.listEdits, partyId)
  if (!hasSeats && !hasEdit) return state
  return {
    seatEdits: hasSeats ? without(state.seatEdits, partyId) : state.seatEdits,
    listEdits: hasEdit ? without(state.listEdits, partyId) : state.listEdits,
  }
}

/** Drops every edit of the lists and seats; coalitions keep the original lists behind merged ones. */
export function resetEdits(state: ScenarioState): ScenarioEdit {
  if (
    state.listOps.length === 0 &&
    Object.keys(state.listEdits).length === 0 &&
    Object.keys(state.seatEdits).length === 0
  ) {
    return state
  }
  const coalitions = state.coalitions.map((c) => {
    const partyIds = [...new Set(c.partyIds.flatMap((id) => baseListIds(state.listOps, id)))]
    return partyIds.length === c.partyIds.length && partyIds.every((id, i) => id === c.partyIds[i])
      ? c
      : { ...c, partyIds }
  })
  return { seatEdits: {}, listOps: [], listEdits: {}, coalitions }
}

export function renameList(state: ScenarioState, partyId: PartyId, name: string): ScenarioEdit {
  return knownParty(state, partyId)
    ? { listEdits: withListEdit(state, partyId, { name: cleanListName(name) }) }
    : state
}

/** Sets a list's colour (`#rrggbb`; anything else leaves the state as it is). */
export function recolorList(state: ScenarioState, partyId: PartyId, color: string): ScenarioEdit {
  return knownParty(state, partyId) && isColour(color)
    ? { listEdits: withListEdit(state, partyId, { color: color.toLowerCase() }) }
    : state
}

/** Marks some of a list's seats as not voting (clamped to its seats). */
export function setNonVoting(state: ScenarioState, partyId: PartyId, seats: number): ScenarioEdit {
  if (!knownParty(state, partyId) || !Number.isFinite(seats)) return state
  const nonVoting = Math.min(currentSeats(state, partyId), clampSeats(seats))
  return { listEdits: withListEdit(state, partyId, { nonVoting }) }
}

/** Two lists run as one; coalitions holding either hold the merged list instead. */
export function mergeLists(
  state: ScenarioState,
  firstId: PartyId,
  secondId: PartyId,
  name = '',
): ScenarioEdit {
  const context = listContext(state)
  const merged = context && mergeListsOp(context, firstId, secondId, name)
  if (!merged) return state
  const { op, seats } = merged
  const next = { ...state, listOps: [...state.listOps, op] }
  const seatEdits = withSeatEdit(next, op.id, seats, without(state.seatEdits, ...op.ids))
  return {
    listOps: next.listOps,
    listEdits: without(state.listEdits, ...op.ids),
    seatEdits,
    coalitions: mergeInCoalitions(state.coalitions, op.ids, op.id),
  }
}

/**
 * Moves `seats` of a list to a new list called `name`, which joins the coalitions the original
 * is in (so no coalition's total changes).
 */
export function splitList(
  state: ScenarioState,
  partyId: PartyId,
  seats: number,
  name: string,
): ScenarioEdit {
  const context = Number.isFinite(seats) ? listContext(state) : null
  const split = context && splitListOp(context, partyId, clampSeats(seats), name)
  if (!split) return state
  return {
    listOps: [...state.listOps, split.op],
    seatEdits: withSeatEdit(state, partyId, currentSeats(state, partyId) - split.moved),
    coalitions: joinBesideInCoalitions(state.coalitions, partyId, split.op.id),
  }
}

/** Adds a list with its own seats. */
export function addList(
  state: ScenarioState,
  name: string,
  seats: number,
  color?: string,
): ScenarioEdit {
  const context = Number.isFinite(seats) ? listContext(state) : null
  const op = context && addListOp(context, name, clampSeats(seats), color)
  return op ? { listOps: [...state.listOps, op] } : state
}

/** Removes a list from the parliament and from every coalition. */
export function removeList(state: ScenarioState, partyId: PartyId): ScenarioEdit {
  if (!knownParty(state, partyId)) return state
  return {
    listOps: [...state.listOps, { kind: 'remove', id: partyId }],
    seatEdits: without(state.seatEdits, partyId),
    listEdits: without(state.listEdits, partyId),
    coalitions: removeFromCoalitions(state.coalitions, partyId),
  }
}

/** Sets a fixed chamber's size; the parliament's own size is kept as no edit (null). */
export function setChamberSize(state: ScenarioState, seats: number): ScenarioEdit {
  if (!Number.isFinite(seats)) return state
  const size = clampSeats(seats)
  return { chamberSize: size === selectBaseParliament(state)?.chamberSize ? null : size }
}

/**
 * The domain rules of merging, splitting and adding lists: which id, name, colour and seats the
 * new list gets. Pure; the store's actions (scenario-store.ts) call these and only record the
 * operation they return (parliament-edits.ts applies it).
 */
import type { PartyId } from '../coalition/types'
import { isColour } from './field-rules'
import {
  type ListOp,
  MAX_LIST_SEATS,
  MAX_LISTS,
  cleanListName,
  lighterColor,
  listColor,
  uniqueListId,
} from './parliament-edits'
import type { Election } from './types'

/** What a list change needs to know besides the parliament. */
export interface ListContext {
  /** The parliament as shown (edits applied). */
  parliament: Election
  /** Ids that may not be given to a new list (those shown and those earlier operations used). */
  taken: ReadonlySet<string>
  /** A list's seats as shown (with the reader's seat edits). */
  seats: (partyId: PartyId) => number
}

/**
 * Two lists run as one: a new id from both, the name given (or "A + B"), and their seats added
 * (at most MAX_LIST_SEATS, so every figure can travel in a link). Null when either list is
 * missing or they are the same.
 *
 * @example mergeLists(ctx, 'kdp', 'puk', '')?.op // { kind: 'merge', id: 'kdp-puk', ids: ['kdp', 'puk'], name: 'KDP + PUK' }
 */
export function mergeLists(
  { parliament, taken, seats }: ListContext,
  firstId: PartyId,
  secondId: PartyId,
  name: string,
): { op: Extract<ListOp, { kind: 'merge' }>; seats: number } | null {
  const a = parliament.parties.find((p) => p.id === firstId)
  const b = parliament.parties.find((p) => p.id === secondId)
  if (!a || !b || a === b) return null
  const id = uniqueListId(`${a.id}-${b.id}`, taken)
  const clean = cleanListName(name).trim() || `${a.shortName} + ${b.shortName}`
  return {
    op: { kind: 'merge', id, ids: [a.id, b.id], name: clean },
    seats: Math.min(MAX_LIST_SEATS, seats(a.id) + seats(b.id)),
  }
}

/**
 * Part of a list becomes a new list beside it: the seats moved (at most what the list holds), the
 * name given (or "A 2"), a lighter shade of its colour and its camp. Null when the list is
 * missing or the parliament has MAX_LISTS lists already.
 */
export function splitList(
  { parliament, taken, seats }: ListContext,
  partyId: PartyId,
  moved: number,
  name: string,
): { op: ListOp; moved: number } | null {
  const origin = parliament.parties.find((p) => p.id === partyId)
  if (!origin || parliament.parties.length >= MAX_LISTS) return null
  const seatsMoved = Math.min(seats(partyId), moved)
  const clean = cleanListName(name).trim() || `${origin.shortName} 2`
  const op: ListOp = {
    kind: 'add',
    id: uniqueListId(clean, taken),
    name: clean,
    seats: seatsMoved,
    color: lighterColor(origin.color),
    camp: origin.camp,
  }
  return { op, moved: seatsMoved }
}

/**
 * A new list: the name given (or "List n"), its seats, the colour given (or the next of
 * LIST_COLORS). Null when the parliament has MAX_LISTS lists already.
 */
export function addList(
  { parliament, taken }: Omit<ListContext, 'seats'>,
  name: string,
  seats: number,
  color?: string,
): ListOp | null {
  if (parliament.parties.length >= MAX_LISTS) return null
  const count = parliament.parties.length
  const clean = cleanListName(name).trim() || `List ${count + 1}`
  return {
    kind: 'add',
    id: uniqueListId(clean, taken),
    name: clean,
    seats,
    color: color && isColour(color) ? color.toLowerCase() : listColor(count),
    camp: 'unknown',
  }
}

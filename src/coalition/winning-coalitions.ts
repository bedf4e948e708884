/**
 * Minimal winning coalitions: counted exactly and listed lazily, best first, never by going through
 * all 2^n subsets.
 *
 * A coalition wins when its seats reach the quota. It is minimal winning when it wins and loses
 * if any one member leaves; since the member with the fewest seats is the easiest to spare, that is
 * the same as seats − (seats of its smallest member) < quota (von Neumann and Morgenstern 1944).
 * Riker's (1962) "minimum winning" coalitions, the ones with the fewest seats, come first in the
 * 'fewest-seats' order. Lists with 0 seats are never in one: they can always leave.
 *
 * Lists are put in one canonical order, most seats first and ties by position in the input (by id
 * for the seat-map functions, as sortBySeats does); "rank" below means position in that order.
 *
 * This module holds the rules of the game and the entry points by list id (a seat map). The work
 * by player index lives in three modules, re-exported here: the options and input checks
 * (minimal-winning-input.ts), exact counting (minimal-winning-count.ts) and the lazy listing
 * (minimal-winning-list.ts).
 */
import { checkWeights } from './power'
import { countMinimalWinning } from './minimal-winning-count'
import {
  type MinimalWinningFilter,
  type MinimalWinningOptions,
  type MinimalWinningPage,
  checkQuota,
} from './minimal-winning-input'
import { listMinimalWinning } from './minimal-winning-list'
import type { PartyId, SeatMap } from './types'

export { countMinimalWinning, countMinimalWinningBySize } from './minimal-winning-count'
export type {
  MinimalWinningFilter,
  MinimalWinningOptions,
  MinimalWinningOrder,
  MinimalWinningPage,
  WeightedCoalition,
} from './minimal-winning-input'
export { listMinimalWinning, minimalWinningCoalitions } from './minimal-winning-list'

/**
 * Whether the players form a minimal winning coalition: they reach the quota and would not
 * without any single one of them. Duplicate indices count once.
 *
 * @example isMinimalWinning([54, 47, 42, 25, 25], 165, [0, 1, 2, 3]) // true: 168, and 143 without the smallest
 */
export function isMinimalWinning(
  weights: readonly number[],
  quota: number,
  members: readonly number[],
): boolean {
  checkWeights(weights)
  const q = checkQuota(quota)
  const unique = [...new Set(members)]
  if (unique.length === 0) return false
  let sum = 0
  let smallest = Infinity
  for (const i of unique) {
    const w = weights[i]
    if (w === undefined) throw new RangeError(`member ${i} is not a player index`)
    sum += w
    smallest = Math.min(smallest, w)
  }
  return sum >= q && sum - smallest < q
}

/** A minimal winning coalition of lists. */
export interface MinimalWinningCoalition {
  /** Member ids, most seats first, ties by id. */
  partyIds: PartyId[]
  seats: number
  /** Seats above the quota (≥ 0). */
  margin: number
}

/** Options by list id; see MinimalWinningOptions. */
export interface PartyFilterOptions extends Omit<
  MinimalWinningOptions,
  'mustInclude' | 'mustExclude'
> {
  /** Lists every coalition contains. An id not in the seat map (0 seats) leaves no coalition. */
  mustInclude?: readonly PartyId[]
  /** Lists no coalition contains. Unknown ids are ignored. */
  mustExclude?: readonly PartyId[]
}

/**
 * One page of minimal winning coalitions of lists, best first, with the exact total.
 * The same rules and costs as listMinimalWinning; ties rank lists by seats, then by id.
 *
 * @example listMinimalWinningCoalitions({ a: 2, b: 1, c: 1, d: 1 }, 3, { order: 'fewest-seats', limit: 1 }).items // [{ partyIds: ['a', 'b'], seats: 3, margin: 0 }]
 */
export function listMinimalWinningCoalitions(
  seats: SeatMap,
  quota: number,
  options: PartyFilterOptions = {},
): MinimalWinningPage<MinimalWinningCoalition> {
  const { ids, weights, filter, impossible } = byIndex(seats, options)
  const { order, offset, limit } = options
  const page = listMinimalWinning(weights, quota, {
    ...filter,
    ...(order && { order }),
    ...(offset !== undefined && { offset }),
    ...(limit !== undefined && { limit }),
  })
  if (impossible) return { items: [], total: 0n, offset: page.offset, hasMore: false }
  const q = Math.ceil(quota)
  return {
    ...page,
    items: page.items.map((c) => ({
      partyIds: c.members.map((i) => ids[i]!),
      seats: c.weight,
      margin: c.weight - q,
    })),
  }
}

/**
 * The exact number of minimal winning coalitions of lists that pass the filter.
 *
 * @example countMinimalWinningCoalitions({ a: 2, b: 1, c: 1, d: 1 }, 3, { mustExclude: ['a'] }) // 1n
 */
export function countMinimalWinningCoalitions(
  seats: SeatMap,
  quota: number,
  filter: Omit<PartyFilterOptions, 'order' | 'offset' | 'limit'> = {},
): bigint {
  const { weights, filter: byIndexFilter, impossible } = byIndex(seats, filter)
  const count = countMinimalWinning(weights, quota, byIndexFilter)
  return impossible ? 0n : count
}

/** Seat map → weights by index (ids sorted, so input order is id order), filters by index. */
function byIndex(
  seats: SeatMap,
  options: Pick<PartyFilterOptions, 'mustInclude' | 'mustExclude' | 'maxSize'>,
) {
  const ids = Object.keys(seats).sort((x, y) => (x < y ? -1 : x > y ? 1 : 0))
  const weights = ids.map((id) => {
    const w = seats[id]
    if (typeof w !== 'number' || !Number.isSafeInteger(w) || w < 0) {
      throw new RangeError(`seats of ${id} must be a whole number ≥ 0 (got ${w})`)
    }
    return w
  })
  const position = new Map(ids.map((id, i) => [id, i]))
  const mustExclude = (options.mustExclude ?? []).flatMap((id) => position.get(id) ?? [])
  const mustInclude = (options.mustInclude ?? []).flatMap((id) => position.get(id) ?? [])
  const filter: MinimalWinningFilter = { mustInclude, mustExclude }
  if (options.maxSize !== undefined) filter.maxSize = options.maxSize
  // A list missing from the seat map holds 0 seats, so no minimal winning coalition includes it.
  const impossible = mustInclude.length < (options.mustInclude ?? []).length
  return { ids, weights, filter, impossible }
}

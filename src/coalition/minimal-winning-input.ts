/**
 * The questions the minimal-winning functions answer, and the checks of their input. A game is
 * weights (seats) by player index and a quota; a filter forces players in or out and caps the
 * size; options add the order and a page. `prepare` validates a game and its filter and puts the
 * candidates in the canonical order (most seats first, ties by index) that counting
 * (minimal-winning-count.ts) and listing (minimal-winning-list.ts) both walk.
 */
import { checkWeights } from './power'

/** Which minimal winning coalitions come first. */
export type MinimalWinningOrder = 'fewest-lists' | 'fewest-seats'

/** Restrictions on the coalitions counted or listed, by player index. */
export interface MinimalWinningFilter {
  /** Players every coalition contains. Minimality still applies to the whole coalition. */
  mustInclude?: readonly number[]
  /** Players no coalition contains. */
  mustExclude?: readonly number[]
  /** The most members a coalition may have. */
  maxSize?: number
}

export interface MinimalWinningOptions extends MinimalWinningFilter {
  /**
   * 'fewest-lists' (default): by number of members, then by seats, then by the tie-break below.
   * 'fewest-seats': by seats (the smallest margin above the quota first), then by number of
   * members, then by the tie-break.
   * Tie-break: compare the members from the smallest up; the coalition whose smallest member ranks
   * higher (more seats, then earlier in the input) comes first, then the second smallest, and so on.
   */
  order?: MinimalWinningOrder
  /** Results to skip (default 0). */
  offset?: number
  /** The most results to return (default 20). */
  limit?: number
}

/** A coalition of players by index. */
export interface WeightedCoalition {
  /** Player indices, in canonical order (most seats first, then input order). */
  members: number[]
  /** Total weight (seats). */
  weight: number
}

/** One page of results with the exact number of results under the same filters. */
export interface MinimalWinningPage<T> {
  items: T[]
  /** Every minimal winning coalition that passes the filters, counted exactly. */
  total: bigint
  offset: number
  /** Whether results remain after this page. */
  hasMore: boolean
}

/** A validated game, ready to count or list. */
export interface Setup {
  /** The quota, rounded up to whole seats. */
  q: number
  /** Player indices that may be members (not excluded, more than 0 seats), canonical order. */
  candidates: number[]
  /** forced[pos]: candidate pos must be a member. */
  forced: boolean[]
  /** Position of the lowest-ranked forced candidate, −1 if none. */
  lastForced: number
}

/**
 * Validates and orders; null when no coalition can pass the filters.
 *
 * @throws RangeError for invalid weights, a quota that is not a finite number above 0, or a filter
 *   index that is not a player.
 * @example prepare([1, 2], 2, {}) // { q: 2, candidates: [1, 0], forced: [false, false], lastForced: -1 }
 */
export function prepare(
  weights: readonly number[],
  quota: number,
  filter: MinimalWinningFilter,
): Setup | null {
  checkWeights(weights)
  const q = checkQuota(quota)
  const include = checkIndices(filter.mustInclude, weights.length, 'mustInclude')
  const exclude = checkIndices(filter.mustExclude, weights.length, 'mustExclude')
  if (filter.maxSize !== undefined) checkCount(filter.maxSize, 'maxSize')
  for (const i of include) if (exclude.has(i) || weights[i] === 0) return null
  if (filter.maxSize !== undefined && include.size > filter.maxSize) return null
  const candidates = weights
    .map((_, i) => i)
    .filter((i) => weights[i]! > 0 && !exclude.has(i))
    .sort((a, b) => weights[b]! - weights[a]! || a - b)
  const forced = candidates.map((i) => include.has(i))
  if (candidates.reduce((sum, i) => sum + weights[i]!, 0) < q) return null
  return { q, candidates, forced, lastForced: forced.lastIndexOf(true) }
}

/**
 * The quota in whole seats (rounded up).
 *
 * @throws RangeError unless it is a finite number above 0.
 * @example checkQuota(164.5) // 165
 */
export function checkQuota(quota: number): number {
  if (typeof quota !== 'number' || !Number.isFinite(quota) || quota <= 0) {
    throw new RangeError(`the quota must be a finite number above 0 (got ${quota})`)
  }
  return Math.ceil(quota)
}

/**
 * The player indices as a set.
 *
 * @throws RangeError, naming the option, for an index that is not a player (0 to n − 1).
 * @example checkIndices([2, 0, 2], 3, 'mustInclude') // Set {2, 0}
 */
export function checkIndices(
  indices: readonly number[] | undefined,
  n: number,
  name: string,
): Set<number> {
  const out = new Set<number>()
  for (const i of indices ?? []) {
    if (!Number.isInteger(i) || i < 0 || i >= n) {
      throw new RangeError(`${name}: ${i} is not a player index (0 to ${n - 1})`)
    }
    out.add(i)
  }
  return out
}

/**
 * The value, if it is a whole number ≥ 0.
 *
 * @throws RangeError, naming the option, otherwise.
 * @example checkCount(20, 'limit') // 20
 */
export function checkCount(value: number, name: string): number {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${name} must be a whole number ≥ 0 (got ${value})`)
  }
  return value
}

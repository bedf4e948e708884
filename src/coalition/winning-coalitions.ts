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
 */
import { checkWeights } from './power'
import { addMod, countingModuli, fromResidues } from './exact-counting'
import type { PartyId, SeatMap } from './types'

/** The most 32-bit words of reachability tables a listing may hold (64 MB). */
const MAX_BITSET_WORDS = 16 * 1024 * 1024

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

/**
 * The exact number of minimal winning coalitions that pass the filter.
 *
 * Counting dynamic program: with players in canonical order, each coalition is counted once, at
 * its smallest member i, as i plus a set A of higher-ranked players with quota − wᵢ ≤ w(A) < quota.
 * Cost: O(n·quota) additions per counting pass (O(n·maxSize·quota) with maxSize), one pass for up
 * to 52 players, ⌈n/51⌉ above. 37 lists, quota 165: about 25 µs.
 *
 * @throws RangeError for invalid weights, a quota that is not a finite number above 0, or a filter
 *   index that is not a player.
 * @example countMinimalWinning([2, 1, 1, 1], 3) // 4n: {2,1} three ways and {1,1,1}
 */
export function countMinimalWinning(
  weights: readonly number[],
  quota: number,
  filter: MinimalWinningFilter = {},
): bigint {
  const bySize = countBySize(weights, quota, filter, filter.maxSize !== undefined)
  return bySize.reduce((a, b) => a + b, 0n)
}

/**
 * The exact number of minimal winning coalitions of each size: result[k] have k members.
 * Cost: O(n·K·quota) additions per counting pass, K the largest possible size.
 *
 * @example countMinimalWinningBySize([2, 1, 1, 1], 3) // [0n, 0n, 3n, 1n]
 */
export function countMinimalWinningBySize(
  weights: readonly number[],
  quota: number,
  filter: MinimalWinningFilter = {},
): bigint[] {
  return countBySize(weights, quota, filter, true)
}

/**
 * The minimal winning coalitions that pass the filters, lazily, in the chosen order (see
 * MinimalWinningOptions.order). Offset and limit are ignored: take as many as needed.
 *
 * How: a coalition with w seats is minimal winning exactly when all its members have more than
 * w − quota seats, so for each (seats, size) level the allowed players are a prefix of the
 * canonical order. A table of reachable (size, seats) for every prefix, as bitsets, lets a
 * depth-first search walk only into branches that end in a result.
 * Cost: building the table, O(n·K·(quota + largest weight)/32) word operations with rows added
 * as sizes are reached, then O(n) per result and O(1) per empty level. See `npm run bench`
 * (37 lists: a page of 20 with its total in under 0.1 ms).
 *
 * @throws RangeError on invalid input (as countMinimalWinning), or, while iterating, when the
 *   tables would pass 64 MB (hundreds of lists with very large coalitions): use maxSize.
 * @example [...minimalWinningCoalitions([2, 1, 1, 1], 3)].map((c) => c.members) // [[0, 1], [0, 2], [0, 3], [1, 2, 3]]
 */
export function* minimalWinningCoalitions(
  weights: readonly number[],
  quota: number,
  options: MinimalWinningOptions = {},
): Generator<WeightedCoalition, void, undefined> {
  const setup = prepare(weights, quota, options)
  if (!setup) return
  const { q, candidates, forced, lastForced } = setup
  const count = candidates.length
  const candidateWeights = candidates.map((i) => weights[i]!)
  const smallestForced = forced.some(Boolean)
    ? Math.min(...candidateWeights.filter((_, pos) => forced[pos]))
    : Infinity
  // A member has more than (seats − quota) seats, so seats < quota + smallest member's seats.
  const largestMember = Math.min(smallestForced, candidateWeights[0] ?? 0)
  const candidateTotal = candidateWeights.reduce((a, b) => a + b, 0)
  const maxSeats = Math.min(q - 1 + largestMember, candidateTotal)
  if (maxSeats < q) return
  // No coalition has more members than the smallest candidates that fit in maxSeats.
  let largestSize = Math.min(options.maxSize ?? count, count)
  for (let c = 0, sum = 0; c < count; c++) {
    sum += candidateWeights[count - 1 - c]!
    if (sum > maxSeats) {
      largestSize = Math.min(largestSize, c)
      break
    }
  }
  if (largestSize < 1) return

  const words = (maxSeats >>> 5) + 1
  // rows[c][j·words …]: bitset of the seat totals (≤ maxSeats) of c players among candidates
  // 0..j−1 that include every forced one among them.
  const rows: Int32Array[] = []
  const row0 = new Int32Array((count + 1) * words)
  for (let j = 0; j <= count; j++) {
    if (j > 0 && forced[j - 1]) break
    row0[j * words] = 1
  }
  rows.push(row0)
  const ensureRows = (c: number) => {
    while (rows.length <= c) {
      if ((rows.length + 1) * (count + 1) * words > MAX_BITSET_WORDS) {
        throw new RangeError(
          `listing needs more than ${MAX_BITSET_WORDS * 4} bytes of tables at ${rows.length} lists: ` +
            'use a smaller maxSize or the fewest-lists order',
        )
      }
      const previous = rows[rows.length - 1]!
      const row = new Int32Array((count + 1) * words)
      for (let j = 0; j < count; j++) {
        const from = j * words
        const to = from + words
        if (!forced[j]) row.copyWithin(to, from, to)
        shiftOr(row, to, previous, from, candidateWeights[j]!, words)
      }
      rows.push(row)
    }
  }
  const has = (c: number, j: number, s: number) =>
    ((rows[c]![j * words + (s >>> 5)]! >>> (s & 31)) & 1) === 1

  // allowed[t − q]: how many candidates (a prefix) have more than t − q seats.
  const allowed: number[] = []
  for (let t = q, j = count; t <= maxSeats; t++) {
    while (j > 0 && candidateWeights[j - 1]! <= t - q) j--
    allowed.push(j)
  }

  const chosen: number[] = []
  function* walk(j: number, c: number, s: number): Generator<number[], void, undefined> {
    if (j === 0) {
      const members: number[] = []
      for (let k = chosen.length - 1; k >= 0; k--) members.push(candidates[chosen[k]!]!)
      yield members
      return
    }
    const pos = j - 1
    const w = candidateWeights[pos]!
    // Leaving the lower-ranked player out first puts coalitions with higher-ranked members first.
    if (!forced[pos] && has(c, pos, s)) yield* walk(pos, c, s)
    if (c > 0 && s >= w && has(c - 1, pos, s - w)) {
      chosen.push(pos)
      yield* walk(pos, c - 1, s - w)
      chosen.pop()
    }
  }
  // Level (t, c): the coalitions of c members and t seats, among the prefix allowed at t.
  function* level(t: number, c: number): Generator<WeightedCoalition, void, undefined> {
    for (const members of walk(allowed[t - q]!, c, t)) yield { members, weight: t }
  }
  const nonEmpty = (t: number, c: number) => {
    const prefix = allowed[t - q]!
    if (prefix <= lastForced) return false
    ensureRows(c)
    return has(c, prefix, t)
  }

  if ((options.order ?? 'fewest-lists') === 'fewest-lists') {
    for (let c = 1; c <= largestSize; c++) {
      for (let t = q; t <= maxSeats; t++) if (nonEmpty(t, c)) yield* level(t, c)
    }
  } else {
    for (let t = q; t <= maxSeats; t++) {
      for (let c = 1; c <= largestSize; c++) if (nonEmpty(t, c)) yield* level(t, c)
    }
  }
}

/**
 * One page of minimal winning coalitions in the chosen order, with the exact total under the same
 * filters. Cost: the count, the table (see minimalWinningCoalitions) and O(n) per result skipped
 * or returned, so later pages cost a little more than earlier ones.
 *
 * @example listMinimalWinning([2, 1, 1, 1], 3, { limit: 2 }) // { items: [{ members: [0, 1], weight: 3 }, { members: [0, 2], weight: 3 }], total: 4n, offset: 0, hasMore: true }
 */
export function listMinimalWinning(
  weights: readonly number[],
  quota: number,
  options: MinimalWinningOptions = {},
): MinimalWinningPage<WeightedCoalition> {
  const offset = checkCount(options.offset ?? 0, 'offset')
  const limit = checkCount(options.limit ?? 20, 'limit')
  const total = countMinimalWinning(weights, quota, options)
  const items: WeightedCoalition[] = []
  if (limit > 0 && BigInt(offset) < total) {
    let seen = 0
    for (const coalition of minimalWinningCoalitions(weights, quota, options)) {
      if (seen++ >= offset && items.push(coalition) >= limit) break
      // Past the last result the search would only scan empty levels: stop there.
      if (BigInt(seen) >= total) break
    }
  }
  return { items, total, offset, hasMore: BigInt(offset + items.length) < total }
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

interface Setup {
  q: number
  /** Player indices that may be members (not excluded, more than 0 seats), canonical order. */
  candidates: number[]
  /** forced[pos]: candidate pos must be a member. */
  forced: boolean[]
  /** Position of the lowest-ranked forced candidate, −1 if none. */
  lastForced: number
}

/** Validates and orders; null when no coalition can pass the filters. */
function prepare(
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

function countBySize(
  weights: readonly number[],
  quota: number,
  filter: MinimalWinningFilter,
  withSizes: boolean,
): bigint[] {
  const setup = prepare(weights, quota, filter)
  if (!setup) return [0n]
  const { q, candidates, forced, lastForced } = setup
  const candidateWeights = candidates.map((i) => weights[i]!)
  // Rows: sizes of A (the members other than the smallest), up to maxSize − 1 and to the most
  // candidates whose seats fit under the quota.
  let rows = 1
  if (withSizes) {
    const ascending = [...candidateWeights].reverse()
    let fit = 0
    for (let sum = 0; fit < ascending.length && sum + ascending[fit]! < q; fit++)
      sum += ascending[fit]!
    rows = Math.min(fit, (filter.maxSize ?? candidates.length) - 1) + 1
    if (rows < 1) return [0n]
  }
  if (rows * q > 16_000_000) {
    throw new RangeError(`the game is too large to count exactly (${rows} × ${q} table cells)`)
  }
  const moduli = countingModuli(weights.length)
  const sizes = withSizes ? rows + 1 : 1
  const residues = Array.from({ length: sizes }, () => new Float64Array(moduli.length))
  const table = new Float64Array(rows * q)
  moduli.forEach((p, m) => {
    table.fill(0)
    table[0] = 1
    const totals = new Float64Array(sizes)
    candidateWeights.forEach((w, pos) => {
      if (pos >= lastForced) {
        // Coalitions whose smallest member is this candidate: A with q − w ≤ w(A) < q.
        for (let c = 0; c < rows; c++) {
          let sum = 0
          for (let s = Math.max(0, q - w); s < q; s++) sum = addMod(sum, table[c * q + s]!, p)
          const size = withSizes ? c + 1 : 0
          totals[size] = addMod(totals[size]!, sum, p)
        }
      }
      // Add the candidate: table[c][s] += table[c − 1][s − w], or, for a forced member, shift.
      const keep = forced[pos] ? 0 : 1
      for (let c = rows - 1; c >= 0; c--) {
        const row = c * q
        const source = withSizes ? row - q - w : row - w
        if (withSizes && c === 0) {
          if (!keep) table.fill(0, 0, q)
          continue
        }
        for (let s = q - 1; s >= w; s--) {
          const v = keep * table[row + s]! + table[source + s]!
          table[row + s] = v - p * +(v >= p)
        }
        if (!keep) table.fill(0, row, row + Math.min(w, q))
      }
    })
    totals.forEach((v, size) => (residues[size]![m] = v))
  })
  return residues.map((r) => fromResidues(r, moduli))
}

/** dst[to …] |= src[from …] shifted up by `shift` bits, over `words` 32-bit words. */
function shiftOr(
  dst: Int32Array,
  to: number,
  src: Int32Array,
  from: number,
  shift: number,
  words: number,
): void {
  const wordShift = shift >>> 5
  const bitShift = shift & 31
  for (let i = words - 1; i >= wordShift; i--) {
    const k = i - wordShift
    let v = src[from + k]! << bitShift
    if (bitShift && k > 0) v |= src[from + k - 1]! >>> (32 - bitShift)
    dst[to + i]! |= v
  }
}

function checkQuota(quota: number): number {
  if (typeof quota !== 'number' || !Number.isFinite(quota) || quota <= 0) {
    throw new RangeError(`the quota must be a finite number above 0 (got ${quota})`)
  }
  return Math.ceil(quota)
}

function checkIndices(
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

function checkCount(value: number, name: string): number {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${name} must be a whole number ≥ 0 (got ${value})`)
  }
  return value
}

/**
 * Listing minimal winning coalitions lazily, best first: minimalWinningCoalitions walks a table of
 * reachable (size, seats) pairs so that every step leads to a result, and listMinimalWinning cuts
 * one page from it with the exact total (minimal-winning-count.ts). The rules of the game and the
 * canonical order are in winning-coalitions.ts.
 */
import { countMinimalWinning } from './minimal-winning-count'
import {
  type MinimalWinningOptions,
  type MinimalWinningPage,
  type WeightedCoalition,
  checkCount,
  prepare,
} from './minimal-winning-input'

/** The most 32-bit words of reachability tables a listing may hold (64 MB). */
const MAX_BITSET_WORDS = 16 * 1024 * 1024

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

/**
 * A priori voting power in a weighted voting game [quota; w1, …, wn]: a set of players wins when
 * its total weight is at least the quota.
 *
 * - Banzhaf: a player's swings are the coalitions of the others that lose without it and win with
 *   it; the normalised index is its share of all swings (Banzhaf 1965; Penrose 1946).
 * - Shapley–Shubik: the share of the n! orderings of the players in which the player is the one
 *   whose arrival first reaches the quota (Shapley and Shubik 1954).
 *
 * Both are computed exactly with the pseudo-polynomial generating-function dynamic programs,
 * never by enumerating coalitions. Counts reach 2^(n−1) and n! overflows a double from n = 19, so
 * counts are kept exact (see exact-counting.ts), combined with BigInt, and divided only at the end.
 */
import { countingModuli, fromResidues } from './exact-counting'

/**
 * An index as exact fractions over one common denominator, in lowest terms:
 * player i has numerators[i] / denominator. The numerators sum to the denominator.
 */
export interface ExactIndex {
  numerators: bigint[]
  denominator: bigint
}

/** The largest dynamic-programming table the functions here will allocate, in cells. */
export const MAX_TABLE_CELLS = 8_000_000

/**
 * Normalised Banzhaf index of each player, in input order; the values sum to 1.
 * A player with weight 0 (or one that never turns a losing coalition into a winning one) gets 0.
 *
 * Cost: O(n·q') additions per counting pass, q' = min(quota, total − quota + 1), with one pass when
 * n ≤ 52 and ⌈n/51⌉ passes above; then O(d) BigInt work for the d distinct weights.
 * See `npm run bench` for timings (the 2018 parliament: about 10 µs).
 *
 * @throws RangeError for a negative, fractional or non-finite weight, a quota that is not finite,
 *   ≤ 0 or above the total weight, or a game too large for the table (see MAX_TABLE_CELLS).
 * @example banzhafIndex([4, 3, 2, 1], 6) // [5/12, 1/4, 1/4, 1/12] ≈ [0.4167, 0.25, 0.25, 0.0833]
 * @example banzhafIndex([49, 49, 2], 51) // [1/3, 1/3, 1/3]
 */
export function banzhafIndex(weights: readonly number[], quota: number): number[] {
  const swings = banzhafSwings(weights, quota)
  return toNumbers(
    swings,
    swings.reduce((a, b) => a + b, 0n),
  )
}

/**
 * Normalised Shapley–Shubik index of each player, in input order; the values sum to 1.
 *
 * Cost: O(n·K·q') additions per counting pass for the (size, weight) table, K being the most
 * players whose weights fit under q' = min(quota, total − quota + 1) (players are added smallest
 * first and each row only over its reachable weights, which is usually far less), plus
 * O(d·K·min(K, q'/w)) for the d distinct weights; one pass when n ≤ 52, ⌈n/51⌉ passes above; then
 * O(d·K) BigInt work. See `npm run bench`: the 2018 parliament takes about 0.1 ms; 200 lists
 * take about 15 ms with 1,000 seats but 0.1–0.2 s with 5,000–10,000, so compute it off the main
 * thread for chambers that large.
 *
 * @throws RangeError on invalid input, as banzhafIndex.
 * @example shapleyShubikIndex([49, 49, 2], 51) // [1/3, 1/3, 1/3]
 * @example shapleyShubikIndex([3, 1, 1, 1], 4) // [3/4, 1/12, 1/12, 1/12]
 */
export function shapleyShubikIndex(weights: readonly number[], quota: number): number[] {
  const { orderings, total } = pivotalOrderings(weights, quota)
  return toNumbers(orderings, total)
}

/**
 * Each player's Banzhaf swing count: the coalitions of the other players that are losing and
 * become winning when the player joins. Exact BigInts, in input order.
 *
 * @example banzhafSwings([4, 3, 2, 1], 6) // [5n, 3n, 3n, 1n]
 */
export function banzhafSwings(weights: readonly number[], quota: number): bigint[] {
  const game = checkGame(weights, quota)
  const swingsByWeight = new Map<number, bigint>()
  const distinct = distinctPositiveWeights(weights)
  const cap = game.cap
  checkTableSize(cap, 1)
  // Counts are below 2^n (subsets of n players), so n bits cover every value and sum.
  const moduli = countingModuli(weights.length)
  const residues = distinct.map(() => new Float64Array(moduli.length))
  const counts = new Float64Array(cap)
  const ascending = [...weights].sort((a, b) => a - b)
  for (let m = 0; m < moduli.length; m++) {
    const p = moduli[m]!
    // counts[s]: subsets of all players with weight s < cap (non-zero up to the weights so far).
    counts.fill(0)
    counts[0] = 1
    let reach = 0
    for (const w of ascending) {
      if (w >= cap) break
      reach = Math.min(cap - 1, reach + w)
      for (let s = reach; s >= w; s--) {
        const v = counts[s]! + counts[s - w]!
        counts[s] = v - p * +(v >= p)
      }
    }
    // Running sums, so any window of counts is one subtraction.
    for (let s = 1; s < cap; s++) {
      const v = counts[s]! + counts[s - 1]!
      counts[s] = v - p * +(v >= p)
    }
    for (let d = 0; d < distinct.length; d++) {
      residues[d]![m] = windowWithout(counts, 0, 0, cap, distinct[d]!, p)
    }
  }
  distinct.forEach((w, d) => swingsByWeight.set(w, fromResidues(residues[d]!, moduli)))
  return weights.map((w) => swingsByWeight.get(w) ?? 0n)
}

/**
 * The normalised Banzhaf index as exact fractions.
 *
 * @example banzhafIndexExact([4, 3, 2, 1], 6) // { numerators: [5n, 3n, 3n, 1n], denominator: 12n }
 */
export function banzhafIndexExact(weights: readonly number[], quota: number): ExactIndex {
  return reduce(banzhafSwings(weights, quota))
}

/**
 * The Shapley–Shubik index as exact fractions.
 *
 * @example shapleyShubikIndexExact([3, 1, 1, 1], 4) // { numerators: [9n, 1n, 1n, 1n], denominator: 12n }
 */
export function shapleyShubikIndexExact(weights: readonly number[], quota: number): ExactIndex {
  const { orderings, total } = pivotalOrderings(weights, quota)
  return reduce(orderings, total)
}

/**
 * For each player, the orderings of all n players in which it is pivotal, and n!.
 * Exact BigInts, in input order.
 */
function pivotalOrderings(
  weights: readonly number[],
  quota: number,
): { orderings: bigint[]; total: bigint } {
  const game = checkGame(weights, quota)
  const n = weights.length
  const cap = game.cap
  // rows = the most players whose weights (smallest first) still sum below cap; fewer than n.
  const ascending = [...weights].sort((a, b) => a - b)
  let rows = 0
  for (let sum = 0; rows < n && sum + ascending[rows]! < cap; rows++) sum += ascending[rows]!
  checkTableSize(cap, rows + 1)

  const distinct = distinctPositiveWeights(weights)
  const moduli = countingModuli(n)
  // residues[d][k * moduli.length + m]: swings of size k for distinct weight d, modulo moduli[m].
  const residues = distinct.map(() => new Float64Array((rows + 1) * moduli.length))
  // Players at or above cap are in no subset under cap; the others are the first `used`.
  let used = 0
  while (used < n && ascending[used]! < cap) used++
  // prefix[j]: the j smallest weights together; row k of the table is zero below prefix[k].
  const prefix = [0]
  for (let j = 0; j < used; j++) prefix.push(prefix[j]! + ascending[j]!)
  const lo = (k: number) => prefix[k]!
  const table = new Float64Array((rows + 1) * cap)
  for (let m = 0; m < moduli.length; m++) {
    const p = moduli[m]!
    // table[k·cap + s]: subsets of k players with weight s < cap. Adding the players smallest
    // first keeps each row's non-zero range short until the large ones come.
    table.fill(0)
    table[0] = 1
    for (let j = 0; j < used; j++) {
      const w = ascending[j]!
      for (let k = Math.min(j + 1, rows); k >= 1; k--) {
        // Row k − 1 over the first j players spans [prefix[k−1], prefix[j] − prefix[j−k+1]].
        const from = prefix[k - 1]! + w
        const to = Math.min(cap - 1, prefix[j]! - prefix[j - k + 1]! + w)
        const row = k * cap
        const source = row - cap - w
        for (let s = to; s >= from; s--) {
          const v = table[row + s]! + table[source + s]!
          table[row + s] = v - p * +(v >= p)
        }
      }
    }
    // Running sums along each row, so any window of a row is one subtraction.
    for (let k = 0; k <= rows; k++) {
      const row = k * cap
      for (let s = Math.max(1, lo(k)); s <= cap - 1; s++) {
        const v = table[row + s]! + table[row + s - 1]!
        table[row + s] = v - p * +(v >= p)
      }
    }
    for (let d = 0; d < distinct.length; d++) {
      const w = distinct[d]!
      const out = residues[d]!
      for (let k = 0; k <= rows; k++) {
        out[k * moduli.length + m] = windowWithout(table, k, 1, cap, w, p)
      }
    }
  }

  // A swing by a coalition of k others is worth the k!·(n−1−k)! orderings that put those k first,
  // then the player, then the rest. The game with quota total − quota + 1 has the complementary
  // swings (k ↔ n−1−k), which this symmetric weight does not distinguish.
  const factorials = [1n]
  for (let i = 1; i <= n; i++) factorials.push(factorials[i - 1]! * BigInt(i))
  const orderingsBySize = factorials.slice(0, rows + 1).map((f, k) => f * factorials[n - 1 - k]!)
  const byWeight = new Map<number, bigint>()
  distinct.forEach((w, d) => {
    const bySize = residues[d]!
    let total = 0n
    for (let k = 0; k <= rows; k++) {
      const at = k * moduli.length
      let zero = true
      for (let m = 0; m < moduli.length; m++) if (bySize[at + m] !== 0) zero = false
      if (!zero) total += fromResidues(bySize.subarray(at), moduli) * orderingsBySize[k]!
    }
    byWeight.set(w, total)
  })
  return { orderings: weights.map((w) => byWeight.get(w) ?? 0n), total: factorials[n]! }
}

/**
 * Swings of a player of weight w: subsets of the *other* players with weight in [cap − w, cap − 1]
 * (and k members, for a table by size). Rather than dividing the player's factor (1 + x·y^w) out
 * of the table, use 1 / (1 + x·y^w) = Σ (−1)^j x^j y^(jw): the answer is an alternating sum of
 * windows of rows k, k − 1, … shifted down by w each time, each window one subtraction of the
 * running sums in `sums` (row r at r·cap). Cost O(min(k, cap / w)) instead of O(k·cap).
 */
function windowWithout(
  sums: Float64Array,
  row: number,
  rowStep: 0 | 1,
  cap: number,
  w: number,
  p: number,
): number {
  let total = 0
  for (let r = row, j = 0, hi = cap - 1; r >= 0 && hi >= 0; r -= rowStep, j++, hi -= w) {
    const base = r * cap
    const lo = hi - w // the window is (lo, hi]
    let v = sums[base + hi]! - (lo >= 0 ? sums[base + lo]! : 0)
    if (v < 0) v += p
    if (j % 2 === 0) {
      total += v
      if (total >= p) total -= p
    } else {
      total -= v
      if (total < 0) total += p
    }
  }
  return total
}

/**
 * A fraction as the nearest double: BigInt division carried to at least 62 significant bits and
 * a sticky bit, then one rounding, so huge numerators and denominators (n! for 500 players) lose nothing on the way.
 *
 * @example ratioToNumber(1n, 3n) // 0.3333333333333333
 */
export function ratioToNumber(numerator: bigint, denominator: bigint): number {
  if (denominator <= 0n) throw new RangeError('the denominator must be positive')
  if (numerator === 0n) return 0
  const negative = numerator < 0n
  const num = negative ? -numerator : numerator
  if (num <= MAX_EXACT && denominator <= MAX_EXACT) {
    const value = Number(num) / Number(denominator)
    return negative ? -value : value
  }
  // Scale so the integer quotient has 62 to 70 bits, keep a sticky bit for the remainder.
  const shift = 66 - (bitLength(num) - bitLength(denominator))
  const scaledNum = shift > 0 ? num << BigInt(shift) : num
  const scaledDen = shift < 0 ? denominator << BigInt(-shift) : denominator
  const quotient = scaledNum / scaledDen
  const sticky = quotient * scaledDen === scaledNum ? 0n : 1n
  let value = Number((quotient << 1n) | sticky)
  let exponent = -(shift + 1)
  // Scale in steps so a tiny power never rounds through a subnormal intermediate.
  while (exponent < -1000) {
    value *= 2 ** -1000
    exponent += 1000
  }
  value *= 2 ** exponent
  return negative ? -value : value
}

const MAX_EXACT = BigInt(Number.MAX_SAFE_INTEGER)

/** The number of binary digits of n > 0, to within 3 (from its length in hexadecimal). */
function bitLength(n: bigint): number {
  return n.toString(16).length * 4
}

/** counts[i] / total as doubles, each division done once per distinct count. */
function toNumbers(counts: readonly bigint[], total: bigint): number[] {
  const seen = new Map<bigint, number>()
  return counts.map((c) => {
    let value = seen.get(c)
    if (value === undefined) {
      value = ratioToNumber(c, total)
      seen.set(c, value)
    }
    return value
  })
}

/** Divides the counts by their sum (or the given denominator) and reduces to lowest terms. */
function reduce(counts: bigint[], denominator?: bigint): ExactIndex {
  const den = denominator ?? counts.reduce((a, b) => a + b, 0n)
  let g = den
  for (const c of counts) g = gcd(g, c)
  if (g === 0n) g = 1n
  return { numerators: counts.map((c) => c / g), denominator: den / g }
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a
  let y = b < 0n ? -b : b
  while (y) [x, y] = [y, x % y]
  return x
}

function distinctPositiveWeights(weights: readonly number[]): number[] {
  return [...new Set(weights)].filter((w) => w > 0)
}

interface Game {
  total: number
  /** Whole-number quota: a player wins with weight ≥ quota, so a fractional quota rounds up. */
  quota: number
  /**
   * The smaller of quota and total − quota + 1. The game with the second quota has the same swings
   * (a swing's complement among the others is a swing there), so the tables need only this many
   * weights.
   */
  cap: number
}

/** Checks weights: whole numbers ≥ 0 whose total is a safe integer. Returns the total. */
export function checkWeights(weights: readonly number[]): number {
  let total = 0
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i]
    if (typeof w !== 'number' || !Number.isSafeInteger(w) || w < 0) {
      throw new RangeError(`weight ${i} must be a whole number of seats ≥ 0 (got ${w})`)
    }
    total += w
  }
  if (!Number.isSafeInteger(total)) throw new RangeError('the total weight is too large')
  return total
}

function checkGame(weights: readonly number[], quota: number): Game {
  const total = checkWeights(weights)
  if (typeof quota !== 'number' || !Number.isFinite(quota)) {
    throw new RangeError(`the quota must be a finite number (got ${quota})`)
  }
  if (quota <= 0) throw new RangeError(`the quota must be above 0 (got ${quota})`)
  if (quota > total) {
    throw new RangeError(`the quota ${quota} is above the total weight ${total}: no one can win`)
  }
  const q = Math.ceil(quota)
  return { total, quota: q, cap: Math.min(q, total - q + 1) }
}

function checkTableSize(cap: number, rows: number): void {
  if (cap * rows > MAX_TABLE_CELLS) {
    throw new RangeError(
      `the game is too large to count exactly (${rows} × ${cap} table cells, limit ${MAX_TABLE_CELLS})`,
    )
  }
}

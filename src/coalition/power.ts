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
import { addMod, countingModuli, fromResidues } from './exact-counting'

/**
 * An index as exact fractions over one common denominator, in lowest terms:
 * player i has numerators[i] / denominator. The numerators sum to the denominator.
 */
export interface ExactIndex {
  numerators: bigint[]
  denominator: bigint
}

/** The largest dynamic-programming table the functions here will allocate, in cells. */
export const MAX_TABLE_CELLS = 16_000_000

/**
 * Normalised Banzhaf index of each player, in input order; the values sum to 1.
 * A player with weight 0 (or one that never turns a losing coalition into a winning one) gets 0.
 *
 * Cost: O(n·q') additions per counting pass, q' = min(quota, total − quota + 1), with one pass when
 * n ≤ 52 and ⌈n/51⌉ passes above; then O(n) BigInt work. 37 lists and 329 seats: ~0.05 ms.
 *
 * @throws RangeError for a negative, fractional or non-finite weight, a quota that is not finite,
 *   ≤ 0 or above the total weight, or a game too large for the table (see MAX_TABLE_CELLS).
 * @example banzhafIndex([4, 3, 2, 1], 6) // [5/12, 1/4, 1/4, 1/12] ≈ [0.4167, 0.25, 0.25, 0.0833]
 * @example banzhafIndex([49, 49, 2], 51) // [1/3, 1/3, 1/3]
 */
export function banzhafIndex(weights: readonly number[], quota: number): number[] {
  return toNumbers(banzhafIndexExact(weights, quota))
}

/**
 * Normalised Shapley–Shubik index of each player, in input order; the values sum to 1.
 *
 * Cost: O(n·K·q') additions per counting pass for the (size, weight) table, K being the most
 * players whose weights fit under q' = min(quota, total − quota + 1), plus O(d·K·q') to take out
 * each of the d distinct weights; one pass when n ≤ 52, ⌈n/51⌉ passes above.
 * 37 lists and 329 seats: ~0.3 ms.
 *
 * @throws RangeError on invalid input, as banzhafIndex.
 * @example shapleyShubikIndex([49, 49, 2], 51) // [1/3, 1/3, 1/3]
 * @example shapleyShubikIndex([3, 1, 1, 1], 4) // [3/4, 1/12, 1/12, 1/12]
 */
export function shapleyShubikIndex(weights: readonly number[], quota: number): number[] {
  return toNumbers(shapleyShubikIndexExact(weights, quota))
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
  const without = new Float64Array(cap)
  moduli.forEach((p, m) => {
    // counts[s]: subsets of all players with weight s < cap.
    counts.fill(0)
    counts[0] = 1
    for (const w of weights) {
      for (let s = cap - 1; s >= w; s--) counts[s] = addMod(counts[s]!, counts[s - w]!, p)
    }
    distinct.forEach((w, d) => {
      // without[s]: subsets of the others with weight s, by taking the player back out.
      for (let s = 0; s < cap; s++) {
        const v = counts[s]! - (s >= w ? without[s - w]! : 0)
        without[s] = v < 0 ? v + p : v
      }
      let swings = 0
      for (let s = Math.max(0, cap - w); s < cap; s++) swings = addMod(swings, without[s]!, p)
      residues[d]![m] = swings
    })
  })
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
  const table = new Float64Array((rows + 1) * cap)
  const without = new Float64Array((rows + 1) * cap)
  moduli.forEach((p, m) => {
    // table[k·cap + s]: subsets of k players with weight s < cap.
    table.fill(0)
    table[0] = 1
    let added = 0
    for (const w of ascending) {
      if (w >= cap) break
      added++
      for (let k = Math.min(added, rows); k >= 1; k--) {
        const row = k * cap
        const previous = row - cap - w
        for (let s = cap - 1; s >= w; s--) {
          table[row + s] = addMod(table[row + s]!, table[previous + s]!, p)
        }
      }
    }
    distinct.forEach((w, d) => {
      for (let k = 0; k <= rows; k++) {
        const row = k * cap
        let swings = 0
        for (let s = 0; s < cap; s++) {
          const v = table[row + s]! - (k > 0 && s >= w ? without[row - cap + s - w]! : 0)
          const r = v < 0 ? v + p : v
          without[row + s] = r
          if (s >= cap - w) swings = addMod(swings, r, p)
        }
        residues[d]![k * moduli.length + m] = swings
      }
    })
  })

  // A swing by a coalition of k others is worth the k!·(n−1−k)! orderings that put those k first,
  // then the player, then the rest. The game with quota total − quota + 1 has the complementary
  // swings (k ↔ n−1−k), which this symmetric weight does not distinguish.
  const factorials = [1n]
  for (let i = 1; i <= n; i++) factorials.push(factorials[i - 1]! * BigInt(i))
  const byWeight = new Map<number, bigint>()
  distinct.forEach((w, d) => {
    let total = 0n
    for (let k = 0; k <= rows; k++) {
      const swings = fromResidues(residues[d]!.subarray(k * moduli.length), moduli)
      if (swings) total += swings * factorials[k]! * factorials[n - 1 - k]!
    }
    byWeight.set(w, total)
  })
  return reduce(
    weights.map((w) => byWeight.get(w) ?? 0n),
    factorials[n]!,
  )
}

/** One player of a game with a bloc: the lists it stands for (input indices) and its power. */
export interface BlocPlayer {
  members: number[]
  power: number
}

/**
 * Power when some players vote as one bloc (an a priori union in the sense of Owen): the bloc's
 * weights are added into a single player and the index is computed for the smaller game.
 * Returns the bloc first, then every other player alone, in input order; the powers sum to 1.
 *
 * @throws RangeError for a bloc index that is not a player or appears twice, or invalid weights.
 * @example blocPower([40, 30, 20, 10], 51, [2, 3]) // [{ members: [2, 3], power: 1/3 }, { members: [0], power: 1/3 }, …]
 */
export function blocPower(
  weights: readonly number[],
  quota: number,
  bloc: readonly number[],
  index: (weights: readonly number[], quota: number) => number[] = banzhafIndex,
): BlocPlayer[] {
  const inBloc = new Set<number>()
  for (const i of bloc) {
    if (!Number.isInteger(i) || i < 0 || i >= weights.length) {
      throw new RangeError(`bloc member ${i} is not a player index (0 to ${weights.length - 1})`)
    }
    if (inBloc.has(i)) throw new RangeError(`bloc member ${i} appears twice`)
    inBloc.add(i)
  }
  checkWeights(weights)
  const players: number[][] = [[...bloc].sort((a, b) => a - b)]
  weights.forEach((_, i) => {
    if (!inBloc.has(i)) players.push([i])
  })
  const merged = players.map((members) => members.reduce((sum, i) => sum + weights[i]!, 0))
  const power = index(merged, quota)
  return players.map((members, i) => ({ members, power: power[i]! }))
}

/**
 * A fraction as the nearest double: BigInt division carried to 66 significant bits, then one
 * rounding, so huge numerators and denominators (n! for 500 players) lose nothing on the way.
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
  // Scale so the integer quotient has about 66 bits, keep a sticky bit for the remainder.
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

function bitLength(n: bigint): number {
  return n.toString(2).length
}

function toNumbers(index: ExactIndex): number[] {
  return index.numerators.map((num) => ratioToNumber(num, index.denominator))
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

/**
 * Counting minimal winning coalitions exactly, without listing them: a dynamic program over seat
 * totals, one pass per modulus (exact-counting.ts), so the totals stay exact however large they
 * grow. countMinimalWinning gives the number that pass a filter, countMinimalWinningBySize the
 * number of each size. The rules of the game and the canonical order are in winning-coalitions.ts.
 */
import { addMod, countingModuli, fromResidues } from './exact-counting'
import { type MinimalWinningFilter, prepare } from './minimal-winning-input'

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
 * The counting pass: result[k] coalitions of k members when `withSizes`, else the total alone in
 * result[0]. [0n] when no coalition can pass the filter.
 */
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

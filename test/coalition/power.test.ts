import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { countingModuli, fromResidues, isPrime } from '../../src/coalition/exact-counting'
import {
  banzhafIndex,
  banzhafIndexExact,
  banzhafSwings,
  ratioToNumber,
  shapleyShubikIndex,
  shapleyShubikIndexExact,
} from '../../src/coalition/power'
import { blocPower, powerTable } from '../../src/coalition/power-table'
import {
  EEC_1958,
  FOUR_PLAYER,
  THREE_WAY,
  UN_SECURITY_COUNCIL,
  brutePivots,
  bruteSwings,
  iraq2018Seats,
  normalise,
} from '../fixtures/games'

const fraction = (numerators: number[], denominator: number) => ({
  numerators: numerators.map(BigInt),
  denominator: BigInt(denominator),
})

describe('banzhafIndex and shapleyShubikIndex on known games', () => {
  it('gives each of [51; 49, 49, 2] a third in both indices', () => {
    const { weights, quota } = THREE_WAY
    expect(banzhafIndexExact(weights, quota)).toEqual(fraction([1, 1, 1], 3))
    expect(shapleyShubikIndexExact(weights, quota)).toEqual(fraction([1, 1, 1], 3))
    expect(banzhafIndex(weights, quota)).toEqual([1 / 3, 1 / 3, 1 / 3])
    expect(shapleyShubikIndex(weights, quota)).toEqual([1 / 3, 1 / 3, 1 / 3])
  })

  it('gives [6; 4, 3, 2, 1] Banzhaf 5/12, 1/4, 1/4, 1/12 from 5, 3, 3, 1 swings', () => {
    const { weights, quota } = FOUR_PLAYER
    expect(banzhafSwings(weights, quota)).toEqual([5n, 3n, 3n, 1n])
    expect(banzhafIndexExact(weights, quota)).toEqual(fraction([5, 3, 3, 1], 12))
    expect(banzhafIndex(weights, quota)).toEqual([5 / 12, 1 / 4, 1 / 4, 1 / 12])
  })

  it('gives Luxembourg no power in the 1958 EEC Council and each large member 5/21 (Banzhaf)', () => {
    const { weights, quota } = EEC_1958
    expect(banzhafIndexExact(weights, quota)).toEqual(fraction([5, 5, 5, 3, 3, 0], 21))
    // Shapley–Shubik: 7/30 for each large member, 3/20 for Belgium and the Netherlands.
    expect(shapleyShubikIndexExact(weights, quota)).toEqual(fraction([14, 14, 14, 9, 9, 0], 60))
    expect(banzhafIndex(weights, quota)[5]).toBe(0)
    expect(shapleyShubikIndex(weights, quota)[5]).toBe(0)
  })

  it('gives each permanent member of the UN Security Council 421/2145 and each other 4/2145 (Shapley–Shubik)', () => {
    const { weights, quota } = UN_SECURITY_COUNCIL
    const exact = shapleyShubikIndexExact(weights, quota)
    expect(exact.denominator).toBe(2145n)
    expect(exact.numerators).toEqual([...Array(5).fill(421n), ...Array(10).fill(4n)])
    expect(shapleyShubikIndex(weights, quota)[0]).toBe(421 / 2145)
    expect(shapleyShubikIndex(weights, quota)[14]).toBe(4 / 2145)
  })

  it('treats a fractional quota as the next whole number of seats', () => {
    expect(banzhafIndex([4, 3, 2, 1], 5.5)).toEqual(banzhafIndex([4, 3, 2, 1], 6))
  })

  it('gives every 2018 list a share that sums to one, equal shares to equal seats, and more power to more seats', () => {
    const seats = Object.values(iraq2018Seats())
    for (const quota of [165, 220, 110]) {
      for (const index of [banzhafIndexExact, shapleyShubikIndexExact]) {
        const exact = index(seats, quota)
        expect(exact.numerators.reduce((a, b) => a + b, 0n)).toBe(exact.denominator)
        const byWeight = new Map<number, bigint>()
        seats.forEach((w, i) => {
          const seen = byWeight.get(w)
          if (seen !== undefined) expect(exact.numerators[i]).toBe(seen)
          byWeight.set(w, exact.numerators[i]!)
        })
        const ascending = [...byWeight].sort((a, b) => a[0] - b[0]).map(([, num]) => num)
        for (let k = 1; k < ascending.length; k++) {
          expect(ascending[k]! >= ascending[k - 1]!).toBe(true)
        }
      }
    }
  })
})

describe('exact counts beyond 52 players', () => {
  // One list of 30 seats and 70 lists of 1 seat, quota 50, checked against binomial formulas.
  const weights = [30, ...Array<number>(70).fill(1)]
  const binomial = (n: number, k: number): bigint => {
    if (k < 0 || k > n) return 0n
    let r = 1n
    for (let i = 1; i <= k; i++) r = (r * BigInt(n - k + i)) / BigInt(i)
    return r
  }

  it('counts Banzhaf swings with more than 2^53 coalitions exactly', () => {
    let big = 0n
    for (let j = 20; j <= 49; j++) big += binomial(70, j)
    // A one-seat list swings with exactly 49 other seats: 49 small lists, or the big one and 19.
    const small = binomial(69, 49) + binomial(69, 19)
    expect(big > 2n ** 60n).toBe(true)
    expect(banzhafSwings(weights, 50)).toEqual([big, ...Array<bigint>(70).fill(small)])
  })

  it('gives the big list 30/71 in Shapley–Shubik: it is pivotal when 20 to 49 small lists come first', () => {
    expect(shapleyShubikIndexExact(weights, 50)).toEqual({
      numerators: [2100n, ...Array<bigint>(70).fill(41n)],
      denominator: 4970n,
    })
  })

  it('splits power equally among 60 equal lists in both indices', () => {
    const equal = Array<number>(60).fill(3)
    expect(banzhafIndexExact(equal, 91)).toEqual({
      numerators: Array<bigint>(60).fill(1n),
      denominator: 60n,
    })
    expect(shapleyShubikIndex(equal, 91)).toEqual(Array<number>(60).fill(1 / 60))
  })
})

describe('invalid games', () => {
  it.each([
    ['a negative weight', [3, -1, 2], 3],
    ['a fractional weight', [3, 1.5, 2], 3],
    ['an infinite weight', [3, Infinity], 3],
    ['a weight that is not a number', [3, NaN], 3],
    ['a quota of 0', [3, 2], 0],
    ['a negative quota', [3, 2], -4],
    ['a quota above the total', [3, 2], 6],
    ['an infinite quota', [3, 2], Infinity],
    ['a quota that is not a number', [3, 2], NaN],
    ['no players', [], 1],
  ])('throws a RangeError for %s', (_, weights, quota) => {
    expect(() => banzhafIndex(weights, quota)).toThrow(RangeError)
    expect(() => shapleyShubikIndex(weights, quota)).toThrow(RangeError)
  })

  it('says what is wrong', () => {
    expect(() => banzhafIndex([3, -1], 2)).toThrow(
      'weight 1 must be a whole number of seats ≥ 0 (got -1)',
    )
    expect(() => shapleyShubikIndex([3, 2], 6)).toThrow('the quota 6 is above the total weight 5')
  })
})

describe('blocPower', () => {
  it('merges a bloc into one player and reports it first', () => {
    expect(blocPower([40, 30, 20, 10], 51, [3, 2])).toEqual([
      { members: [2, 3], power: 1 / 3 },
      { members: [0], power: 1 / 3 },
      { members: [1], power: 1 / 3 },
    ])
  })

  it('can use Shapley–Shubik, and a bloc with a majority becomes a dictator', () => {
    expect(blocPower([40, 30, 20, 10], 51, [0, 1], shapleyShubikIndex).map((p) => p.power)).toEqual(
      [1, 0, 0],
    )
  })

  it('throws a RangeError for an index that is not a player or is repeated', () => {
    expect(() => blocPower([1, 2], 2, [2])).toThrow(RangeError)
    expect(() => blocPower([1, 2], 2, [1, 1])).toThrow(RangeError)
  })
})

describe('ratioToNumber', () => {
  it('rounds fractions of huge numbers to the nearest double', () => {
    const big = 10n ** 400n
    expect(ratioToNumber(big, 3n * big)).toBe(1 / 3)
    expect(ratioToNumber(2n * big + 1n, 3n * big)).toBe(2 / 3)
    expect(ratioToNumber(1n, 2n ** 1100n)).toBe(2 ** -1100)
  })
})

describe('exact counting modulo large primes', () => {
  it('uses primes below 2^52 whose product covers the requested bits', () => {
    const moduli = countingModuli(300)
    expect(moduli.length).toBe(6)
    for (const p of moduli) {
      expect(isPrime(p)).toBe(true)
      expect(p < 2 ** 52 && p > 2 ** 51).toBe(true)
    }
    const x = 3n ** 180n + 12345n
    const residues = moduli.map((p) => Number(x % BigInt(p)))
    expect(fromResidues(residues, moduli)).toBe(x)
  })
})

// Property tests. Games: 1 to 12 players (8 for orderings) with 0 to 20 seats, any valid quota.
const game = (maxPlayers: number) =>
  fc
    .array(fc.nat({ max: 20 }), { minLength: 1, maxLength: maxPlayers })
    .filter((weights) => weights.some((w) => w > 0))
    .chain((weights) =>
      fc.record({
        weights: fc.constant(weights),
        quota: fc.integer({ min: 1, max: weights.reduce((a, b) => a + b, 0) }),
      }),
    )

const indices = [
  ['Banzhaf', banzhafIndexExact, banzhafIndex],
  ['Shapley–Shubik', shapleyShubikIndexExact, shapleyShubikIndex],
] as const

describe.each(indices)('%s properties', (_, exactIndex, index) => {
  it('sums to exactly 1', () => {
    fc.assert(
      fc.property(game(12), ({ weights, quota }) => {
        const exact = exactIndex(weights, quota)
        expect(exact.numerators.reduce((a, b) => a + b, 0n)).toBe(exact.denominator)
        expect(index(weights, quota).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12)
      }),
      { numRuns: 200 },
    )
  })

  it('gives a list with no seats nothing', () => {
    fc.assert(
      fc.property(game(11), fc.nat(), ({ weights, quota }, at) => {
        const withDummy = [...weights]
        const position = at % (weights.length + 1)
        withDummy.splice(position, 0, 0)
        expect(index(withDummy, quota)[position]).toBe(0)
      }),
      { numRuns: 200 },
    )
  })

  it('gives a dictator everything and the others nothing', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat({ max: 20 }), { maxLength: 11 }),
        fc.nat({ max: 30 }),
        (others, extra) => {
          const rest = others.reduce((a, b) => a + b, 0)
          // quota above everyone else's total, and the dictator alone reaches it.
          const quota = rest + 1
          const power = index([quota + extra, ...others], quota)
          expect(power).toEqual([1, ...others.map(() => 0)])
        },
      ),
      { numRuns: 200 },
    )
  })

  it('gives equal seats equal power', () => {
    fc.assert(
      fc.property(game(12), ({ weights, quota }) => {
        const exact = exactIndex(weights, quota)
        weights.forEach((w, i) =>
          weights.forEach((v, j) => {
            if (w === v) expect(exact.numerators[i]).toBe(exact.numerators[j])
          }),
        )
      }),
      { numRuns: 200 },
    )
  })

  it('permutes the results when the players are permuted', () => {
    fc.assert(
      fc.property(
        game(12).chain((g) =>
          fc.record({
            g: fc.constant(g),
            order: fc.shuffledSubarray(
              g.weights.map((_, i) => i),
              { minLength: g.weights.length },
            ),
          }),
        ),
        ({ g, order }) => {
          const power = exactIndex(g.weights, g.quota)
          const permuted = exactIndex(
            order.map((i) => g.weights[i]!),
            g.quota,
          )
          expect(permuted.numerators).toEqual(order.map((i) => power.numerators[i]))
          expect(permuted.denominator).toBe(power.denominator)
        },
      ),
      { numRuns: 200 },
    )
  })
})

describe('the dynamic programs against brute force', () => {
  it('matches Banzhaf swing counts over all 2^n subsets for n ≤ 12', () => {
    fc.assert(
      fc.property(game(12), ({ weights, quota }) => {
        expect(banzhafSwings(weights, quota)).toEqual(bruteSwings(weights, quota))
        expect(banzhafIndexExact(weights, quota)).toEqual(normalise(bruteSwings(weights, quota)))
      }),
      { numRuns: 300 },
    )
  })

  it('matches Shapley–Shubik over all n! orderings for n ≤ 8', () => {
    fc.assert(
      fc.property(game(8), ({ weights, quota }) => {
        expect(shapleyShubikIndexExact(weights, quota)).toEqual(
          normalise(brutePivots(weights, quota)),
        )
      }),
      { numRuns: 150 },
    )
  })
})

describe('powerTable', () => {
  it('puts seat share beside both indices, most seats first', () => {
    const row = (id: string, seats: number) => ({
      id,
      partyIds: [id],
      seats,
      seatShare: seats / 100,
      banzhaf: 1 / 3,
      shapleyShubik: 1 / 3,
    })
    expect(powerTable({ c: 2, a: 49, b: 49 }, 51)).toEqual({
      rows: [row('a', 49), row('b', 49), row('c', 2)],
      hasBloc: false,
    })
  })

  it('shows the lists with no power at all', () => {
    const { rows } = powerTable({ fr: 4, de: 4, it: 4, be: 2, nl: 2, lu: 1 }, 12)
    expect(rows.filter((r) => r.banzhaf === 0).map((r) => r.id)).toEqual(['lu'])
  })

  it('covers all 37 lists of 2018', () => {
    const { rows } = powerTable(iraq2018Seats(), 165)
    expect(rows).toHaveLength(37)
    expect(rows[0]!.id).toBe('sairoon')
    expect(rows.reduce((s, r) => s + r.seatShare, 0)).toBeCloseTo(1, 12)
  })

  it('makes a bloc one row, before a list of equal size, with the lists outside it', () => {
    const { rows, hasBloc } = powerTable({ a: 40, b: 30, c: 20, d: 10 }, 51, ['c', 'd'])
    expect(hasBloc).toBe(true)
    expect(rows.map((r) => [r.id, r.partyIds, r.seats])).toEqual([
      ['a', ['a'], 40],
      ['bloc', ['c', 'd'], 30],
      ['b', ['b'], 30],
    ])
    expect(rows.reduce((s, r) => s + r.banzhaf, 0)).toBeCloseTo(1, 12)
  })
})

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  countMinimalWinning,
  countMinimalWinningBySize,
  countMinimalWinningCoalitions,
  isMinimalWinning,
  listMinimalWinningCoalitions,
  minimalWinningCoalitions,
  type MinimalWinningOrder,
} from '../../src/coalition/winning-coalitions'
import { bruteMinimalWinning, iraq2018Seats } from '../fixtures/games'

const seats2018 = iraq2018Seats()

describe('isMinimalWinning', () => {
  it('is true when every member is needed', () => {
    // 54 + 47 + 42 + 25 = 168; without the 25 it is 143.
    expect(isMinimalWinning([54, 47, 42, 25, 25], 165, [0, 1, 2, 3])).toBe(true)
  })

  it('is false with a member to spare, and for a losing coalition', () => {
    expect(isMinimalWinning([54, 47, 42, 25, 25], 165, [0, 1, 2, 3, 4])).toBe(false)
    expect(isMinimalWinning([54, 47, 42, 25, 25], 165, [0, 1, 2])).toBe(false)
  })
})

describe('listMinimalWinningCoalitions for the 2018 parliament', () => {
  it('puts the two four-list coalitions first: Sairoon, Fatah, Nasr and KDP (id before sol), then State of Law', () => {
    const page = listMinimalWinningCoalitions(seats2018, 165, { limit: 3 })
    expect(page.items.slice(0, 2)).toEqual([
      { partyIds: ['sairoon', 'fatah', 'nasr', 'kdp'], seats: 168, margin: 3 },
      { partyIds: ['sairoon', 'fatah', 'nasr', 'sol'], seats: 168, margin: 3 },
    ])
    expect(page.items[2]!.partyIds).toHaveLength(5)
    expect(page.total).toBe(countMinimalWinningCoalitions(seats2018, 165))
    expect(page.total > 1_000_000n).toBe(true)
  })

  it('orders by smallest margin: the first results have exactly 165 seats', () => {
    const page = listMinimalWinningCoalitions(seats2018, 165, { order: 'fewest-seats' })
    expect(page.items).toHaveLength(20)
    for (const item of page.items) {
      expect(item.seats).toBe(165)
      expect(item.margin).toBe(0)
      const sum = item.partyIds.reduce((s, id) => s + seats2018[id]!, 0)
      expect(sum).toBe(165)
    }
    const sizes = page.items.map((item) => item.partyIds.length)
    expect(sizes).toEqual([...sizes].sort((a, b) => a - b))
  })

  it('keeps filters by id: no Sairoon, must have KDP, at most 6 lists', () => {
    const filter = { mustExclude: ['sairoon'], mustInclude: ['kdp'], maxSize: 6 }
    const page = listMinimalWinningCoalitions(seats2018, 165, { ...filter, limit: 500 })
    expect(page.total).toBe(countMinimalWinningCoalitions(seats2018, 165, filter))
    expect(BigInt(page.items.length)).toBe(page.total)
    for (const item of page.items) {
      expect(item.partyIds).toContain('kdp')
      expect(item.partyIds).not.toContain('sairoon')
      expect(item.partyIds.length).toBeLessThanOrEqual(6)
    }
  })

  it('finds nothing when a list that must be in holds no seats or is unknown', () => {
    expect(listMinimalWinningCoalitions({ a: 3, b: 0 }, 2, { mustInclude: ['b'] }).total).toBe(0n)
    expect(countMinimalWinningCoalitions({ a: 3 }, 2, { mustInclude: ['zz'] })).toBe(0n)
  })

  it('reaches the blocking third and the two-thirds line too', () => {
    for (const quota of [110, 220]) {
      const page = listMinimalWinningCoalitions(seats2018, quota, { limit: 5 })
      expect(page.items.length).toBe(5)
      for (const item of page.items) {
        const weights = item.partyIds.map((id) => seats2018[id]!)
        expect(
          isMinimalWinning(
            weights,
            quota,
            weights.map((_, i) => i),
          ),
        ).toBe(true)
      }
    }
  })
})

// Property tests: 1 to 16 lists of 0 to 15 seats, a quota from 1 to the total plus 2, random filters.
const filteredGame = fc
  .array(fc.nat({ max: 15 }), { minLength: 1, maxLength: 16 })
  .chain((weights) => {
    const total = weights.reduce((a, b) => a + b, 0)
    const index = fc.nat({ max: weights.length - 1 })
    return fc.record({
      weights: fc.constant(weights),
      quota: fc.integer({ min: 1, max: total + 2 }),
      mustInclude: fc.uniqueArray(index, { maxLength: 2 }),
      mustExclude: fc.uniqueArray(index, { maxLength: 3 }),
      maxSize: fc.option(fc.nat({ max: 8 }), { nil: undefined }),
    })
  })

describe('minimal winning coalitions against brute force', () => {
  it('counts exactly what enumerating all 2^n subsets finds, for n ≤ 16, with filters', () => {
    fc.assert(
      fc.property(filteredGame, ({ weights, quota, ...filter }) => {
        const brute = bruteMinimalWinning(weights, quota, filter)
        expect(countMinimalWinning(weights, quota, filter)).toBe(BigInt(brute.length))
        const bySize = countMinimalWinningBySize(weights, quota, filter)
        brute.forEach((members) => expect((bySize[members.length] ?? 0n) > 0n).toBe(true))
        expect(bySize.reduce((a, b) => a + b, 0n)).toBe(BigInt(brute.length))
      }),
      { numRuns: 300 },
    )
  })

  it.each(['fewest-lists', 'fewest-seats'] as MinimalWinningOrder[])(
    'lists each one once in %s order, for n ≤ 12, with filters',
    (order) => {
      fc.assert(
        fc.property(
          filteredGame.filter((g) => g.weights.length <= 12),
          ({ weights, quota, ...filter }) => {
            const listed = [...minimalWinningCoalitions(weights, quota, { ...filter, order })]
            const rank = weights.map((_, i) => i).sort((a, b) => weights[b]! - weights[a]! || a - b)
            const canonical = (members: number[]) =>
              [...members].sort((a, b) => rank.indexOf(a) - rank.indexOf(b))
            const brute = bruteMinimalWinning(weights, quota, filter).map(canonical)
            // Same set, each once.
            const key = (m: number[]) => [...m].sort((a, b) => a - b).join(',')
            expect(listed.map((c) => key(c.members)).sort()).toEqual(brute.map(key).sort())
            // In the documented order.
            const sortKey = (c: { members: number[]; weight: number }) => {
              const ranks = c.members.map((i) => rank.indexOf(i)).reverse()
              return order === 'fewest-lists'
                ? [c.members.length, c.weight, ...ranks]
                : [c.weight, c.members.length, ...ranks]
            }
            for (let k = 1; k < listed.length; k++) {
              expect(compare(sortKey(listed[k - 1]!), sortKey(listed[k]!))).toBeLessThan(0)
            }
            for (const c of listed) {
              expect(c.members).toEqual(canonical(c.members))
              expect(c.weight).toBe(c.members.reduce((s, i) => s + weights[i]!, 0))
            }
          },
        ),
        { numRuns: 300 },
      )
    },
  )
})

function compare(a: number[], b: number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!
  return a.length - b.length
}

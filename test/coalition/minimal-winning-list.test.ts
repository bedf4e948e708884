import { describe, expect, it } from 'vitest'
import {
  listMinimalWinning,
  minimalWinningCoalitions,
} from '../../src/coalition/minimal-winning-list'
import { iraq2018Seats } from '../fixtures/games'

const seats2018 = iraq2018Seats()

describe('minimalWinningCoalitions order', () => {
  // a 4, b 3, c 3, d 2, e 1; quota 6.
  const weights = [4, 3, 3, 2, 1]

  it('lists fewest lists first, then fewest seats, then higher-ranked smallest members', () => {
    const all = [...minimalWinningCoalitions(weights, 6)]
    // b + c before a + d: the smallest member of b + c (3 seats) outranks d (2 seats).
    expect(all).toEqual([
      { members: [1, 2], weight: 6 },
      { members: [0, 3], weight: 6 },
      { members: [0, 1], weight: 7 },
      { members: [0, 2], weight: 7 },
      { members: [1, 3, 4], weight: 6 },
      { members: [2, 3, 4], weight: 6 },
    ])
  })

  it('lists fewest seats first when asked, then fewest lists', () => {
    const all = [...minimalWinningCoalitions(weights, 6, { order: 'fewest-seats' })]
    expect(all.map((c) => c.members)).toEqual([
      [1, 2],
      [0, 3],
      [1, 3, 4],
      [2, 3, 4],
      [0, 1],
      [0, 2],
    ])
  })

  it('applies must-include, must-exclude and at-most-k filters', () => {
    const members = (options: Parameters<typeof minimalWinningCoalitions>[2]) =>
      [...minimalWinningCoalitions(weights, 6, options)].map((c) => c.members)
    expect(members({ mustInclude: [3] })).toEqual([
      [0, 3],
      [1, 3, 4],
      [2, 3, 4],
    ])
    expect(members({ mustExclude: [0] })).toEqual([
      [1, 2],
      [1, 3, 4],
      [2, 3, 4],
    ])
    expect(members({ maxSize: 2, mustExclude: [2] })).toEqual([
      [0, 3],
      [0, 1],
    ])
  })
})

describe('listMinimalWinning', () => {
  it('returns a page with the exact total under the same filters', () => {
    expect(listMinimalWinning([2, 1, 1, 1], 3, { limit: 2 })).toEqual({
      items: [
        { members: [0, 1], weight: 3 },
        { members: [0, 2], weight: 3 },
      ],
      total: 4n,
      offset: 0,
      hasMore: true,
    })
    expect(listMinimalWinning([2, 1, 1, 1], 3, { offset: 3, limit: 2 })).toEqual({
      items: [{ members: [1, 2, 3], weight: 3 }],
      total: 4n,
      offset: 3,
      hasMore: false,
    })
  })

  it('pages through 2018 without gaps or repeats', () => {
    const weights = Object.values(seats2018)
    const first = [...take(minimalWinningCoalitions(weights, 165), 60)]
    const pages = [0, 20, 40].flatMap(
      (offset) => listMinimalWinning(weights, 165, { offset, limit: 20 }).items,
    )
    expect(pages).toEqual(first)
  })
})

function* take<T>(items: Iterable<T>, n: number): Generator<T> {
  if (n <= 0) return
  for (const item of items) {
    yield item
    if (--n <= 0) return
  }
}

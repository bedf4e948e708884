import { describe, expect, it } from 'vitest'
import {
  blockingThird,
  coalitionSeats,
  evaluateCoalition,
  majorityThreshold,
  twoThirdsThreshold,
} from '../../src/coalition/majority'

describe('thresholds from the chamber size', () => {
  it.each([
    // chamber, majority floor(n/2)+1, two-thirds ceil(2n/3), blocking third n − ceil(2n/3) + 1
    [329, 165, 220, 110],
    [328, 165, 219, 110],
    [330, 166, 220, 111],
    [717, 359, 478, 240],
    [3, 2, 2, 2],
    [1, 1, 1, 1],
  ])(
    'a chamber of %i needs %i for a majority, %i for two-thirds, %i to block',
    (n, majority, twoThirds, block) => {
      expect(majorityThreshold(n)).toBe(majority)
      expect(twoThirdsThreshold(n)).toBe(twoThirds)
      expect(blockingThird(n)).toBe(block)
    },
  )

  it('makes the blocking third exactly enough to keep the rest below two-thirds', () => {
    for (let n = 1; n <= 1000; n++) {
      const block = blockingThird(n)
      expect(n - block).toBeLessThan(twoThirdsThreshold(n))
      expect(n - (block - 1)).toBeGreaterThanOrEqual(twoThirdsThreshold(n))
    }
  })
})

describe('coalitionSeats and evaluateCoalition', () => {
  it('adds the seats of the members, unknown ids as 0', () => {
    expect(coalitionSeats(['a', 'b', 'zz'], { a: 3, b: 4 })).toBe(7)
  })

  it('reports the margin against a chosen threshold', () => {
    expect(
      evaluateCoalition({ id: 'c1', name: '', partyIds: ['a'] }, { a: 110 }, 329, 110),
    ).toEqual({ coalitionId: 'c1', seats: 110, threshold: 110, margin: 0, hasMajority: true })
  })
})

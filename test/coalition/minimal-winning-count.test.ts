import { describe, expect, it } from 'vitest'
import {
  countMinimalWinning,
  countMinimalWinningBySize,
} from '../../src/coalition/minimal-winning-count'
import { iraq2018Seats } from '../fixtures/games'

const seats2018 = iraq2018Seats()

describe('countMinimalWinning', () => {
  it('counts {2,1} three ways and {1,1,1} in [3; 2, 1, 1, 1]', () => {
    expect(countMinimalWinning([2, 1, 1, 1], 3)).toBe(4n)
    expect(countMinimalWinningBySize([2, 1, 1, 1], 3)).toEqual([0n, 0n, 3n, 1n])
  })

  it('never counts a list with no seats', () => {
    expect(countMinimalWinning([2, 1, 0], 3)).toBe(1n)
    expect(countMinimalWinning([2, 1, 0], 3, { mustInclude: [2] })).toBe(0n)
  })

  it('is 0 when the quota is out of reach', () => {
    expect(countMinimalWinning([2, 1], 4)).toBe(0n)
    expect(countMinimalWinning([2, 1, 1], 3, { mustExclude: [0] })).toBe(0n)
  })

  it('counts 2018 coalitions of four lists: Sairoon, Fatah and Nasr with KDP or State of Law', () => {
    expect(countMinimalWinningBySize(Object.values(seats2018), 165).slice(0, 5)).toEqual([
      0n,
      0n,
      0n,
      0n,
      2n,
    ])
  })

  it('counts exactly when the number is beyond 2^53 (80 lists of 1 seat, quota 40)', () => {
    // Every 40 of the 80 lists: C(80, 40).
    let binomial = 1n
    for (let i = 1n; i <= 40n; i++) binomial = (binomial * (40n + i)) / i
    expect(countMinimalWinning(Array<number>(80).fill(1), 40)).toBe(binomial)
  })

  it('throws a RangeError for invalid weights, quota or filters', () => {
    expect(() => countMinimalWinning([2, -1], 1)).toThrow(RangeError)
    expect(() => countMinimalWinning([2, 1], 0)).toThrow(RangeError)
    expect(() => countMinimalWinning([2, 1], NaN)).toThrow(RangeError)
    expect(() => countMinimalWinning([2, 1], 2, { mustInclude: [2] })).toThrow(RangeError)
    expect(() => countMinimalWinning([2, 1], 2, { maxSize: -1 })).toThrow(RangeError)
  })
})

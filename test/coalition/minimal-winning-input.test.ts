import { describe, expect, it } from 'vitest'
import {
  checkCount,
  checkIndices,
  checkQuota,
  prepare,
} from '../../src/coalition/minimal-winning-input'

describe('prepare', () => {
  it('orders the candidates most seats first, ties by index', () => {
    expect(prepare([1, 3, 2, 3], 5, {})).toEqual({
      q: 5,
      candidates: [1, 3, 2, 0],
      forced: [false, false, false, false],
      lastForced: -1,
    })
  })

  it('leaves out lists with no seats and excluded lists, and marks the forced ones', () => {
    expect(prepare([4, 0, 2, 3], 4, { mustInclude: [2], mustExclude: [0] })).toEqual({
      q: 4,
      candidates: [3, 2],
      forced: [false, true],
      lastForced: 1,
    })
  })

  it('rounds the quota up to whole seats', () => {
    expect(prepare([2, 2], 2.5, {})?.q).toBe(3)
  })

  it('is null when no coalition can pass the filters', () => {
    // The quota is out of reach.
    expect(prepare([2, 1], 4, {})).toBeNull()
    // A list both forced in and kept out, or forced in with no seats.
    expect(prepare([2, 1], 2, { mustInclude: [0], mustExclude: [0] })).toBeNull()
    expect(prepare([2, 0], 2, { mustInclude: [1] })).toBeNull()
    // More forced members than the size allows.
    expect(prepare([2, 1, 1], 2, { mustInclude: [1, 2], maxSize: 1 })).toBeNull()
  })

  it('throws a RangeError for a filter index that is not a player', () => {
    expect(() => prepare([2, 1], 2, { mustExclude: [5] })).toThrow(/mustExclude: 5/)
  })
})

describe('input checks', () => {
  it('accepts a finite quota above 0, rounded up', () => {
    expect(checkQuota(164.5)).toBe(165)
    expect(() => checkQuota(0)).toThrow(RangeError)
    expect(() => checkQuota(Infinity)).toThrow(RangeError)
  })

  it('turns player indices into a set, refusing one out of range', () => {
    expect(checkIndices([2, 0, 2], 3, 'mustInclude')).toEqual(new Set([2, 0]))
    expect(checkIndices(undefined, 3, 'mustInclude')).toEqual(new Set())
    expect(() => checkIndices([1.5], 3, 'mustInclude')).toThrow(RangeError)
    expect(() => checkIndices([3], 3, 'mustInclude')).toThrow(/0 to 2/)
  })

  it('accepts a whole number ≥ 0 as a count', () => {
    expect(checkCount(0, 'offset')).toBe(0)
    expect(() => checkCount(-1, 'offset')).toThrow(/offset/)
    expect(() => checkCount(2.5, 'limit')).toThrow(/limit/)
  })
})

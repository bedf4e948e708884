import { describe, expect, it } from 'vitest'
import {
  chamberStatus,
  effectiveMajority,
  votingSeatMap,
  votingSeats,
} from '../../src/coalition/chamber'

describe('effectiveMajority', () => {
  it.each([
    [736, 0, 369],
    [120, 0, 61],
    [650, 1, 325],
    [650, 0, 326],
    [329, 0, 165],
    [1, 0, 1],
    [0, 0, 1],
  ])('a chamber of %i seats with %i not voting needs %i', (total, off, needed) => {
    expect(effectiveMajority(total, off)).toBe(needed)
  })
})

describe('votingSeats', () => {
  it('takes the non-voting seats off the chamber, never going below zero', () => {
    expect(votingSeats(650, 1)).toBe(649)
    expect(votingSeats(3, 5)).toBe(0)
    expect(votingSeats(10, -2)).toBe(10)
  })
})

describe('votingSeatMap', () => {
  it('leaves a list only the seats that vote, between 0 and its seats', () => {
    expect(votingSeatMap({ spk: 1, lab: 400, odd: 2 }, { spk: 1, odd: 5, lab: -1 })).toEqual({
      spk: 0,
      lab: 400,
      odd: 0,
    })
  })
})

describe('chamberStatus', () => {
  it('reports edits that add up to more than a fixed chamber', () => {
    expect(chamberStatus('fixed', 329, { a: 200, b: 132 })).toEqual({
      mode: 'fixed',
      totalSeats: 329,
      seatSum: 332,
      vacant: 0,
      excess: 3,
      nonVoting: 0,
      votingSeats: 329,
      majority: 165,
    })
  })

  it('keeps vacant seats in a fixed chamber, and in its majority', () => {
    expect(chamberStatus('fixed', 329, { a: 282 })).toMatchObject({
      totalSeats: 329,
      vacant: 47,
      excess: 0,
      majority: 165,
    })
  })

  it('follows the sum of seats when asked, with nothing vacant', () => {
    expect(chamberStatus('sum', 329, { a: 100, b: 20 })).toMatchObject({
      totalSeats: 120,
      vacant: 0,
      excess: 0,
      majority: 61,
    })
  })

  it('takes a non-voting Speaker off the majority: 650 seats need 325', () => {
    expect(chamberStatus('fixed', 650, { spk: 1, x: 649 }, { spk: 1 })).toMatchObject({
      nonVoting: 1,
      votingSeats: 649,
      majority: 325,
    })
  })

  it('counts 736 seats in seven groups as needing 369', () => {
    const groups = { epp: 265, sd: 184, alde: 84, greens: 55, ecr: 54, gue: 35, efd: 32, ni: 27 }
    expect(chamberStatus('sum', 0, groups)).toMatchObject({ totalSeats: 736, majority: 369 })
  })
})

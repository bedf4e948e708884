import { describe, expect, it } from 'vitest'
import {
  analyzeCoalition,
  analyzeLadder,
  smallestAdditions,
  thresholdLadder,
  thresholdSeats,
} from '../../src/coalition/pivots'
import { isMinimalWinning } from '../../src/coalition/winning-coalitions'
import { iraq2018Seats } from '../fixtures/games'

const seats2018 = iraq2018Seats()

describe('thresholdLadder', () => {
  it('derives 165, 220 and 110 from 329 seats, naming the rule and its articles', () => {
    expect(thresholdLadder(329)).toEqual([
      { id: 'majority', seats: 165, formula: 'floor(n/2) + 1', articles: [59, 76] },
      { id: 'two-thirds', seats: 220, formula: 'ceil(2n/3)', articles: [70] },
      { id: 'blocking-third', seats: 110, formula: 'n − ceil(2n/3) + 1', articles: [70] },
    ])
  })

  it('follows the chamber size', () => {
    expect(thresholdLadder(328).map((t) => t.seats)).toEqual([165, 219, 110])
    expect(thresholdSeats('majority', 717)).toBe(359)
  })
})

describe('analyzeCoalition', () => {
  it('finds every member of Sairoon, Fatah, Nasr and KDP pivotal at 165', () => {
    const analysis = analyzeCoalition(['kdp', 'nasr', 'sairoon', 'fatah'], seats2018, 165)
    expect(analysis).toMatchObject({
      partyIds: ['sairoon', 'fatah', 'nasr', 'kdp'],
      seats: 168,
      margin: 3,
      isWinning: true,
      isMinimalWinning: true,
      surplus: [],
    })
    expect(analysis.members.map((m) => [m.partyId, m.seatsWithout, m.isPivotal])).toEqual([
      ['sairoon', 114, true],
      ['fatah', 121, true],
      ['nasr', 126, true],
      ['kdp', 143, true],
    ])
  })

  it('marks the members a winning coalition could lose as surplus', () => {
    // 54 + 47 + 42 + 25 + 19 = 187: without Hikma 168 ≥ 165, without KDP 162 < 165.
    const analysis = analyzeCoalition(['sairoon', 'fatah', 'nasr', 'kdp', 'hikma'], seats2018, 165)
    expect(analysis.pivotal).toEqual(['sairoon', 'fatah', 'nasr', 'kdp'])
    expect(analysis.surplus).toEqual(['hikma'])
    expect(analysis.members.find((m) => m.partyId === 'hikma')).toEqual({
      partyId: 'hikma',
      seats: 19,
      seatsWithout: 168,
      isPivotal: false,
      isSurplus: true,
    })
    expect(analysis.isMinimalWinning).toBe(false)
  })

  it('can find only one member pivotal in a large coalition', () => {
    // 212 seats: without Fatah still 165, without Sairoon 158.
    const analysis = analyzeCoalition(
      ['sairoon', 'fatah', 'nasr', 'kdp', 'sol', 'hikma'],
      seats2018,
      165,
    )
    expect(analysis.pivotal).toEqual(['sairoon'])
    expect(analysis.surplus).toEqual(['fatah', 'nasr', 'kdp', 'sol', 'hikma'])
    expect(analysis.members[1]).toMatchObject({ partyId: 'fatah', seatsWithout: 165 })
  })

  it('calls no member pivotal or surplus in a short coalition', () => {
    const analysis = analyzeCoalition(['sairoon', 'fatah'], seats2018, 165)
    expect(analysis).toMatchObject({
      seats: 101,
      margin: -64,
      isWinning: false,
      pivotal: [],
      surplus: [],
    })
    expect(analysis.isMinimalWinning).toBe(false)
  })

  it('counts a repeated id once and an unknown id as 0 seats', () => {
    const analysis = analyzeCoalition(['a', 'a', 'zz'], { a: 3 }, 3)
    expect(analysis.partyIds).toEqual(['a', 'zz'])
    expect(analysis.pivotal).toEqual(['a'])
    expect(analysis.surplus).toEqual(['zz'])
  })

  it('treats an empty coalition as short', () => {
    expect(analyzeCoalition([], seats2018, 165)).toMatchObject({
      seats: 0,
      isWinning: false,
      isMinimalWinning: false,
    })
  })
})

describe('analyzeLadder', () => {
  it('analyses a coalition against the majority, two-thirds and blocking third', () => {
    const ladder = analyzeLadder(['sairoon', 'fatah', 'nasr'], seats2018, 329)
    expect(
      ladder.map((r) => [r.threshold.id, r.analysis.margin, r.analysis.isMinimalWinning]),
    ).toEqual([
      ['majority', -22, false],
      ['two-thirds', -77, false],
      // 143 ≥ 110, and 89 without Sairoon, 96 without Fatah, 101 without Nasr.
      ['blocking-third', 33, true],
    ])
  })
})

describe('smallestAdditions', () => {
  it('offers KDP or State of Law alone to Sairoon, Fatah and Nasr (22 seats short)', () => {
    const additions = smallestAdditions(['sairoon', 'fatah', 'nasr'], seats2018, 165, { limit: 2 })
    expect(additions).toEqual([
      { partyIds: ['kdp'], addedSeats: 25, seats: 168, margin: 3 },
      { partyIds: ['sol'], addedSeats: 25, seats: 168, margin: 3 },
    ])
  })

  it('then the pairs with the fewest seats, every list in them needed', () => {
    const additions = smallestAdditions(['sairoon', 'fatah', 'nasr'], seats2018, 165, {
      limit: 5,
      exclude: ['kdp', 'sol'],
    })
    // No single list left has 22 seats. Pairs of exactly 22 come first, the one whose smaller
    // list is largest first: PUK (18) + Baghdad Alliance (4, before New Generation by id).
    expect(additions[0]).toEqual({
      partyIds: ['puk', 'baghdad-alliance'],
      addedSeats: 22,
      seats: 165,
      margin: 0,
    })
    for (const a of additions) {
      expect(a.partyIds).toHaveLength(2)
      const weights = a.partyIds.map((id) => seats2018[id]!)
      expect(isMinimalWinning(weights, 22, [0, 1])).toBe(true)
    }
  })

  it('suggests nothing to a coalition that already wins, or when nothing is left to add', () => {
    expect(smallestAdditions(['sairoon', 'fatah', 'nasr', 'kdp'], seats2018, 165)).toEqual([])
    expect(smallestAdditions(['a'], { a: 3, b: 1 }, 5)).toEqual([])
  })

  it('respects the most lists per suggestion', () => {
    expect(smallestAdditions(['a'], { a: 3, b: 1, c: 1 }, 5, { maxSize: 1 })).toEqual([])
    expect(smallestAdditions(['a'], { a: 3, b: 1, c: 1 }, 5, { maxSize: 2 })).toEqual([
      { partyIds: ['b', 'c'], addedSeats: 2, seats: 5, margin: 0 },
    ])
  })
})

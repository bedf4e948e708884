import { describe, expect, it } from 'vitest'
import { findElection, versionSeats } from '../../src/elections/catalog'
import {
  isLargeChamber,
  jobKey,
  runAnalysisJob,
  type FinderJob,
} from '../../src/scenario/analysis-jobs'

const seats2018 = versionSeats(findElection('iraq-2018')!, 'may2018')

function finder(overrides: Partial<FinderJob> = {}): FinderJob {
  return {
    kind: 'finder',
    seats: seats2018,
    quota: 165,
    mustInclude: [],
    mustExclude: [],
    maxSize: null,
    order: 'fewest-lists',
    offset: 0,
    limit: 20,
    ...overrides,
  }
}

describe('isLargeChamber', () => {
  it('keeps the 2018 parliament on the page', () => {
    expect(isLargeChamber(seats2018)).toBe(false)
  })

  it.each([
    ['61 lists', Object.fromEntries(Array.from({ length: 61 }, (_, i) => [`p${i}`, 1]))],
    ['2,001 seats', { a: 2000, b: 1 }],
  ])('sends %s to the worker', (_, seats) => {
    expect(isLargeChamber(seats)).toBe(true)
  })

  it('does not count lists without seats', () => {
    const seats = Object.fromEntries(
      Array.from({ length: 100 }, (_, i) => [`p${i}`, i < 60 ? 1 : 0]),
    )
    expect(isLargeChamber(seats)).toBe(false)
  })
})

describe('runAnalysisJob', () => {
  it('gives every list its power, most seats first', () => {
    const outcome = runAnalysisJob({
      kind: 'power',
      seats: { c: 2, a: 49, b: 49 },
      quota: 51,
      bloc: [],
    })
    expect(outcome.kind).toBe('power')
    if (outcome.kind !== 'power') return
    expect(outcome.hasBloc).toBe(false)
    expect(outcome.entries.map((e) => e.id)).toEqual(['a', 'b', 'c'])
    for (const e of outcome.entries) {
      expect(e.banzhaf).toBeCloseTo(1 / 3, 12)
      expect(e.shapleyShubik).toBeCloseTo(1 / 3, 12)
    }
    expect(outcome.entries[2]!.seatShare).toBe(0.02)
  })

  it('treats an alliance as one player and puts it before a list of equal size', () => {
    const outcome = runAnalysisJob({
      kind: 'power',
      seats: { a: 40, b: 30, c: 20, d: 10 },
      quota: 51,
      bloc: ['c', 'd'],
    })
    if (outcome.kind !== 'power') throw new Error(outcome.kind)
    expect(outcome.hasBloc).toBe(true)
    expect(outcome.entries.map((e) => [e.id, e.partyIds, e.seats])).toEqual([
      ['a', ['a'], 40],
      ['bloc', ['c', 'd'], 30],
      ['b', ['b'], 30],
    ])
    for (const e of outcome.entries) expect(e.banzhaf).toBeCloseTo(1 / 3, 12)
  })

  it('ignores a bloc of fewer than two known lists', () => {
    const outcome = runAnalysisJob({
      kind: 'power',
      seats: { a: 40, b: 30 },
      quota: 36,
      bloc: ['a', 'zz'],
    })
    expect(outcome.kind === 'power' && outcome.hasBloc).toBe(false)
  })

  it('says no one has power when the lists cannot reach the quota', () => {
    expect(runAnalysisJob({ kind: 'power', seats: { a: 100 }, quota: 165, bloc: [] })).toEqual({
      kind: 'unreachable',
      seats: 100,
      quota: 165,
    })
  })

  it('counts and lists the minimal winning coalitions of 2018 at 165', () => {
    const { page, allTotal } = runAnalysisJob(finder({ limit: 2 }))
    expect(page.total).toBe(1_069_113_380n)
    expect(allTotal).toBe(page.total)
    expect(page.items).toEqual([
      { partyIds: ['sairoon', 'fatah', 'nasr', 'kdp'], seats: 168, margin: 3 },
      { partyIds: ['sairoon', 'fatah', 'nasr', 'sol'], seats: 168, margin: 3 },
    ])
    expect(page.hasMore).toBe(true)
  })

  it('counts all coalitions beside those that pass the filters', () => {
    const { page, allTotal } = runAnalysisJob(finder({ mustExclude: ['sairoon'], maxSize: 6 }))
    expect(allTotal).toBe(1_069_113_380n)
    expect(page.total).toBeLessThan(allTotal)
    for (const item of page.items) {
      expect(item.partyIds).not.toContain('sairoon')
      expect(item.partyIds.length).toBeLessThanOrEqual(6)
    }
  })

  it('finds the smallest additions for a short coalition', () => {
    const { additions } = runAnalysisJob({
      kind: 'additions',
      partyIds: ['sairoon', 'fatah', 'nasr'],
      seats: seats2018,
      quota: 165,
      limit: 3,
    })
    expect(additions.map((a) => a.partyIds)).toEqual([
      ['kdp'],
      ['sol'],
      ['puk', 'baghdad-alliance'],
    ])
  })

  it('gives outcomes that survive structured cloning, BigInt totals included', () => {
    const outcome = runAnalysisJob(finder({ limit: 1 }))
    expect(structuredClone(outcome)).toEqual(outcome)
  })
})

describe('jobKey', () => {
  it('is the same whatever the order of the seat map', () => {
    const job = finder({ seats: { a: 2, b: 1 } })
    expect(jobKey(job)).toBe(jobKey({ ...job, seats: { b: 1, a: 2 } }))
    expect(jobKey(job)).not.toBe(jobKey({ ...job, offset: 20 }))
  })
})

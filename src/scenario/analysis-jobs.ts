/**
 * The analysis computations that can take long in a large chamber, as plain jobs: data in, data
 * out, so the same code runs on the page (small chambers, memoised) or in analysis.worker.ts
 * (large ones). Jobs and outcomes survive structured cloning (BigInt included).
 */
import { type Addition, smallestAdditions } from '../coalition/pivots'
import { type PowerRow, powerTable } from '../coalition/power-table'
import type { PartyId, SeatMap } from '../coalition/types'
import {
  type MinimalWinningCoalition,
  type MinimalWinningOrder,
  type MinimalWinningPage,
  countMinimalWinningCoalitions,
  listMinimalWinningCoalitions,
} from '../coalition/winning-coalitions'

/**
 * Past either figure a chamber counts as large and its heavy analysis runs in a worker. Measured
 * with `npm run bench`: the 2018 parliament (37 lists, 329 seats) takes well under 1 ms per job;
 * 200 lists take tens of milliseconds to list coalitions and 0.1–1 s for Shapley–Shubik.
 */
export const LARGE_CHAMBER = { lists: 60, seats: 2000 } as const

/**
 * Whether the chamber's analysis belongs off the main thread: more than 60 lists hold seats, or
 * more than 2,000 seats in all.
 *
 * @example isLargeChamber({ a: 1500, b: 600 }) // true
 */
export function isLargeChamber(seats: SeatMap): boolean {
  let lists = 0
  let total = 0
  for (const n of Object.values(seats)) {
    if (n > 0) lists++
    total += n
  }
  return lists > LARGE_CHAMBER.lists || total > LARGE_CHAMBER.seats
}

/** Both power indices for every list, or for a bloc and the lists outside it. */
export interface PowerJob {
  kind: 'power'
  seats: SeatMap
  quota: number
  /** Lists that vote as one bloc (an a priori union); fewer than two means none. */
  bloc: readonly PartyId[]
}

/** One player's seats and power: a list, or a bloc of lists (coalition/power.ts). */
export type PowerEntry = PowerRow

export type PowerOutcome =
  | { kind: 'power'; entries: PowerEntry[]; hasBloc: boolean }
  /** The lists together hold fewer seats than the quota: no coalition wins, no one has power. */
  | { kind: 'unreachable'; seats: number; quota: number }

/** What the finder asks for, besides the chamber and the rung. */
export interface FinderQuery {
  mustInclude: readonly PartyId[]
  mustExclude: readonly PartyId[]
  /** The most lists a coalition may have; null for any number. */
  maxSize: number | null
  order: MinimalWinningOrder
  offset: number
  limit: number
}

/** One page of minimal winning coalitions. */
export interface FinderJob extends FinderQuery {
  kind: 'finder'
  seats: SeatMap
  quota: number
}

export interface FinderOutcome {
  kind: 'finder'
  page: MinimalWinningPage<MinimalWinningCoalition>
  /** Every minimal winning coalition at the quota, whatever the filters. */
  allTotal: bigint
}

/** The smallest additions that carry a short coalition over the quota. */
export interface AdditionsJob {
  kind: 'additions'
  partyIds: readonly PartyId[]
  seats: SeatMap
  quota: number
  limit: number
}

export interface AdditionsOutcome {
  kind: 'additions'
  additions: Addition[]
}

export type AnalysisJob = PowerJob | FinderJob | AdditionsJob

export type OutcomeOf<J extends AnalysisJob> = J extends PowerJob
  ? PowerOutcome
  : J extends FinderJob
    ? FinderOutcome
    : AdditionsOutcome

export type AnalysisOutcome = PowerOutcome | FinderOutcome | AdditionsOutcome

/**
 * Runs one job. Throws the math's RangeError for input it cannot take (e.g. a listing whose tables
 * would pass their memory cap).
 *
 * @example runAnalysisJob({ kind: 'power', seats: { a: 49, b: 49, c: 2 }, quota: 51, bloc: [] }).entries.map((e) => e.banzhaf) // [1/3, 1/3, 1/3]
 */
export function runAnalysisJob<J extends AnalysisJob>(job: J): OutcomeOf<J>
export function runAnalysisJob(job: AnalysisJob): AnalysisOutcome {
  switch (job.kind) {
    case 'power':
      return powerOutcome(job)
    case 'finder':
      return finderOutcome(job)
    case 'additions':
      return {
        kind: 'additions',
        additions:
          job.quota >= 1
            ? smallestAdditions(job.partyIds, job.seats, job.quota, { limit: job.limit })
            : [],
      }
  }
}

function powerOutcome({ seats, quota, bloc }: PowerJob): PowerOutcome {
  const total = Object.values(seats).reduce((a, b) => a + b, 0)
  if (quota < 1 || total < quota) return { kind: 'unreachable', seats: total, quota }
  const { rows, hasBloc } = powerTable(seats, quota, bloc)
  return { kind: 'power', hasBloc, entries: rows }
}

function finderOutcome(job: FinderJob): FinderOutcome {
  if (job.quota < 1) {
    return {
      kind: 'finder',
      page: { items: [], total: 0n, offset: 0, hasMore: false },
      allTotal: 0n,
    }
  }
  const filtered = job.mustInclude.length > 0 || job.mustExclude.length > 0 || job.maxSize !== null
  const page = listMinimalWinningCoalitions(job.seats, job.quota, {
    mustInclude: job.mustInclude,
    mustExclude: job.mustExclude,
    ...(job.maxSize !== null && { maxSize: job.maxSize }),
    order: job.order,
    offset: job.offset,
    limit: job.limit,
  })
  const allTotal = filtered ? countMinimalWinningCoalitions(job.seats, job.quota) : page.total
  return { kind: 'finder', page, allTotal }
}

/**
 * A string that is equal for equal jobs (the seat map's keys in a fixed order), for caching.
 *
 * @example jobKey({ kind: 'additions', partyIds: ['a'], seats: { b: 1, a: 2 }, quota: 2, limit: 3 }) === jobKey({ kind: 'additions', partyIds: ['a'], seats: { a: 2, b: 1 }, quota: 2, limit: 3 }) // true
 */
export function jobKey(job: AnalysisJob): string {
  return JSON.stringify(job, (key, value: unknown) =>
    key === 'seats' && value && typeof value === 'object'
      ? Object.entries(value).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))
      : value,
  )
}

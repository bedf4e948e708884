/**
 * Who a coalition needs: the thresholds of Iraq's Council of Representatives, which members are
 * pivotal or surplus against each, and the smallest additions that would carry a short coalition
 * over the line. Structured data only; sentences are in explain.ts.
 */
import { sortBySeats } from './coalitions'
import { blockingThird, majorityThreshold, twoThirdsThreshold } from './majority'
import type { PartyId, SeatMap } from './types'
import { listMinimalWinningCoalitions } from './winning-coalitions'

/** The lines a coalition can cross (the same names as the scenario's threshold rule). */
export type ThresholdId = 'majority' | 'two-thirds' | 'blocking-third'

/** One rung of the threshold ladder. */
export interface Threshold {
  id: ThresholdId
  /** Seats needed, derived from the chamber size. */
  seats: number
  /** How the seats follow from the chamber size n. */
  formula: string
  /** Where the rule is written: the Constitution of the Republic of Iraq (2005), by article. */
  articles: number[]
}

/**
 * The seats each line needs in a chamber of `totalSeats`:
 * - majority, floor(n/2) + 1: the absolute majority of the members. Art. 59 makes it the quorum;
 *   Art. 76 requires it for the vote of confidence in a new government.
 * - two-thirds, ceil(2n/3): Art. 70 elects the President of the Republic in the first round by
 *   two-thirds of the members.
 * - blocking-third, n − ceil(2n/3) + 1: the fewest seats that keep everyone else below two-thirds.
 *
 * @example thresholdLadder(329).map((t) => t.seats) // [165, 220, 110]
 * @example thresholdLadder(328).map((t) => t.seats) // [165, 219, 110]
 */
export function thresholdLadder(totalSeats: number): Threshold[] {
  return [
    {
      id: 'majority',
      seats: majorityThreshold(totalSeats),
      formula: 'floor(n/2) + 1',
      articles: [59, 76],
    },
    {
      id: 'two-thirds',
      seats: twoThirdsThreshold(totalSeats),
      formula: 'ceil(2n/3)',
      articles: [70],
    },
    {
      id: 'blocking-third',
      seats: blockingThird(totalSeats),
      formula: 'n − ceil(2n/3) + 1',
      articles: [70],
    },
  ]
}

/**
 * The seats one line needs.
 *
 * @example thresholdSeats('two-thirds', 329) // 220
 */
export function thresholdSeats(id: ThresholdId, totalSeats: number): number {
  return thresholdLadder(totalSeats).find((t) => t.id === id)!.seats
}

/** One member of an analysed coalition. */
export interface MemberRole {
  partyId: PartyId
  seats: number
  /** The coalition's seats if this member left. */
  seatsWithout: number
  /** The coalition wins, and would not without this member. */
  isPivotal: boolean
  /** The coalition wins, and still would without this member. */
  isSurplus: boolean
}

/** A coalition against one threshold. */
export interface CoalitionAnalysis {
  /** Members, most seats first, ties by id; duplicates removed. Unknown ids hold 0 seats. */
  partyIds: PartyId[]
  seats: number
  threshold: number
  /** Seats above the threshold; negative when short. */
  margin: number
  isWinning: boolean
  /** Winning, and every member pivotal. */
  isMinimalWinning: boolean
  /** Members in the order of partyIds. */
  members: MemberRole[]
  /** Ids of the pivotal members (empty when the coalition is short). */
  pivotal: PartyId[]
  /** Ids of the members it could lose and still win (empty when the coalition is short). */
  surplus: PartyId[]
}

/**
 * Which members a coalition needs to reach `threshold` seats. O(members · log members).
 *
 * @example analyzeCoalition(['sairoon', 'fatah', 'nasr', 'kdp'], seats2018, 165).isMinimalWinning // true: 168, and 143 without KDP
 * @example analyzeCoalition(['a', 'b', 'c'], { a: 80, b: 70, c: 10 }, 140) // pivotal: ['a', 'b'], surplus: ['c'] (150 ≥ 140 without c)
 */
export function analyzeCoalition(
  partyIds: readonly PartyId[],
  seats: SeatMap,
  threshold: number,
): CoalitionAnalysis {
  const ids = sortBySeats([...new Set(partyIds)], seats)
  let total = 0
  for (const id of ids) total += seats[id] ?? 0
  const isWinning = total >= threshold
  const members = ids.map((partyId): MemberRole => {
    const own = seats[partyId] ?? 0
    const seatsWithout = total - own
    return {
      partyId,
      seats: own,
      seatsWithout,
      isPivotal: isWinning && seatsWithout < threshold,
      isSurplus: isWinning && seatsWithout >= threshold,
    }
  })
  return {
    partyIds: ids,
    seats: total,
    threshold,
    margin: total - threshold,
    isWinning,
    isMinimalWinning: isWinning && members.length > 0 && members.every((m) => m.isPivotal),
    members,
    pivotal: members.filter((m) => m.isPivotal).map((m) => m.partyId),
    surplus: members.filter((m) => m.isSurplus).map((m) => m.partyId),
  }
}

/** A coalition against every rung of the ladder. */
export interface LadderAnalysis {
  threshold: Threshold
  analysis: CoalitionAnalysis
}

/**
 * analyzeCoalition for each threshold of the ladder (majority, two-thirds, blocking third).
 *
 * @example analyzeLadder(['sairoon', 'fatah'], seats2018, 329).map((r) => r.analysis.margin) // [-64, -119, -9]
 */
export function analyzeLadder(
  partyIds: readonly PartyId[],
  seats: SeatMap,
  totalSeats: number,
): LadderAnalysis[] {
  return thresholdLadder(totalSeats).map((threshold) => ({
    threshold,
    analysis: analyzeCoalition(partyIds, seats, threshold.seats),
  }))
}

/** Lists to add to a short coalition. */
export interface Addition {
  /** The lists to add, most seats first, ties by id. */
  partyIds: PartyId[]
  /** Their seats together. */
  addedSeats: number
  /** The coalition's seats with them. */
  seats: number
  /** Seats above the threshold with them (≥ 0). */
  margin: number
}

export interface AdditionOptions {
  /** How many suggestions (default 3). */
  limit?: number
  /** The most lists one suggestion adds. */
  maxSize?: number
  /** Lists never suggested (e.g. those that ruled out joining). */
  exclude?: readonly PartyId[]
}

/**
 * The smallest additions that carry a short coalition to `threshold`: fewest lists first, then
 * fewest seats added, then the tie-break of minimal winning coalitions. Every list in a suggestion
 * is needed (the additions form a minimal winning coalition for the missing seats), so "KDP +
 * a one-seat list" is never offered where KDP alone suffices. Empty for a winning coalition, or
 * when the other lists together cannot make up the shortfall.
 * Cost: as listMinimalWinningCoalitions over the lists outside the coalition.
 *
 * @example smallestAdditions(['sairoon', 'fatah', 'nasr'], seats2018, 165) // [{ partyIds: ['kdp'], addedSeats: 25, seats: 168, margin: 3 }, { partyIds: ['sol'], … }, …]
 */
export function smallestAdditions(
  partyIds: readonly PartyId[],
  seats: SeatMap,
  threshold: number,
  options: AdditionOptions = {},
): Addition[] {
  const members = new Set(partyIds)
  let held = 0
  for (const id of members) held += seats[id] ?? 0
  const missing = threshold - held
  if (missing <= 0) return []
  const excluded = new Set(options.exclude ?? [])
  const others: Record<PartyId, number> = {}
  for (const [id, n] of Object.entries(seats)) {
    if (!members.has(id) && !excluded.has(id) && n > 0) others[id] = n
  }
  const page = listMinimalWinningCoalitions(others, missing, {
    order: 'fewest-lists',
    limit: options.limit ?? 3,
    ...(options.maxSize !== undefined && { maxSize: options.maxSize }),
  })
  return page.items.map((item) => ({
    partyIds: item.partyIds,
    addedSeats: item.seats,
    seats: held + item.seats,
    margin: held + item.seats - threshold,
  }))
}

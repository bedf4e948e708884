/**
 * Classroom challenges: a task about coalitions ("reach 165 without Sairoon") as data, a check of a
 * coalition against it with the reasons it fails, and the number of coalitions that solve it. Pure.
 *
 * A task has one target and any number of restrictions:
 * - target: the absolute majority, two-thirds of the chamber, or more seats than some lists hold
 *   together ("beat Islah's total");
 * - restrictions: lists it may not use, camps whose lists it may not use, a largest number of
 *   lists, and whether it must be minimal winning (every member needed to reach the target).
 *
 * Custom tasks travel in links as a short id (see encodeChallengeId), so a teacher can write one
 * and send it to a class.
 */
import { majorityThreshold, twoThirdsThreshold } from './majority'
import { countMinimalWinningCoalitions } from './winning-coalitions'
import type { PartyId, SeatMap } from './types'

export type ChallengeTarget =
  | { kind: 'majority' }
  | { kind: 'two-thirds' }
  /** More seats than these lists hold together. */
  | { kind: 'beat'; partyIds: readonly PartyId[] }

export interface ChallengeRule {
  target: ChallengeTarget
  /** Lists the coalition may not contain. */
  excludeLists: readonly PartyId[]
  /** Camps (as in the election data) none of whose lists the coalition may contain. */
  excludeCamps: readonly string[]
  /** The most lists the coalition may have, or null for no limit. */
  maxLists: number | null
  /** Whether every member must be needed to reach the target. */
  minimal: boolean
}

/** Why a coalition does not solve a task, one entry per broken rule, in a fixed order. */
export type ChallengeReason =
  | { kind: 'empty' }
  | { kind: 'excluded-list'; partyId: PartyId }
  | { kind: 'excluded-camp'; partyId: PartyId; camp: string }
  | { kind: 'too-many-lists'; lists: number; maxLists: number }
  | { kind: 'short'; seats: number; target: number; short: number }
  /** The coalition reaches the target without this member (the one with fewest seats). */
  | { kind: 'not-minimal'; spare: PartyId; seatsWithout: number }

export interface ChallengeCheck {
  solved: boolean
  seats: number
  /** Seats needed. */
  target: number
  reasons: ChallengeReason[]
}

/** The facts about the chamber a check needs. */
export interface ChallengeChamber {
  seats: SeatMap
  totalSeats: number
  /** Each list's camp, by list id. */
  campOf: Readonly<Record<PartyId, string>>
}

/**
 * Seats a coalition needs for the task's target.
 *
 * @example challengeTarget({ kind: 'majority' }, seats, 329) // 165
 * @example challengeTarget({ kind: 'beat', partyIds: ['a', 'b'] }, { a: 100, b: 58 }, 329) // 159
 */
export function challengeTarget(
  target: ChallengeTarget,
  seats: SeatMap,
  totalSeats: number,
): number {
  switch (target.kind) {
    case 'majority':
      return majorityThreshold(totalSeats)
    case 'two-thirds':
      return twoThirdsThreshold(totalSeats)
    case 'beat':
      return [...new Set(target.partyIds)].reduce((sum, id) => sum + (seats[id] ?? 0), 0) + 1
  }
}

/** The lists a task rules out: those named, and every list of an excluded camp. */
export function excludedLists(rule: ChallengeRule, chamber: ChallengeChamber): Set<PartyId> {
  const out = new Set(rule.excludeLists)
  const camps = new Set(rule.excludeCamps)
  for (const id of Object.keys(chamber.seats)) {
    const camp = chamber.campOf[id]
    if (camp !== undefined && camps.has(camp)) out.add(id)
  }
  return out
}

/**
 * Checks a coalition against a task and says every rule it breaks.
 *
 * @example checkChallenge(noSairoon, ['sairoon', 'fatah'], chamber).reasons[0] // { kind: 'excluded-list', partyId: 'sairoon' }
 */
export function checkChallenge(
  rule: ChallengeRule,
  members: readonly PartyId[],
  chamber: ChallengeChamber,
): ChallengeCheck {
  const unique = [...new Set(members)]
  const seatsOf = (id: PartyId) => chamber.seats[id] ?? 0
  const seats = unique.reduce((sum, id) => sum + seatsOf(id), 0)
  const target = challengeTarget(rule.target, chamber.seats, chamber.totalSeats)
  const reasons: ChallengeReason[] = []
  if (unique.length === 0) reasons.push({ kind: 'empty' })

  const camps = new Set(rule.excludeCamps)
  const named = new Set(rule.excludeLists)
  for (const id of unique) {
    const camp = chamber.campOf[id]
    if (named.has(id)) reasons.push({ kind: 'excluded-list', partyId: id })
    else if (camp !== undefined && camps.has(camp))
      reasons.push({ kind: 'excluded-camp', partyId: id, camp })
  }
  if (rule.maxLists !== null && unique.length > rule.maxLists)
    reasons.push({ kind: 'too-many-lists', lists: unique.length, maxLists: rule.maxLists })
  if (unique.length > 0 && seats < target)
    reasons.push({ kind: 'short', seats, target, short: target - seats })
  if (rule.minimal && unique.length > 0 && seats >= target) {
    // The member with the fewest seats (ties: the first by id) is the one it can best spare.
    const smallest = [...unique].sort(
      (x, y) => seatsOf(x) - seatsOf(y) || (x < y ? -1 : x > y ? 1 : 0),
    )[0]!
    if (seats - seatsOf(smallest) >= target)
      reasons.push({
        kind: 'not-minimal',
        spare: smallest,
        seatsWithout: seats - seatsOf(smallest),
      })
  }
  return { solved: reasons.length === 0, seats, target, reasons }
}

export interface ChallengeSolutions {
  /** Coalitions that solve the task. */
  all: bigint
  /** Of those, the minimal winning ones: every member needed. Equal to `all` for minimal tasks. */
  minimal: bigint
}

/**
 * How many coalitions solve the task, counted exactly (lists with 0 seats are left out, since
 * adding one changes nothing).
 *
 * All solutions: a dynamic program over (number of lists, seats up to the target), O(n·K·target)
 * big-integer additions, K the list limit (n if none); 37 lists: about 0.5 ms. Minimal winning
 * ones: countMinimalWinningCoalitions (see winning-coalitions.ts).
 *
 * @example countChallengeSolutions(fourListsMinimal, chamberMay2018) // { all: 2n, minimal: 2n }
 */
export function countChallengeSolutions(
  rule: ChallengeRule,
  chamber: ChallengeChamber,
): ChallengeSolutions {
  const target = challengeTarget(rule.target, chamber.seats, chamber.totalSeats)
  const excluded = excludedLists(rule, chamber)
  const weights = Object.keys(chamber.seats)
    .filter((id) => !excluded.has(id))
    .map((id) => chamber.seats[id] ?? 0)
    .filter((w) => w > 0)
  const maxSize = rule.maxLists ?? weights.length
  const minimal = countMinimalWinningCoalitions(chamber.seats, target, {
    mustExclude: [...excluded],
    ...(rule.maxLists !== null && { maxSize: rule.maxLists }),
  })
  if (rule.minimal) return { all: minimal, minimal }
  return { all: countReaching(weights, target, maxSize), minimal }
}

/**
 * Subsets of at most maxSize weights whose sum reaches the target. Sums at or above the target are
 * pooled in one cell, so the table has target + 1 columns.
 */
function countReaching(weights: readonly number[], target: number, maxSize: number): bigint {
  if (target <= 0) return 0n
  const k = Math.max(0, Math.min(maxSize, weights.length))
  // ways[c][s]: subsets of c weights with sum s (s = target means "target or more").
  const ways = Array.from({ length: k + 1 }, () => new Array<bigint>(target + 1).fill(0n))
  ways[0]![0] = 1n
  for (const w of weights) {
    for (let c = k - 1; c >= 0; c--) {
      const from = ways[c]!
      const to = ways[c + 1]!
      for (let s = target; s >= 0; s--) {
        const n = from[s]!
        if (n === 0n) continue
        const t = Math.min(target, s + w)
        to[t] = to[t]! + n
      }
    }
  }
  let total = 0n
  for (let c = 1; c <= k; c++) total += ways[c]![target]!
  return total
}

// The link-safe ids of custom tasks live in challenge-id.ts, apart from the counting above, so
// reading a link does not load it.
export { CUSTOM_CHALLENGE_PREFIX, decodeChallengeId, encodeChallengeId } from './challenge-id'

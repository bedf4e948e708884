import type { Coalition, CoalitionResult, PartyId, SeatMap } from './types'

/**
 * Seats needed for an absolute majority: strictly more than half the chamber.
 * Iraq's Constitution (Art. 59) counts the absolute majority of its members.
 *
 * @example majorityThreshold(329) // 165
 * @example majorityThreshold(328) // 165
 */
export function majorityThreshold(totalSeats: number): number {
  return Math.floor(totalSeats / 2) + 1
}

/**
 * Seats needed for two-thirds of all members: ceil(2n / 3).
 * Iraq's Constitution (Art. 70) requires it to elect the President in the first round.
 *
 * @example twoThirdsThreshold(329) // 220
 * @example twoThirdsThreshold(328) // 219
 */
export function twoThirdsThreshold(totalSeats: number): number {
  return Math.ceil((2 * totalSeats) / 3)
}

/**
 * The blocking third: the fewest seats that keep everyone else below two-thirds,
 * n − ceil(2n / 3) + 1.
 *
 * @example blockingThird(329) // 110
 * @example blockingThird(328) // 110
 */
export function blockingThird(totalSeats: number): number {
  return totalSeats - twoThirdsThreshold(totalSeats) + 1
}

/**
 * Sum of the seats held by the given lists. Unknown ids count as 0.
 *
 * @example coalitionSeats(['a', 'b'], { a: 3, b: 4 }) // 7
 */
export function coalitionSeats(partyIds: readonly PartyId[], seats: SeatMap): number {
  let sum = 0
  for (const id of partyIds) sum += seats[id] ?? 0
  return sum
}

/**
 * A coalition's seats against a threshold (the absolute majority unless given).
 *
 * @example evaluateCoalition({ id: 'c1', name: '', partyIds: ['a'] }, { a: 80 }, 150).margin // 4
 */
export function evaluateCoalition(
  coalition: Coalition,
  seats: SeatMap,
  totalSeats: number,
  threshold: number = majorityThreshold(totalSeats),
): CoalitionResult {
  const held = coalitionSeats(coalition.partyIds, seats)
  return {
    coalitionId: coalition.id,
    seats: held,
    threshold,
    margin: held - threshold,
    hasMajority: held >= threshold,
  }
}

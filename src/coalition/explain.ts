/**
 * Sentences that explain a coalition analysis (pivots.ts) to a student: pure, so the wording can
 * be tested without React. The phrases come from an `ExplainWords` object, English by default, so
 * another language can pass its own (as format.ts does with VerdictWords). Names are inputs:
 * these functions never look lists up.
 */
import type { Addition, CoalitionAnalysis, MemberRole } from './pivots'
import type { PartyId } from './types'

/** The phrases an explanation is built from, in one language. */
export interface ExplainWords {
  /** A pivotal member: "Sairoon is needed: without it the coalition has 111 < 165." */
  needed: (name: string, seatsWithout: number, threshold: number) => string
  /** A surplus member: "Fatah is not needed: without it the coalition still has 170 ≥ 165." */
  notNeeded: (name: string, seatsWithout: number, threshold: number) => string
  /** A member of a short coalition: "Gorran brings 5 seats; the coalition has 101 < 165." */
  inShortCoalition: (name: string, seats: number, total: number, threshold: number) => string
  /** "Every member is needed: a minimal winning coalition, 168 ≥ 165." */
  minimalWinning: (seats: number, threshold: number) => string
  /** "It wins with lists to spare: 2 of 6 members are not needed, 190 ≥ 165." */
  oversized: (surplus: number, members: number, seats: number, threshold: number) => string
  /** "It falls short: 101 < 165, 64 seats missing." */
  short: (seats: number, threshold: number, missing: number) => string
  /** Joins the suggestions, each already written as names joined by `memberJoin`. */
  additions: (suggestions: readonly string[]) => string
  /** When no combination of the other lists reaches the line. */
  noAdditions: (threshold: number) => string
  /** Between the names of lists added together: " + ". */
  memberJoin: string
}

const seatCount = (n: number) => `${n} ${n === 1 ? 'seat' : 'seats'}`

export const ENGLISH_EXPLAIN_WORDS: ExplainWords = {
  needed: (name, without, threshold) =>
    `${name} is needed: without it the coalition has ${without} < ${threshold}.`,
  notNeeded: (name, without, threshold) =>
    `${name} is not needed: without it the coalition still has ${without} ≥ ${threshold}.`,
  inShortCoalition: (name, seats, total, threshold) =>
    `${name} brings ${seatCount(seats)}; the coalition has ${total} < ${threshold}.`,
  minimalWinning: (seats, threshold) =>
    `Every member is needed: a minimal winning coalition, ${seats} ≥ ${threshold}.`,
  oversized: (surplus, members, seats, threshold) =>
    `It wins with lists to spare: ${surplus} of ${members} members ${surplus === 1 ? 'is' : 'are'} not needed, ${seats} ≥ ${threshold}.`,
  short: (seats, threshold, missing) =>
    `It falls short: ${seats} < ${threshold}, ${seatCount(missing)} missing.`,
  additions: (suggestions) => `Add ${suggestions.join(', or ')}.`,
  noAdditions: (threshold) => `No combination of the other lists reaches ${threshold}.`,
  memberJoin: ' + ',
}

/**
 * Why one member matters, or does not.
 *
 * @example explainMember('Fatah', { seats: 47, seatsWithout: 170, isPivotal: false, isSurplus: true }, { seats: 217, threshold: 165 }) // 'Fatah is not needed: without it the coalition still has 170 ≥ 165.'
 * @example explainMember('Sairoon', { seats: 54, seatsWithout: 111, isPivotal: true, isSurplus: false }, { seats: 165, threshold: 165 }) // 'Sairoon is needed: without it the coalition has 111 < 165.'
 */
export function explainMember(
  name: string,
  member: Pick<MemberRole, 'seats' | 'seatsWithout' | 'isPivotal' | 'isSurplus'>,
  coalition: Pick<CoalitionAnalysis, 'seats' | 'threshold'>,
  words: ExplainWords = ENGLISH_EXPLAIN_WORDS,
): string {
  if (member.isPivotal) return words.needed(name, member.seatsWithout, coalition.threshold)
  if (member.isSurplus) return words.notNeeded(name, member.seatsWithout, coalition.threshold)
  return words.inShortCoalition(name, member.seats, coalition.seats, coalition.threshold)
}

/**
 * The verdict on a whole coalition: minimal winning, winning with members to spare, or short.
 *
 * @example explainCoalition(analyzeCoalition(['sairoon', 'fatah'], seats2018, 165)) // 'It falls short: 101 < 165, 64 seats missing.'
 */
export function explainCoalition(
  analysis: Pick<
    CoalitionAnalysis,
    'seats' | 'threshold' | 'isWinning' | 'isMinimalWinning' | 'members' | 'surplus'
  >,
  words: ExplainWords = ENGLISH_EXPLAIN_WORDS,
): string {
  if (!analysis.isWinning) {
    return words.short(analysis.seats, analysis.threshold, analysis.threshold - analysis.seats)
  }
  if (analysis.isMinimalWinning) return words.minimalWinning(analysis.seats, analysis.threshold)
  return words.oversized(
    analysis.surplus.length,
    analysis.members.length,
    analysis.seats,
    analysis.threshold,
  )
}

/**
 * The suggested additions as one sentence, with names looked up in `names` (the id when absent).
 *
 * @example explainAdditions([{ partyIds: ['kdp'], … }, { partyIds: ['sol', 'hikma'], … }], { kdp: 'KDP', sol: 'State of Law', hikma: 'Hikma' }, 165) // 'Add KDP, or State of Law + Hikma.'
 */
export function explainAdditions(
  additions: readonly Pick<Addition, 'partyIds'>[],
  names: Readonly<Record<PartyId, string>>,
  threshold: number,
  words: ExplainWords = ENGLISH_EXPLAIN_WORDS,
): string {
  if (additions.length === 0) return words.noAdditions(threshold)
  return words.additions(
    additions.map((a) => a.partyIds.map((id) => names[id] ?? id).join(words.memberJoin)),
  )
}

/**
 * The chamber's size, its empty and non-voting seats, and the majority that follows. Pure.
 *
 * The rules, in prose:
 * - A chamber is either fixed at a size (Iraq's Council of Representatives has 329 members, so
 *   edits must balance to 329) or follows the sum of the lists' seats (handy while building a
 *   parliament of one's own).
 * - In a fixed chamber, seats no list holds are vacant. They still count towards the chamber size:
 *   Iraq's Constitution (Art. 59) counts the absolute majority of the Council's members, not of
 *   the members present. Seats beyond the size are an imbalance the interface reports; nothing is
 *   dropped or clamped.
 * - Non-voting seats (a Speaker who does not vote, as in the UK House of Commons) are held but
 *   cast no vote, so they come off the chamber before the majority is taken:
 *   majority = floor(voting seats / 2) + 1.
 */
import { majorityThreshold } from './majority'
import type { PartyId, SeatMap } from './types'

/** 'fixed': the chamber keeps its size; 'sum': the chamber is as big as the lists' seats. */
export type ChamberMode = 'fixed' | 'sum'

/** The chamber at a glance: every number the interface shows about its size. */
export interface ChamberStatus {
  mode: ChamberMode
  /** The chamber size in force. */
  totalSeats: number
  /** The seats the lists hold, added up. */
  seatSum: number
  /** Seats of a fixed chamber that no list holds. */
  vacant: number
  /** Seats the lists hold beyond a fixed chamber's size (the edits do not balance). */
  excess: number
  /** Seats held but not voting (e.g. the Speaker's). */
  nonVoting: number
  /** Seats that vote: the chamber size less the non-voting seats. */
  votingSeats: number
  /** Seats needed for an absolute majority of the voting seats. */
  majority: number
}

/**
 * Seats that vote: the chamber size less its non-voting seats (never below 0).
 *
 * @example votingSeats(650, 1) // 649
 */
export function votingSeats(totalSeats: number, nonVoting = 0): number {
  return Math.max(0, totalSeats - Math.max(0, nonVoting))
}

/**
 * The absolute majority once non-voting seats are set aside: floor(voting / 2) + 1.
 *
 * @example effectiveMajority(736) // 369
 * @example effectiveMajority(120) // 61
 * @example effectiveMajority(650, 1) // 325
 */
export function effectiveMajority(totalSeats: number, nonVoting = 0): number {
  return majorityThreshold(votingSeats(totalSeats, nonVoting))
}

/**
 * Each list's voting seats: its seats less its non-voting ones (between 0 and its seats).
 * A coalition counts these, since a member who cannot vote adds nothing to a majority.
 *
 * @example votingSeatMap({ spk: 1, lab: 400 }, { spk: 1 }) // { spk: 0, lab: 400 }
 */
export function votingSeatMap(
  seats: SeatMap,
  nonVoting: Readonly<Record<PartyId, number>>,
): Record<PartyId, number> {
  const out: Record<PartyId, number> = Object.create(null)
  for (const [id, n] of Object.entries(seats)) {
    const off = Math.min(n, Math.max(0, nonVoting[id] ?? 0))
    out[id] = n - off
  }
  return out
}

/**
 * Everything about the chamber's size, from the lists' seats and the chosen mode.
 * `fixedSize` is used only in 'fixed' mode. Non-voting seats of a list are capped at its seats.
 *
 * @example chamberStatus('fixed', 329, { a: 200, b: 132 }).excess // 3
 * @example chamberStatus('sum', 329, { a: 100, b: 20 }).majority // 61
 * @example chamberStatus('sum', 0, { spk: 1, x: 649 }, { spk: 1 }).majority // 325
 */
export function chamberStatus(
  mode: ChamberMode,
  fixedSize: number,
  seats: SeatMap,
  nonVoting: Readonly<Record<PartyId, number>> = {},
): ChamberStatus {
  let seatSum = 0
  let off = 0
  for (const [id, n] of Object.entries(seats)) {
    seatSum += n
    off += Math.min(n, Math.max(0, nonVoting[id] ?? 0))
  }
  const totalSeats = mode === 'fixed' ? Math.max(0, fixedSize) : seatSum
  const voting = votingSeats(totalSeats, off)
  return {
    mode,
    totalSeats,
    seatSum,
    vacant: Math.max(0, totalSeats - seatSum),
    excess: Math.max(0, seatSum - totalSeats),
    nonVoting: off,
    votingSeats: voting,
    majority: majorityThreshold(voting),
  }
}

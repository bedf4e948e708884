/**
 * Power in a chamber as tables: a bloc of lists voting as one (an a priori union) and the rows a
 * chart of "power against size" needs, both built on the indices of power.ts. Pure.
 */
import { sortBySeats } from './coalitions'
import { banzhafIndex, checkWeights, shapleyShubikIndex } from './power'
import type { PartyId, SeatMap } from './types'

/** One player of a game with a bloc: the lists it stands for (input indices) and its power. */
export interface BlocPlayer {
  members: number[]
  power: number
}

/**
 * Power when some players vote as one bloc (an a priori union in the sense of Owen): the bloc's
 * weights are added into a single player and the index is computed for the smaller game.
 * Returns the bloc first, then every other player alone, in input order; the powers sum to 1.
 *
 * @throws RangeError for a bloc index that is not a player or appears twice, or invalid weights.
 * @example blocPower([40, 30, 20, 10], 51, [2, 3]) // [{ members: [2, 3], power: 1/3 }, { members: [0], power: 1/3 }, …]
 */
export function blocPower(
  weights: readonly number[],
  quota: number,
  bloc: readonly number[],
  index: (weights: readonly number[], quota: number) => number[] = banzhafIndex,
): BlocPlayer[] {
  const inBloc = new Set<number>()
  for (const i of bloc) {
    if (!Number.isInteger(i) || i < 0 || i >= weights.length) {
      throw new RangeError(`bloc member ${i} is not a player index (0 to ${weights.length - 1})`)
    }
    if (inBloc.has(i)) throw new RangeError(`bloc member ${i} appears twice`)
    inBloc.add(i)
  }
  checkWeights(weights)
  const players: number[][] = [[...bloc].sort((a, b) => a - b)]
  weights.forEach((_, i) => {
    if (!inBloc.has(i)) players.push([i])
  })
  const merged = players.map((members) => members.reduce((sum, i) => sum + weights[i]!, 0))
  const power = index(merged, quota)
  return players.map((members, i) => ({ members, power: power[i]! }))
}

/** One player's seats and power: a list, or a bloc of lists voting as one. */
export interface PowerRow {
  /** The list's id, or `bloc` for the bloc. */
  id: string
  partyIds: PartyId[]
  seats: number
  /** Seats / all the lists' seats. */
  seatShare: number
  /** Normalised Banzhaf index (the rows sum to 1). */
  banzhaf: number
  /** Shapley–Shubik index (the rows sum to 1). */
  shapleyShubik: number
}

/**
 * Seat share beside both indices for every list of a seat map, most seats first (ties by id): the
 * rows a chart of "power against size" needs. With a bloc of two or more of the lists (an a priori
 * union, see `blocPower`), the bloc is one row (`id: 'bloc'`), placed before a list of equal size.
 * Lists with 0 seats get 0 everywhere.
 *
 * @throws RangeError as banzhafIndex (e.g. a quota above all seats).
 * @example powerTable({ a: 49, b: 49, c: 2 }, 51).rows[2] // { id: 'c', partyIds: ['c'], seats: 2, seatShare: 0.02, banzhaf: 1/3, shapleyShubik: 1/3 }
 */
export function powerTable(
  seats: SeatMap,
  quota: number,
  bloc: readonly PartyId[] = [],
): { rows: PowerRow[]; hasBloc: boolean } {
  const ids = sortBySeats(Object.keys(seats), seats)
  const weights = ids.map((id) => seats[id] ?? 0)
  const total = weights.reduce((a, b) => a + b, 0)
  const share = (n: number) => n / total
  const position = new Map(ids.map((id, i) => [id, i]))
  const members = [...new Set(bloc)].flatMap((id) => position.get(id) ?? [])
  if (members.length < 2) {
    const banzhaf = banzhafIndex(weights, quota)
    const shapleyShubik = shapleyShubikIndex(weights, quota)
    const rows = ids.map((id, i) => ({
      id,
      partyIds: [id],
      seats: weights[i]!,
      seatShare: share(weights[i]!),
      banzhaf: banzhaf[i]!,
      shapleyShubik: shapleyShubik[i]!,
    }))
    return { rows, hasBloc: false }
  }
  const banzhaf = blocPower(weights, quota, members, banzhafIndex)
  const shapleyShubik = blocPower(weights, quota, members, shapleyShubikIndex)
  const rows = banzhaf.map((player, p): PowerRow => {
    const partyIds = player.members.map((i) => ids[i]!)
    const held = player.members.reduce((sum, i) => sum + weights[i]!, 0)
    return {
      id: p === 0 ? 'bloc' : partyIds[0]!,
      partyIds,
      seats: held,
      seatShare: share(held),
      banzhaf: player.power,
      shapleyShubik: shapleyShubik[p]!.power,
    }
  })
  rows.sort(
    (x, y) =>
      y.seats - x.seats ||
      +(y.id === 'bloc') - +(x.id === 'bloc') ||
      (x.id < y.id ? -1 : x.id > y.id ? 1 : 0),
  )
  return { rows, hasBloc: true }
}

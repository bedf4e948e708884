/**
 * Seats across the shipped elections, by camp and by lineage (pure). The lists keep their own
 * names in each election: a camp or lineage adds up the lists the camp map (data/mappings/
 * camps.json) gives it there, and where the map has no list for an election it says why, so a
 * missing mapping shows as a gap with its reason, never as a zero.
 */
import { coalitionSeats } from '../coalition/majority'
import { versionSeats } from './catalog'
import type { CampGroup, CampMap } from './parse-camps'
import type { Election } from './types'

/** One camp or lineage in one election. */
export interface AcrossCell {
  /** Seats of its lists in the election's default table; null where the map gives no list. */
  seats: number | null
  /** The lists counted, by id, as the election names them. */
  listIds: string[]
  /** The map's note on this entry, if any. */
  note?: string
  /** Why there is no list, where there is none. */
  noMapping?: string
}

export interface AcrossRow {
  id: string
  name: string
  nameAr?: string
  /** For a lineage: what shows the lists continue one another. */
  basis?: string
  /** By election id, for every election of the map that is given. */
  cells: Record<string, AcrossCell>
}

export interface AcrossElections {
  /** The elections compared, in the map's order (oldest first). */
  elections: readonly Election[]
  camps: AcrossRow[]
  lineages: AcrossRow[]
}

function row(group: CampGroup, elections: readonly Election[]): AcrossRow {
  const cells: Record<string, AcrossCell> = {}
  for (const election of elections) {
    const entry = group.byElection[election.id]
    const seats = versionSeats(election, election.defaultVersion)
    const listIds = entry?.lists ?? []
    cells[election.id] = {
      seats: listIds.length ? coalitionSeats(listIds, seats) : null,
      listIds,
      ...(entry?.note === undefined ? {} : { note: entry.note }),
      ...(listIds.length
        ? {}
        : { noMapping: entry?.noMapping ?? 'The camp map has no entry for this election.' }),
    }
  }
  return {
    id: group.id,
    name: group.name,
    ...(group.nameAr === undefined ? {} : { nameAr: group.nameAr }),
    ...(group.basis === undefined ? {} : { basis: group.basis }),
    cells,
  }
}

/**
 * The camps' and lineages' seats in each election the map names, of those given (in the map's
 * order). Elections not given are left out.
 *
 * @example acrossElections(map, [e2010, e2018, e2021, e2025]).lineages
 *          .find((l) => l.id === 'sadrists')?.cells['iraq-2021']?.seats // 73
 */
export function acrossElections(map: CampMap, given: readonly Election[]): AcrossElections {
  const elections = map.elections.flatMap((id) => given.filter((e) => e.id === id))
  return {
    elections,
    camps: map.camps.map((c) => row(c, elections)),
    lineages: map.lineages.map((l) => row(l, elections)),
  }
}

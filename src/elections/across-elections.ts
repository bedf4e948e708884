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
  /** The map's note on this entry, if any, in English and Arabic. */
  note?: string
  noteAr?: string
  /** Why there is no list, where there is none (absent where the map has no entry at all). */
  noMapping?: string
  noMappingAr?: string
}

export interface AcrossRow {
  id: string
  name: string
  nameAr?: string
  /** For a lineage: what shows the lists continue one another, in English and Arabic. */
  basis?: string
  basisAr?: string
  /** By election id, for every election of the map that is given. */
  cells: Record<string, AcrossCell>
}

export interface AcrossElections {
  /** The elections compared, in the map's order (oldest first). */
  elections: readonly Election[]
  camps: AcrossRow[]
  lineages: AcrossRow[]
}

/** The fields of `from` that are given, so absent ones stay absent (not undefined). */
function pick<T extends object, K extends keyof T>(
  from: T | undefined,
  ...keys: K[]
): Partial<Pick<T, K>> {
  const out: Partial<Pick<T, K>> = {}
  for (const key of keys) if (from?.[key] !== undefined) out[key] = from[key]
  return out
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
      ...pick(entry, 'note', 'noteAr'),
      ...(listIds.length ? {} : pick(entry, 'noMapping', 'noMappingAr')),
    }
  }
  return {
    id: group.id,
    name: group.name,
    ...(group.nameAr === undefined ? {} : { nameAr: group.nameAr }),
    ...pick(group, 'basis', 'basisAr'),
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

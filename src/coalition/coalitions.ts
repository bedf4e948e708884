/**
 * Pure state transitions for a list of coalitions. The store calls these; they never mutate.
 */
import type { Coalition, PartyId, SeatMap } from './types'

/** The most coalitions a scenario holds side by side. */
export const MAX_COALITIONS = 12
/** The longest coalition name kept, in characters. */
export const MAX_NAME_LENGTH = 60

/**
 * Adds the list to the coalition if it is not in it, removes it if it is.
 * Unknown coalition ids leave the array unchanged (same reference).
 *
 * @example toggleParty([{ id: 'c1', name: '', partyIds: ['a'] }], 'c1', 'b')[0].partyIds // ['a', 'b']
 */
export function toggleParty(
  coalitions: readonly Coalition[],
  coalitionId: string,
  partyId: PartyId,
): Coalition[] {
  const index = coalitions.findIndex((c) => c.id === coalitionId)
  if (index < 0) return coalitions as Coalition[]
  return coalitions.map((c) =>
    c.id !== coalitionId
      ? c
      : {
          ...c,
          partyIds: c.partyIds.includes(partyId)
            ? c.partyIds.filter((id) => id !== partyId)
            : [...c.partyIds, partyId],
        },
  )
}

/**
 * The next free coalition id: 'c' followed by one more than the largest number in use.
 *
 * @example nextCoalitionId([{ id: 'c1', name: '', partyIds: [] }, { id: 'c4', name: '', partyIds: [] }]) // 'c5'
 */
export function nextCoalitionId(coalitions: readonly Coalition[]): string {
  let max = 0
  for (const c of coalitions) {
    const n = /^c([0-9]+)$/.exec(c.id)
    if (n) max = Math.max(max, Number(n[1]))
  }
  return `c${max + 1}`
}

/** Trims a user-typed name to what is kept: no control characters, at most MAX_NAME_LENGTH. */
export function cleanCoalitionName(name: string): string {
  // Control characters become spaces; noncharacters (U+FFFE, U+FFFF) and lone surrogates, which
  // no SVG, XML or UTF-8 can hold, are dropped.
  return Array.from(
    name
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f]/g, ' ')
      .replace(
        /[\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
        '',
      ),
  )
    .slice(0, MAX_NAME_LENGTH)
    .join('')
}

/** Renames a coalition. Unknown ids leave the array unchanged. */
export function renameCoalition(
  coalitions: readonly Coalition[],
  coalitionId: string,
  name: string,
): Coalition[] {
  const clean = cleanCoalitionName(name)
  return coalitions.map((c) => (c.id === coalitionId ? { ...c, name: clean } : c))
}

/** Keeps only the given list ids, drops duplicates, keeps order. */
export function keepKnownParties(partyIds: readonly PartyId[], seats: SeatMap): PartyId[] {
  const seen = new Set<PartyId>()
  const out: PartyId[] = []
  for (const id of partyIds) {
    if (Object.hasOwn(seats, id) && !seen.has(id)) {
      seen.add(id)
      out.push(id)
    }
  }
  return out
}

/**
 * For each list, the coalitions it sits in (ids, in coalition order). Lists in no coalition are absent.
 *
 * @example membership([{ id: 'c1', name: '', partyIds: ['a'] }, { id: 'c2', name: '', partyIds: ['a'] }]).get('a') // ['c1', 'c2']
 */
export function membership(coalitions: readonly Coalition[]): Map<PartyId, string[]> {
  const out = new Map<PartyId, string[]>()
  for (const c of coalitions) {
    for (const id of c.partyIds) {
      const list = out.get(id)
      if (list) list.push(c.id)
      else out.set(id, [c.id])
    }
  }
  return out
}

/**
 * Sorts list ids by seats, largest first; ties by id, so the order never depends on input order.
 *
 * @example sortBySeats(['b', 'a', 'c'], { a: 2, b: 2, c: 5 }) // ['c', 'a', 'b']
 */
export function sortBySeats(partyIds: readonly PartyId[], seats: SeatMap): PartyId[] {
  return [...partyIds].sort(
    (x, y) => (seats[y] ?? 0) - (seats[x] ?? 0) || (x < y ? -1 : x > y ? 1 : 0),
  )
}

/**
 * The members of a coalition that hold seats: those that count in a bloc.
 *
 * @example seatedMembers(['a', 'b', 'c'], { a: 3, b: 0 }) // ['a']
 */
export function seatedMembers(partyIds: readonly PartyId[], seats: SeatMap): PartyId[] {
  return partyIds.filter((id) => (seats[id] ?? 0) > 0)
}

/**
 * Read hooks: select inputs from the store, derive with useMemo. Nothing here is stored.
 */
import { useMemo } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { type ChamberStatus, chamberStatus, votingSeatMap } from '../coalition/chamber'
import { membership, sortBySeats } from '../coalition/coalitions'
import { coalitionLabel } from '../coalition/format'
import { evaluateCoalition } from '../coalition/majority'
import type { Coalition, CoalitionResult, SeatMap } from '../coalition/types'
import { versionSeats } from '../elections/catalog'
import { type ListOpSummary, nonVotingSeats, summarizeListOps } from '../elections/parliament-edits'
import type { Election, Party, SeatVersion } from '../elections/types'
import {
  type ScenarioState,
  selectBaseParliament,
  selectParliament,
  useScenarioStore,
} from './scenario-store'

export { selectBaseParliament, selectParliament }

/** The seats in force: the chosen version's table with the user's edits on top. */
export function selectSeats(
  election: Election,
  versionId: string,
  seatEdits: Readonly<Record<string, number>>,
): SeatMap {
  const seats = versionSeats(election, versionId)
  for (const [id, n] of Object.entries(seatEdits)) if (Object.hasOwn(seats, id)) seats[id] = n
  return seats
}

/** The display name of a coalition, given the election's lists. */
export function selectCoalitionLabel(
  coalition: Coalition,
  partiesById: ReadonlyMap<string, Party>,
) {
  return coalitionLabel(
    coalition.name,
    coalition.partyIds.map((id) => partiesById.get(id)?.shortName ?? id),
  )
}

/**
 * The chamber for a parliament and its seats: size, vacant and non-voting seats, majority.
 * A fixed chamber takes the user's size if set, else the parliament's own.
 */
export function selectChamber(
  election: Election,
  seats: SeatMap,
  mode: ScenarioState['chamberMode'],
  chamberSize: number | null,
): ChamberStatus {
  return chamberStatus(mode, chamberSize ?? election.chamberSize, seats, nonVotingSeats(election))
}

/** The parliament shown, with the user's list edits (merges, renames, …) applied. */
export function useElection(): Election | undefined {
  return useScenarioStore(selectParliament)
}

/** The parliament as it came (shipped or imported), before the user's list edits. */
export function useBaseElection(): Election | undefined {
  return useScenarioStore(selectBaseParliament)
}

export function useVersion(): SeatVersion | undefined {
  const election = useElection()
  const versionId = useScenarioStore((s) => s.versionId)
  return election?.versions.find((v) => v.id === versionId)
}

export function usePartiesById(): ReadonlyMap<string, Party> {
  const election = useElection()
  return useMemo(() => new Map((election?.parties ?? []).map((p) => [p.id, p])), [election])
}

export function useSeats(): SeatMap {
  const election = useElection()
  const [versionId, seatEdits] = useScenarioStore(
    useShallow((s) => [s.versionId, s.seatEdits] as const),
  )
  return useMemo(
    () => (election ? selectSeats(election, versionId, seatEdits) : {}),
    [election, versionId, seatEdits],
  )
}

/**
 * The chamber in force: its size (`totalSeats`), the majority line (`majority`, after non-voting
 * seats), and the seats added up, vacant, in excess and not voting.
 */
export function useChamber(): ChamberStatus {
  const election = useElection()
  const seats = useSeats()
  const [mode, chamberSize] = useScenarioStore(
    useShallow((s) => [s.chamberMode, s.chamberSize] as const),
  )
  return useMemo(
    () =>
      election ? selectChamber(election, seats, mode, chamberSize) : chamberStatus(mode, 0, {}),
    [election, seats, mode, chamberSize],
  )
}

/** Each list's seats that vote (its seats less its non-voting ones): what coalitions count. */
export function useVotingSeats(): SeatMap {
  const election = useElection()
  const seats = useSeats()
  return useMemo(
    () => (election ? votingSeatMap(seats, nonVotingSeats(election)) : seats),
    [election, seats],
  )
}

/** The election's lists, largest first (ties by id). */
export function useSortedParties(): Party[] {
  const election = useElection()
  const seats = useSeats()
  return useMemo(() => {
    if (!election) return []
    const byId = new Map(election.parties.map((p) => [p.id, p]))
    return sortBySeats([...byId.keys()], seats).map((id) => byId.get(id)!)
  }, [election, seats])
}

export interface CoalitionView {
  coalition: Coalition
  label: string
  result: CoalitionResult
}

/** One view per coalition: its label and its result against the majority. */
export function useCoalitionViews(): CoalitionView[] {
  const coalitions = useScenarioStore((s) => s.coalitions)
  const seats = useVotingSeats()
  const partiesById = usePartiesById()
  const { totalSeats, majority } = useChamber()
  return useMemo(
    () =>
      coalitions.map((coalition) => ({
        coalition,
        label: selectCoalitionLabel(coalition, partiesById),
        result: evaluateCoalition(coalition, seats, totalSeats, majority),
      })),
    [coalitions, seats, partiesById, totalSeats, majority],
  )
}

/** For each list, the coalitions it sits in. */
export function useMembership(): Map<string, string[]> {
  const coalitions = useScenarioStore((s) => s.coalitions)
  return useMemo(() => membership(coalitions), [coalitions])
}

/** One row of the seat editor: a list, its seats now and its source figure. */
export interface ListRow {
  party: Party
  seats: number
  /** The chosen version's figure (for a merged list, its parts' added up); null for a list the user added. */
  source: number | null
  /** The seats differ from the figure the list started with. */
  isEdited: boolean
  /** The name or colour was changed. */
  isRestyled: boolean
}

/**
 * The lists as the seat editor shows them, in the parliament's own order (stable while typing).
 *
 * @example selectListRows(parliament, 'may2018', { fatah: 50 }, [], {})[1] // { party: Fatah, seats: 50, source: 47, isEdited: true, … }
 */
export function selectListRows(
  election: Election,
  versionId: string,
  seatEdits: Readonly<Record<string, number>>,
  listOps: ScenarioState['listOps'],
  listEdits: ScenarioState['listEdits'],
): ListRow[] {
  const source = versionSeats(election, versionId)
  const seats = selectSeats(election, versionId, seatEdits)
  const added = new Set(listOps.flatMap((op) => (op.kind === 'add' ? [op.id] : [])))
  return election.parties.map((party) => {
    const n = seats[party.id] ?? 0
    const edit = Object.hasOwn(listEdits, party.id) ? listEdits[party.id] : undefined
    return {
      party,
      seats: n,
      source: added.has(party.id) ? null : (source[party.id] ?? 0),
      isEdited: n !== (source[party.id] ?? 0),
      isRestyled: !!edit && (edit.name !== undefined || edit.color !== undefined),
    }
  })
}

export function useListRows(): ListRow[] {
  const election = useElection()
  const [versionId, seatEdits, listOps, listEdits] = useScenarioStore(
    useShallow((s) => [s.versionId, s.seatEdits, s.listOps, s.listEdits] as const),
  )
  return useMemo(
    () => (election ? selectListRows(election, versionId, seatEdits, listOps, listEdits) : []),
    [election, versionId, seatEdits, listOps, listEdits],
  )
}

/** The merges, additions and removals in effect, in words (list names). */
export function useListOpsSummary(): ListOpSummary[] {
  const base = useBaseElection()
  const listOps = useScenarioStore((s) => s.listOps)
  return useMemo(() => (base ? summarizeListOps(base, listOps) : []), [base, listOps])
}

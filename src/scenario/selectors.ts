/**
 * Read hooks: select inputs from the store, derive with useMemo. Nothing here is stored.
 */
import { useMemo } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { membership, sortBySeats } from '../coalition/coalitions'
import { coalitionLabel } from '../coalition/format'
import { evaluateCoalition, majorityThreshold } from '../coalition/majority'
import type { Coalition, CoalitionResult, SeatMap } from '../coalition/types'
import { findElection, versionSeats } from '../elections/catalog'
import type { Election, Party, SeatVersion } from '../elections/types'
import { type ScenarioState, useScenarioStore } from './scenario-store'

export const selectElection = (s: ScenarioState): Election | undefined => findElection(s.electionId)

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

export function useElection(): Election | undefined {
  const electionId = useScenarioStore((s) => s.electionId)
  return findElection(electionId)
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
  const [electionId, versionId, seatEdits] = useScenarioStore(
    useShallow((s) => [s.electionId, s.versionId, s.seatEdits] as const),
  )
  return useMemo(() => {
    const election = findElection(electionId)
    return election ? selectSeats(election, versionId, seatEdits) : {}
  }, [electionId, versionId, seatEdits])
}

/** The chamber size in force and its majority line. */
export function useChamber(): { totalSeats: number; majority: number } {
  const election = useElection()
  const totalSeats = election?.chamberSize ?? 0
  return { totalSeats, majority: majorityThreshold(totalSeats) }
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
  const seats = useSeats()
  const partiesById = usePartiesById()
  const { totalSeats } = useChamber()
  return useMemo(
    () =>
      coalitions.map((coalition) => ({
        coalition,
        label: selectCoalitionLabel(coalition, partiesById),
        result: evaluateCoalition(coalition, seats, totalSeats),
      })),
    [coalitions, seats, partiesById, totalSeats],
  )
}

/** For each list, the coalitions it sits in. */
export function useMembership(): Map<string, string[]> {
  const coalitions = useScenarioStore((s) => s.coalitions)
  return useMemo(() => membership(coalitions), [coalitions])
}

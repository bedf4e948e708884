/**
 * Read hooks for the coalition analysis: the threshold ladder, who each coalition needs, voting
 * power and the minimal winning coalitions, derived from the store with useMemo. Heavy jobs run on
 * the page for a small chamber (memoised) and in a worker for a large one (see analysis-jobs.ts).
 */
import { useEffect, useId, useMemo, useState } from 'react'
import {
  type CoalitionAnalysis,
  type LadderAnalysis,
  type Threshold,
  analyzeCoalition,
  analyzeLadder,
  thresholdLadder,
} from '../coalition/pivots'
import type { Coalition, PartyId } from '../coalition/types'
import { type AnalysisClient, StaleRequestError, getAnalysisClient } from './analysis-client'
import {
  type AdditionsJob,
  type AdditionsOutcome,
  type AnalysisJob,
  type FinderJob,
  type FinderOutcome,
  type FinderQuery,
  type OutcomeOf,
  type PowerJob,
  type PowerOutcome,
  isLargeChamber,
  runAnalysisJob,
} from './analysis-jobs'
import { type ThresholdRule, useScenarioStore } from './scenario-store'
import { useChamber, useVotingSeats } from './selectors'

/**
 * The ladder for a chamber: majority, two-thirds and the blocking third, taken over the seats that
 * vote (the chamber size when no seat is set aside, as in 2018), so its majority rung is the line
 * the coalition cards use.
 *
 * @example selectThresholdLadder(329).map((t) => t.seats) // [165, 220, 110]
 */
export function selectThresholdLadder(votingSeats: number): Threshold[] {
  return thresholdLadder(votingSeats)
}

/** The rung a rule names. */
export function selectThreshold(ladder: readonly Threshold[], rule: ThresholdRule): Threshold {
  return ladder.find((t) => t.id === rule) ?? ladder[0]!
}

/**
 * The coalition the analysis explains: the one being edited, else the first.
 *
 * @example selectAnalysedCoalition([{ id: 'c1', … }, { id: 'c2', … }], 'c2').id // 'c2'
 */
export function selectAnalysedCoalition(
  coalitions: readonly Coalition[],
  activeId: string | null,
): Coalition | null {
  return coalitions.find((c) => c.id === activeId) ?? coalitions[0] ?? null
}

export function useThresholdLadder(): Threshold[] {
  const { votingSeats } = useChamber()
  return useMemo(() => selectThresholdLadder(votingSeats), [votingSeats])
}

/** The rung the analysis works against (the store's `thresholdRule`). */
export function useChosenThreshold(): Threshold {
  const ladder = useThresholdLadder()
  const rule = useScenarioStore((s) => s.thresholdRule)
  return useMemo(() => selectThreshold(ladder, rule), [ladder, rule])
}

export function useAnalysedCoalition(): Coalition | null {
  const coalitions = useScenarioStore((s) => s.coalitions)
  const activeId = useScenarioStore((s) => s.activeCoalitionId)
  return useMemo(() => selectAnalysedCoalition(coalitions, activeId), [coalitions, activeId])
}

/** Every coalition against every rung, in the order of the coalitions on screen. */
export function useCoalitionLadders(): { coalition: Coalition; ladder: LadderAnalysis[] }[] {
  const coalitions = useScenarioStore((s) => s.coalitions)
  const seats = useVotingSeats()
  const { votingSeats } = useChamber()
  return useMemo(
    () =>
      coalitions.map((coalition) => ({
        coalition,
        ladder: analyzeLadder(coalition.partyIds, seats, votingSeats),
      })),
    [coalitions, seats, votingSeats],
  )
}

/** One coalition's members, pivotal or surplus, against the chosen rung. */
export function useCoalitionAnalysis(coalition: Coalition | null): CoalitionAnalysis | null {
  const seats = useVotingSeats()
  const { seats: threshold } = useChosenThreshold()
  return useMemo(
    () => (coalition ? analyzeCoalition(coalition.partyIds, seats, threshold) : null),
    [coalition, seats, threshold],
  )
}

/** Whether this chamber's heavy analysis runs in a worker. */
export function useIsLargeChamber(): boolean {
  const seats = useVotingSeats()
  return useMemo(() => isLargeChamber(seats), [seats])
}

/** A computation's state: done, running (with the last outcome, to keep on screen), or failed. */
export type AnalysisResult<T> =
  | { status: 'done'; value: T }
  | { status: 'busy'; previous: T | null }
  | { status: 'error'; message: string }

function compute<J extends AnalysisJob>(job: J): AnalysisResult<OutcomeOf<J>> {
  try {
    return { status: 'done', value: runAnalysisJob(job) }
  } catch (error) {
    return { status: 'error', message: error instanceof Error ? error.message : String(error) }
  }
}

/**
 * A job's outcome: computed during render when `inWorker` is false (memoised on the job object),
 * or asked of the worker client, with 'busy' until the newest job's answer arrives. A job replaced
 * while running is cancelled. Pass a job memoised with useMemo (a new object asks again).
 */
export function useAnalysisJob<J extends AnalysisJob>(
  job: J | null,
  inWorker: boolean,
  client: AnalysisClient = getAnalysisClient(),
): AnalysisResult<OutcomeOf<J>> | null {
  const channel = useId()
  const sync = useMemo(() => (job && !inWorker ? compute(job) : null), [job, inWorker])
  const [answer, setAnswer] = useState<{
    job: J
    result: AnalysisResult<OutcomeOf<J>>
  } | null>(null)

  useEffect(() => {
    if (!job || !inWorker) return
    let live = true
    client.run(channel, job).then(
      (value) => live && setAnswer({ job, result: { status: 'done', value } }),
      (error: unknown) => {
        if (!live || error instanceof StaleRequestError) return
        const message = error instanceof Error ? error.message : String(error)
        setAnswer({ job, result: { status: 'error', message } })
      },
    )
    return () => {
      live = false
    }
  }, [job, inWorker, client, channel])

  useEffect(() => () => client.cancel(channel), [client, channel])

  if (!job) return null
  if (!inWorker) return sync
  if (answer?.job === job) return answer.result
  const hit = client.cached(job)
  if (hit) return { status: 'done', value: hit }
  const previous = answer?.result.status === 'done' ? answer.result.value : null
  return { status: 'busy', previous }
}

/**
 * Both power indices for every list at the chosen rung; with `bloc` (two or more lists), the
 * bloc as one player and the other lists alone.
 */
export function usePowerTable(bloc: readonly PartyId[] = []): AnalysisResult<PowerOutcome> | null {
  const seats = useVotingSeats()
  const { seats: quota } = useChosenThreshold()
  const inWorker = useIsLargeChamber()
  const blocIds = useStableIds(bloc)
  const job = useMemo<PowerJob>(
    () => ({ kind: 'power', seats, quota, bloc: blocIds }),
    [seats, quota, blocIds],
  )
  return useAnalysisJob(job, inWorker)
}

/** One page of minimal winning coalitions at the chosen rung, with the exact totals. */
export function useMinimalWinningPage(query: FinderQuery): AnalysisResult<FinderOutcome> | null {
  const seats = useVotingSeats()
  const { seats: quota } = useChosenThreshold()
  const inWorker = useIsLargeChamber()
  const { maxSize, order, offset, limit } = query
  const mustInclude = useStableIds(query.mustInclude)
  const mustExclude = useStableIds(query.mustExclude)
  const job = useMemo<FinderJob>(
    () => ({
      kind: 'finder',
      seats,
      quota,
      mustInclude,
      mustExclude,
      maxSize,
      order,
      offset,
      limit,
    }),
    [seats, quota, mustInclude, mustExclude, maxSize, order, offset, limit],
  )
  return useAnalysisJob(job, inWorker)
}

/** The smallest additions that would carry a short coalition over the chosen rung. */
export function useSmallestAdditions(
  analysis: CoalitionAnalysis | null,
  limit = 3,
): AnalysisResult<AdditionsOutcome> | null {
  const seats = useVotingSeats()
  const inWorker = useIsLargeChamber()
  const isShort = !!analysis && !analysis.isWinning && analysis.partyIds.length > 0
  const members = useStableIds(isShort ? analysis.partyIds : [])
  const quota = analysis?.threshold ?? 0
  const job = useMemo<AdditionsJob | null>(
    () => (members.length ? { kind: 'additions', partyIds: members, seats, quota, limit } : null),
    [members, seats, quota, limit],
  )
  return useAnalysisJob(job, inWorker)
}

/** The same array for the same ids, so a job is only remade when the ids change. */
function useStableIds(ids: readonly PartyId[]): readonly PartyId[] {
  const key = JSON.stringify(ids)
  return useMemo(() => JSON.parse(key) as PartyId[], [key])
}

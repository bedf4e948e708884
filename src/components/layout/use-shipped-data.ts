/**
 * Read hooks for the data that loads after the first screen: an election's details, the story
 * and the challenges. Each starts the load on first use and returns undefined until it arrives.
 */
import { useEffect, useMemo, useSyncExternalStore } from 'react'
import { type ChallengeCatalog, challengeData } from '../../elections/challenge-catalog'
import { shippedDetails } from '../../elections/catalog'
import { type ElectionDetails, electionDetails } from '../../elections/election-parts'
import type { LazyData } from '../../elections/lazy-data'
import { type StoryCatalog, storyData } from '../../elections/story-catalog'
import type { Election } from '../../elections/types'

const nothing: LazyData<undefined> = {
  current: () => undefined,
  load: () => Promise.resolve(undefined),
  subscribe: () => () => {},
}

function useLazyData<T>(data: LazyData<T> | undefined, wanted = true): T | undefined {
  const source = (data ?? nothing) as LazyData<T | undefined>
  const value = useSyncExternalStore(source.subscribe, source.current, source.current)
  useEffect(() => {
    // A failed load leaves the panel waiting; the next use tries again.
    if (wanted && value === undefined) source.load().catch(() => {})
  }, [source, value, wanted])
  return value
}

/**
 * The details of the election shown (sources, notes, alt names, descriptions, uncertainties):
 * loaded for a shipped election, read from the election itself for a parliament of the reader's
 * own. Undefined while loading.
 */
export function useElectionDetails(
  election: Election | undefined,
  /** False to wait (e.g. until the panel that shows them comes near the screen). */
  wanted = true,
): ElectionDetails | undefined {
  const shipped = election ? shippedDetails(election.id) : undefined
  const loaded = useLazyData(shipped, wanted)
  const own = useMemo(
    () => (election && !shipped ? electionDetails(election) : undefined),
    [election, shipped],
  )
  return shipped ? loaded : own
}

/**
 * The details of an election, loading them if needed: for what needs them only when the reader
 * asks (a download's caption).
 */
export function loadDetailsOf(election: Election): Promise<ElectionDetails> {
  const shipped = shippedDetails(election.id)
  return shipped ? shipped.load() : Promise.resolve(electionDetails(election))
}

/**
 * The story about an election's parliament, or undefined while it loads. `available` is false
 * for an election without a story (or an own parliament), so the panel can say so.
 */
export function useStoryCatalog(electionId: string): {
  catalog: StoryCatalog | undefined
  available: boolean
} {
  const data = storyData(electionId)
  return { catalog: useLazyData(data), available: data !== undefined }
}

const NO_CHALLENGES: ChallengeCatalog = { electionId: undefined, challenges: [], errors: [] }

/**
 * The ready-made challenges for an election, or undefined while they load; none for an election
 * (or an own parliament) without any.
 */
export function useChallengeCatalog(electionId: string): ChallengeCatalog | undefined {
  const data = challengeData(electionId)
  const loaded = useLazyData(data)
  return data ? loaded : NO_CHALLENGES
}

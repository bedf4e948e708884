/**
 * Read hooks for the data that loads after the first screen: an election's details, the story
 * and the challenges. Each starts the load on first use and returns undefined until it arrives.
 */
import { useEffect, useMemo, useSyncExternalStore } from 'react'
import { type ChallengeCatalog, shippedChallenges } from '../../elections/challenge-catalog'
import { shippedDetails } from '../../elections/catalog'
import { type ElectionDetails, electionDetails } from '../../elections/election-parts'
import type { LazyData } from '../../elections/lazy-data'
import { type StoryCatalog, shippedStory } from '../../elections/story-catalog'
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

/** The shipped story's catalog, or undefined while it loads. */
export function useStoryCatalog(): StoryCatalog | undefined {
  return useLazyData(shippedStory)
}

/** The shipped challenges' catalog, or undefined while it loads. */
export function useChallengeCatalog(): ChallengeCatalog | undefined {
  return useLazyData(shippedChallenges)
}

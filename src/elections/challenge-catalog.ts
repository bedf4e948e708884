/**
 * The ready-made challenges, one file per election, checked against their election when the app
 * is built (see build-data.ts) and loaded on demand: `loadChallenges(electionId)`, or
 * `challengeData(electionId)` for a hook. A 2018 file that failed its checks (only possible in a
 * benchmark build) leaves no ready-made challenges; custom ones still work.
 */
import { decodeChallengeId } from '../coalition/challenge-id'
import type { ChallengeRule } from '../coalition/challenges'
import { DEFAULT_ELECTION_ID, indexEntry } from './catalog'
import { type LazyData, lazyData, lazyDataByKey } from './lazy-data'
import type { ReadyChallenge } from './parse-challenges'
import type { Election } from './types'

export interface ChallengeCatalog {
  electionId: string | undefined
  challenges: readonly ReadyChallenge[]
  errors: readonly string[]
}

/** The 2018 challenges, shown from the start, as they load: `current()` is undefined until they have. */
export const shippedChallenges = lazyData(() =>
  import('virtual:kutla-data/challenges').then((m) => m.challengeCatalog),
)

const others = lazyDataByKey((electionId) => loadChallengesFor(electionId))

/**
 * The ready-made challenges for an election's parliament, as they load, or undefined for an
 * election without any.
 */
export function challengeData(electionId: string): LazyData<ChallengeCatalog> | undefined {
  if (electionId === DEFAULT_ELECTION_ID) return shippedChallenges
  return indexEntry(electionId)?.challenges ? others(electionId) : undefined
}

/**
 * The shipped challenges for an election, by its id (the shown 2018 ones included), checked at
 * build time against it. Rejects for an election without shipped challenges.
 *
 * @example (await loadChallengesFor('iraq-2021')).challenges.length // 3
 */
export async function loadChallengesFor(electionId: string): Promise<ChallengeCatalog> {
  const { challengeLoaders } = await import('virtual:kutla-data/challenge-sets')
  if (!Object.hasOwn(challengeLoaders, electionId))
    throw new Error(`No shipped challenges for "${electionId}"`)
  return challengeLoaders[electionId]!()
}

/**
 * Loads the ready-made challenges for an election (once; later calls share the first); undefined
 * for an election without any. Await it before showing a link's challenge (`ch=`).
 *
 * @example (await loadChallenges())?.challenges.length // 4
 */
export function loadChallenges(
  electionId = DEFAULT_ELECTION_ID,
): Promise<ChallengeCatalog | undefined> {
  return challengeData(electionId)?.load() ?? Promise.resolve(undefined)
}

/** A task to show: ready-made (with its texts) or custom (its texts are built from the rule). */
export type Challenge =
  | { kind: 'ready'; id: string; rule: ChallengeRule; challenge: ReadyChallenge }
  | { kind: 'custom'; id: string; rule: ChallengeRule }

/**
 * The task a challenge id names: a ready-made one, else a custom one decoded against the election's
 * lists and camps, else undefined (an id from a link that names nothing).
 *
 * @example findChallenge('my-n4-m', [], election)?.rule.maxLists // 4
 */
export function findChallenge(
  id: string,
  ready: readonly ReadyChallenge[],
  election: Election,
): Challenge | undefined {
  const found = ready.find((c) => c.id === id)
  if (found) return { kind: 'ready', id, rule: found.rule, challenge: found }
  const rule = decodeChallengeId(
    id,
    election.parties.map((p) => p.id),
    [...new Set(election.parties.map((p) => p.camp))],
  )
  return rule ? { kind: 'custom', id, rule } : undefined
}

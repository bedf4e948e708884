/**
 * The ready-made challenges, checked against their election when the app is built (see
 * build-data.ts) and loaded on demand: `loadChallenges()` once, then `challengeCatalog` holds
 * them. Until then it holds none. A file that failed its checks (only possible in a benchmark
 * build) leaves no ready-made challenges; custom ones still work.
 */
import { decodeChallengeId } from '../coalition/challenge-id'
import type { ChallengeRule } from '../coalition/challenges'
import { lazyData } from './lazy-data'
import type { ReadyChallenge } from './parse-challenges'
import type { Election } from './types'

export interface ChallengeCatalog {
  electionId: string | undefined
  challenges: readonly ReadyChallenge[]
  errors: readonly string[]
}

const NOT_LOADED: ChallengeCatalog = { electionId: undefined, challenges: [], errors: [] }

/** The shipped challenges once `loadChallenges()` has resolved; none before. */
export let challengeCatalog: ChallengeCatalog = NOT_LOADED

/** The challenge data as it loads: `current()` is undefined until it has. */
export const shippedChallenges = lazyData(() =>
  import('virtual:kutla-data/challenges').then((m) => {
    challengeCatalog = m.challengeCatalog
    return m.challengeCatalog
  }),
)

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
 * Loads the shipped challenges (once; later calls share the first). Await it before showing a
 * link's challenge (`ch=`).
 *
 * @example await loadChallenges(); challengeCatalog.challenges.length // 4
 */
export function loadChallenges(): Promise<ChallengeCatalog> {
  return shippedChallenges.load()
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

/**
 * The ready-made challenges, parsed and checked against their election once at start-up. A file
 * that fails its checks leaves no ready-made challenges (custom ones still work).
 */
import challengeFile from '../../data/challenges/iraq-2018.json'
import { catalog, findElection } from './catalog'
import { type ReadyChallenge, challengeProblems, parseChallenges } from './parse-challenges'

export interface ChallengeCatalog {
  electionId: string | undefined
  challenges: readonly ReadyChallenge[]
  errors: readonly string[]
}

export function loadChallenges(json: unknown, fileName: string, from = catalog): ChallengeCatalog {
  const parsed = parseChallenges(json, fileName)
  if (!parsed.ok) return { electionId: undefined, challenges: [], errors: parsed.errors }
  const election = findElection(parsed.value.electionId, from)
  if (!election)
    return {
      electionId: undefined,
      challenges: [],
      errors: [`${fileName}: electionId: unknown election "${parsed.value.electionId}"`],
    }
  const problems = challengeProblems(parsed.value, election, fileName)
  return problems.length
    ? { electionId: election.id, challenges: [], errors: problems }
    : { electionId: election.id, challenges: parsed.value.challenges, errors: [] }
}

export const challengeCatalog: ChallengeCatalog = loadChallenges(
  challengeFile,
  'data/challenges/iraq-2018.json',
)

/**
 * Ready-made classroom challenges (data/challenges/, one file per election, kept out of data/*.json
 * where every file is an election) enter the app here: unknown JSON in, checked challenges or a
 * list of problems out. Never throws. `challengeProblems` checks them against their election.
 * The build runs these (see build-data.ts); the app loads the checked result (challenge-catalog.ts).
 */
import '../zod-config.js'
import { z } from 'zod'
import type { ChallengeRule } from '../coalition/challenges'
import type { ElectionCatalog } from './catalog'
import type { ChallengeCatalog } from './challenge-catalog'
import type { ParseResult } from './parse-election'
import type { Election } from './types'
import { LIST_ID_PATTERN } from './field-rules.js'
import { formatIssuePath } from './issue-path.js'

const slug = z.string().regex(LIST_ID_PATTERN, 'must be a lowercase slug of a-z, 0-9 and -')
const text = (max: number) =>
  z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`)

const ruleSchema = z
  .object({
    target: z.union([
      z.literal('majority'),
      z.literal('two-thirds'),
      z.object({ beat: z.array(slug).min(1, 'needs at least one list') }),
    ]),
    excludeLists: z.array(slug).default([]),
    excludeCamps: z.array(z.string().min(1)).default([]),
    maxLists: z.number().int('must be a whole number').min(1).max(99).nullable().default(null),
    minimal: z.boolean().default(false),
  })
  .transform((r): ChallengeRule => ({
    target:
      typeof r.target === 'string' ? { kind: r.target } : { kind: 'beat', partyIds: r.target.beat },
    excludeLists: r.excludeLists,
    excludeCamps: r.excludeCamps,
    maxLists: r.maxLists,
    minimal: r.minimal,
  }))

const challengeSchema = z.object({
  // Ready-made ids never start with the custom prefix, so the two kinds cannot be confused.
  id: slug.refine((id) => !id.startsWith('my-') && id !== 'my', 'must not start with "my-"'),
  /** The seat table the task is meant for; starting it switches to this table. */
  versionId: slug,
  title: text(100),
  titleAr: text(140).optional(),
  task: text(500),
  taskAr: text(700).optional(),
  rule: ruleSchema,
})

const fileSchema = z
  .object({ electionId: slug, challenges: z.array(challengeSchema).min(1).max(50) })
  .superRefine((file, ctx) => {
    const seen = new Set<string>()
    file.challenges.forEach((c, i) => {
      if (seen.has(c.id))
        ctx.addIssue({
          code: 'custom',
          path: ['challenges', i, 'id'],
          message: `duplicate id "${c.id}"`,
        })
      seen.add(c.id)
    })
  })

export type ChallengeFile = z.output<typeof fileSchema>
export type ReadyChallenge = ChallengeFile['challenges'][number]

/** Checks unknown JSON against the challenge schema; errors name the field path. */
export function parseChallenges(
  input: unknown,
  fileName = 'challenges',
): ParseResult<ChallengeFile> {
  const result = fileSchema.safeParse(input)
  if (result.success) return { ok: true, value: result.data }
  return {
    ok: false,
    errors: result.error.issues.map((i) => `${fileName}: ${formatIssuePath(i.path)}: ${i.message}`),
  }
}

/** Unknown lists, camps or seat versions in parsed challenges. Empty when they fit the election. */
export function challengeProblems(
  file: ChallengeFile,
  election: Election,
  fileName = 'challenges',
): string[] {
  const problems: string[] = []
  if (file.electionId !== election.id)
    problems.push(`${fileName}: electionId: is not "${election.id}"`)
  const lists = new Set(election.parties.map((p) => p.id))
  const camps = new Set(election.parties.map((p) => p.camp))
  const versions = new Set(election.versions.map((v) => v.id))
  file.challenges.forEach((c, i) => {
    const at = `${fileName}: challenges[${i}]`
    if (!versions.has(c.versionId))
      problems.push(`${at}.versionId: unknown seat version "${c.versionId}"`)
    const named = [
      ...c.rule.excludeLists,
      ...(c.rule.target.kind === 'beat' ? c.rule.target.partyIds : []),
    ]
    for (const id of named) if (!lists.has(id)) problems.push(`${at}.rule: unknown list "${id}"`)
    for (const camp of c.rule.excludeCamps)
      if (!camps.has(camp)) problems.push(`${at}.rule: unknown camp "${camp}"`)
  })
  return problems
}

/**
 * A challenge file read for the app: parsed, then checked against its election in `from`. A file
 * that fails either check leaves no ready-made challenges, with its problems. The build runs this
 * on the shipped file (and stops on any problem); the app loads the result.
 */
export function readChallengeFile(
  json: unknown,
  fileName: string,
  from: ElectionCatalog,
): ChallengeCatalog {
  const parsed = parseChallenges(json, fileName)
  if (!parsed.ok) return { electionId: undefined, challenges: [], errors: parsed.errors }
  const election = from.elections.find((e) => e.id === parsed.value.electionId)
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

import { describe, expect, it } from 'vitest'
import challengeFile from '../../data/challenges/iraq-2018.json'
import electionFile from '../../data/iraq-2018.json'
import { checkChallenge, countChallengeSolutions } from '../../src/coalition/challenges'
import { findChallenge } from '../../src/elections/challenge-catalog'
import { buildCatalog, parseElection } from '../../src/elections/parse-election'
import { parseChallenges, readChallengeFile } from '../../src/elections/parse-challenges'
import type { Election } from '../../src/elections/types'

function election(): Election {
  const parsed = parseElection(electionFile)
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'))
  return parsed.value
}

const shipped = buildCatalog({ 'data/iraq-2018.json': electionFile })

const final = () => {
  const e = election()
  return {
    seats: Object.fromEntries(e.parties.map((p) => [p.id, p.seats.final2018 ?? 0])),
    totalSeats: e.chamberSize,
    campOf: Object.fromEntries(e.parties.map((p) => [p.id, p.camp])),
  }
}

describe('data/challenges/iraq-2018.json', () => {
  it('passes its schema and fits the 2018 election', () => {
    expect(
      readChallengeFile(challengeFile, 'data/challenges/iraq-2018.json', shipped),
    ).toMatchObject({
      electionId: 'iraq-2018',
      errors: [],
    })
  })

  it('ships the four tasks of the issue, each solvable', () => {
    const { challenges } = readChallengeFile(challengeFile, 'x', shipped)
    expect(challenges.map((c) => c.id)).toEqual([
      'no-sairoon',
      'four-lists',
      'two-thirds-no-kurds',
      'beat-islah',
    ])
    for (const c of challenges)
      expect(countChallengeSolutions(c.rule, final()).minimal).toBeGreaterThan(0n)
  })

  it('states in the task text the figures the rules compute', () => {
    const { challenges } = readChallengeFile(challengeFile, 'x', shipped)
    const byId = new Map(challenges.map((c) => [c.id, c]))
    const chamber = final()
    expect(byId.get('two-thirds-no-kurds')?.task).toContain('220')
    expect(checkChallenge(byId.get('two-thirds-no-kurds')!.rule, [], chamber).target).toBe(220)
    // Islah's whole lists: 54 + 42 + 19 + 21 + 14 + 3 + 2 + 2 + 1 = 158, so 159 beats it.
    expect(byId.get('beat-islah')?.task).toContain('158')
    expect(checkChallenge(byId.get('beat-islah')!.rule, [], chamber).target).toBe(159)
  })
})

describe('parseChallenges', () => {
  it.each([
    [{ electionId: 'iraq-2018', challenges: [] }, 'challenges'],
    [
      { electionId: 'iraq-2018', challenges: [{ ...challengeFile.challenges[0], id: 'my-own' }] },
      'challenges[0].id: must not start with "my-"',
    ],
    [
      {
        electionId: 'iraq-2018',
        challenges: [{ ...challengeFile.challenges[0], rule: { target: 'most' } }],
      },
      'challenges[0].rule.target',
    ],
    [
      {
        electionId: 'iraq-2018',
        challenges: [challengeFile.challenges[0], challengeFile.challenges[0]],
      },
      'challenges[1].id: duplicate id "no-sairoon"',
    ],
  ])('rejects bad input and names the field (%#)', (input, field) => {
    const result = parseChallenges(input, 'f.json')
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.errors.join('\n')).toContain(`f.json: ${field}`)
  })

  it('reports a list the election does not have', () => {
    const bad = structuredClone(challengeFile)
    bad.challenges[0]!.rule.excludeLists = ['ghost']
    expect(readChallengeFile(bad, 'f.json', shipped).errors).toEqual([
      'f.json: challenges[0].rule: unknown list "ghost"',
    ])
  })
})

describe('findChallenge', () => {
  const { challenges } = readChallengeFile(challengeFile, 'x', shipped)

  it('finds a ready-made task by id and reads a custom one from its id', () => {
    expect(findChallenge('no-sairoon', challenges, election())).toMatchObject({
      kind: 'ready',
      id: 'no-sairoon',
    })
    expect(findChallenge('my-t2-xc-kurdish', challenges, election())).toMatchObject({
      kind: 'custom',
      rule: { target: { kind: 'two-thirds' }, excludeCamps: ['kurdish'] },
    })
  })

  it('finds nothing for an id that names no task', () => {
    expect(findChallenge('win-everything', challenges, election())).toBeUndefined()
    expect(findChallenge('my-x-atlantis', challenges, election())).toBeUndefined()
  })
})

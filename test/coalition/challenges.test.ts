import { describe, expect, it } from 'vitest'
import electionFile from '../../data/iraq-2018.json'
import {
  type ChallengeChamber,
  type ChallengeRule,
  challengeTarget,
  checkChallenge,
  countChallengeSolutions,
  decodeChallengeId,
  encodeChallengeId,
} from '../../src/coalition/challenges'

function chamberOf(version: 'may2018' | 'final2018'): ChallengeChamber {
  return {
    seats: Object.fromEntries(electionFile.parties.map((p) => [p.id, p.seats[version]])),
    totalSeats: 329,
    campOf: Object.fromEntries(electionFile.parties.map((p) => [p.id, p.camp])),
  }
}
const may = chamberOf('may2018')
const final = chamberOf('final2018')

const rule = (r: Partial<ChallengeRule>): ChallengeRule => ({
  target: { kind: 'majority' },
  excludeLists: [],
  excludeCamps: [],
  maxLists: null,
  minimal: false,
  ...r,
})

const ISLAH = [
  'sairoon',
  'nasr',
  'hikma',
  'wataniya',
  'qarar',
  'turkmen-front-kirkuk',
  'bayariq-khair',
  'abirun',
  'yazidi-progress',
]
const noSairoon = rule({ excludeLists: ['sairoon'] })
const fourMinimal = rule({ maxLists: 4, minimal: true })
const twoThirdsNoKurds = rule({ target: { kind: 'two-thirds' }, excludeCamps: ['kurdish'] })
const beatIslah = rule({ target: { kind: 'beat', partyIds: ISLAH }, excludeLists: ISLAH })

describe('challengeTarget', () => {
  it('is 165 for a majority of 329, 220 for two-thirds, and one more than Islah’s 158 to beat it', () => {
    expect(challengeTarget({ kind: 'majority' }, final.seats, 329)).toBe(165)
    expect(challengeTarget({ kind: 'two-thirds' }, final.seats, 329)).toBe(220)
    expect(challengeTarget({ kind: 'beat', partyIds: ISLAH }, final.seats, 329)).toBe(159)
  })
})

describe('checkChallenge', () => {
  it('solves “165 without Sairoon” with Fatah, Nasr, KDP, State of Law, Wataniya and PUK: 178 seats in May', () => {
    // 47 + 42 + 25 + 25 + 21 + 18 = 178
    expect(
      checkChallenge(noSairoon, ['fatah', 'nasr', 'kdp', 'sol', 'wataniya', 'puk'], may),
    ).toEqual({
      solved: true,
      seats: 178,
      target: 165,
      reasons: [],
    })
  })

  it('says why Sairoon + Fatah + Nasr fails it: Sairoon is ruled out and 143 is 22 short', () => {
    expect(checkChallenge(noSairoon, ['sairoon', 'fatah', 'nasr'], may).reasons).toEqual([
      { kind: 'excluded-list', partyId: 'sairoon' },
      { kind: 'short', seats: 143, target: 165, short: 22 },
    ])
  })

  it('accepts the four largest lists as a minimal winning coalition (54 + 47 + 42 + 25 = 168)', () => {
    expect(checkChallenge(fourMinimal, ['sairoon', 'fatah', 'nasr', 'kdp'], may).solved).toBe(true)
  })

  it('rejects a fifth list twice over: too many lists, and State of Law could leave', () => {
    expect(
      checkChallenge(fourMinimal, ['sairoon', 'fatah', 'nasr', 'kdp', 'sol'], may).reasons,
    ).toEqual([
      { kind: 'too-many-lists', lists: 5, maxLists: 4 },
      { kind: 'not-minimal', spare: 'kdp', seatsWithout: 168 },
    ])
  })

  it('reaches two-thirds without a Kurdish list (54 + 48 + 42 + 25 + 21 + 19 + 14 = 223) and names a Kurdish list added', () => {
    const lists = ['sairoon', 'fatah', 'nasr', 'sol', 'wataniya', 'hikma', 'qarar']
    expect(checkChallenge(twoThirdsNoKurds, lists, final)).toMatchObject({
      solved: true,
      seats: 223,
      target: 220,
    })
    expect(checkChallenge(twoThirdsNoKurds, [...lists, 'puk'], final).reasons).toEqual([
      { kind: 'excluded-camp', partyId: 'puk', camp: 'kurdish' },
    ])
  })

  it('beats Islah’s 158 with 17 lists outside it: 160 seats', () => {
    const lists = [
      'fatah',
      'kdp',
      'sol',
      'puk',
      'anbar-hawiyatna',
      'gorran',
      'new-generation',
      'eradaa',
      'baghdad-alliance',
      'arab-alliance-kirkuk',
      'nineveh-hawiyatna',
      'qalaa-jamahir',
      'kafaat',
      'cdj',
      'kiu',
      'tamaddun',
      'kig',
    ]
    // 48 + 25 + 25 + 18 = 116; + 6 + 5 + 4 = 131; + 3 · 5 = 146; + 2 · 5 = 156: 3 short of 159.
    expect(checkChallenge(beatIslah, lists, final)).toMatchObject({
      solved: false,
      seats: 156,
      target: 159,
    })
    expect(checkChallenge(beatIslah, [...lists, 'jamahir-party', 'babylon'], final)).toMatchObject({
      solved: true,
      seats: 160,
    })
    expect(checkChallenge(beatIslah, ['fatah', 'nasr'], final).reasons[0]).toEqual({
      kind: 'excluded-list',
      partyId: 'nasr',
    })
  })

  it('says an empty coalition is empty, and counts a list named twice once', () => {
    expect(checkChallenge(noSairoon, [], may).reasons).toEqual([{ kind: 'empty' }])
    expect(checkChallenge(noSairoon, ['fatah', 'fatah'], may).seats).toBe(47)
  })
})

describe('countChallengeSolutions', () => {
  it('finds 2 minimal winning coalitions of at most four lists in May and 3 after the recount', () => {
    // May: 54 + 47 + 42 + 25 (KDP or State of Law); final: also 54 + 48 + 42 + 21 (Wataniya) = 165.
    expect(countChallengeSolutions(fourMinimal, may)).toEqual({ all: 2n, minimal: 2n })
    expect(countChallengeSolutions(fourMinimal, final)).toEqual({ all: 3n, minimal: 3n })
  })

  it('counts every winning set, and the minimal ones, on a chamber small enough to list by hand', () => {
    const small = { seats: { a: 2, b: 1, c: 1, d: 1 }, totalSeats: 5, campOf: {} }
    // Reaching 3: {a,b} {a,c} {a,d} {b,c,d} {a,b,c} {a,b,d} {a,c,d} {a,b,c,d}; the first four are minimal.
    expect(countChallengeSolutions(rule({}), small)).toEqual({ all: 8n, minimal: 4n })
    expect(countChallengeSolutions(rule({ maxLists: 2 }), small)).toEqual({ all: 3n, minimal: 3n })
    expect(countChallengeSolutions(rule({ excludeLists: ['a'] }), small)).toEqual({
      all: 1n,
      minimal: 1n,
    })
  })

  it('finds no way to two-thirds once every list but the largest five is ruled out', () => {
    const fewLists = rule({
      target: { kind: 'two-thirds' },
      excludeLists: Object.keys(final.seats).filter(
        (id) => !['sairoon', 'fatah', 'nasr', 'kdp', 'sol'].includes(id),
      ),
    })
    expect(countChallengeSolutions(fewLists, final)).toEqual({ all: 0n, minimal: 0n })
  })

  it('counts solutions for each ready-made task without error', () => {
    for (const r of [noSairoon, twoThirdsNoKurds, beatIslah]) {
      const { all, minimal } = countChallengeSolutions(r, final)
      expect(minimal).toBeGreaterThan(0n)
      expect(all).toBeGreaterThanOrEqual(minimal)
    }
  })
})

describe('custom challenge ids', () => {
  const lists = Object.keys(final.seats)
  const camps = [...new Set(Object.values(final.campOf))]

  it.each([
    [fourMinimal, 'my-n4-m'],
    [rule({ excludeLists: ['sairoon', 'new-generation'] }), 'my-x-new-generation-x-sairoon'],
    [twoThirdsNoKurds, 'my-t2-xc-kurdish'],
    [
      rule({
        target: { kind: 'two-thirds' },
        maxLists: 6,
        excludeCamps: ['shia-islamist'],
        excludeLists: ['kdp'],
      }),
      'my-t2-n6-xc-shia-islamist-x-kdp',
    ],
  ])('round-trips %j as %s', (r, id) => {
    expect(encodeChallengeId(r)).toBe(id)
    expect(decodeChallengeId(id, lists, camps)).toEqual({
      ...r,
      excludeLists: [...r.excludeLists].sort(),
    })
  })

  it.each(['no-sairoon', 'my-x-ghost', 'my-x', 'my-n0', 'my-m-m', 'my-xc-martian', 'my-zz', ''])(
    'does not read %j as a custom task',
    (id) => {
      expect(decodeChallengeId(id, lists, camps)).toBeNull()
    },
  )
})

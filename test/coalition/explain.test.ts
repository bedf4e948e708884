import { describe, expect, it } from 'vitest'
import {
  ENGLISH_EXPLAIN_WORDS,
  explainAdditions,
  explainCoalition,
  explainMember,
} from '../../src/coalition/explain'
import { analyzeCoalition, smallestAdditions } from '../../src/coalition/pivots'
import { iraq2018Seats } from '../fixtures/games'

const seats2018 = iraq2018Seats()
const names = {
  sairoon: 'Sairoon',
  fatah: 'Fatah',
  nasr: 'Nasr',
  kdp: 'KDP',
  sol: 'State of Law',
  hikma: 'Hikma',
}

describe('explainMember', () => {
  // Sairoon 54, Fatah 47, Nasr 42, KDP 25, State of Law 25, Hikma 19: 212 seats.
  const big = analyzeCoalition(['sairoon', 'fatah', 'nasr', 'kdp', 'sol', 'hikma'], seats2018, 165)
  const member = (id: string) => big.members.find((m) => m.partyId === id)!

  it('says a pivotal member is needed, with the seats left without it', () => {
    expect(explainMember('Sairoon', member('sairoon'), big)).toBe(
      'Sairoon is needed: without it the coalition has 158 < 165.',
    )
  })

  it('says a surplus member is not needed, with the seats left without it', () => {
    expect(explainMember('Hikma', member('hikma'), big)).toBe(
      'Hikma is not needed: without it the coalition still has 193 ≥ 165.',
    )
    expect(explainMember('Fatah', member('fatah'), big)).toBe(
      'Fatah is not needed: without it the coalition still has 165 ≥ 165.',
    )
  })

  it('describes a member of a short coalition by what it brings', () => {
    const short = analyzeCoalition(['sairoon', 'gorran'], seats2018, 165)
    expect(explainMember('Gorran', short.members[1]!, short)).toBe(
      'Gorran brings 5 seats; the coalition has 59 < 165.',
    )
  })
})

describe('explainCoalition', () => {
  it('names a minimal winning coalition', () => {
    expect(
      explainCoalition(analyzeCoalition(['sairoon', 'fatah', 'nasr', 'kdp'], seats2018, 165)),
    ).toBe('Every member is needed: a minimal winning coalition, 168 ≥ 165.')
  })

  it('counts the members a winning coalition could spare', () => {
    expect(
      explainCoalition(
        analyzeCoalition(['sairoon', 'fatah', 'nasr', 'kdp', 'hikma'], seats2018, 165),
      ),
    ).toBe('It wins with lists to spare: 1 of 5 members is not needed, 187 ≥ 165.')
    expect(
      explainCoalition(
        analyzeCoalition(['sairoon', 'fatah', 'nasr', 'kdp', 'sol', 'hikma'], seats2018, 165),
      ),
    ).toBe('It wins with lists to spare: 5 of 6 members are not needed, 212 ≥ 165.')
  })

  it('says how far a short coalition is from the line', () => {
    expect(explainCoalition(analyzeCoalition(['sairoon', 'fatah'], seats2018, 165))).toBe(
      'It falls short: 101 < 165, 64 seats missing.',
    )
    expect(explainCoalition(analyzeCoalition(['a'], { a: 164 }, 165))).toBe(
      'It falls short: 164 < 165, 1 seat missing.',
    )
  })
})

describe('explainAdditions', () => {
  it('joins suggestions with "or" and lists added together with "+"', () => {
    expect(
      explainAdditions([{ partyIds: ['kdp'] }, { partyIds: ['sol', 'hikma'] }], names, 165),
    ).toBe('Add KDP, or State of Law + Hikma.')
  })

  it('explains real suggestions for Sairoon, Fatah and Nasr', () => {
    const additions = smallestAdditions(['sairoon', 'fatah', 'nasr'], seats2018, 165, { limit: 2 })
    expect(explainAdditions(additions, names, 165)).toBe('Add KDP, or State of Law.')
  })

  it('falls back to the id for a name it was not given, and says when nothing reaches the line', () => {
    expect(explainAdditions([{ partyIds: ['puk'] }], names, 165)).toBe('Add puk.')
    expect(explainAdditions([], names, 220)).toBe('No combination of the other lists reaches 220.')
  })

  it('takes the wording from the words object', () => {
    const words = {
      ...ENGLISH_EXPLAIN_WORDS,
      additions: (s: readonly string[]) => `أضف ${s.join(' أو ')}`,
    }
    expect(
      explainAdditions([{ partyIds: ['kdp'] }, { partyIds: ['sol'] }], names, 165, words),
    ).toBe('أضف KDP أو State of Law')
  })
})

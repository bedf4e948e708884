import { describe, expect, it } from 'vitest'
import {
  MAX_NAME_LENGTH,
  cleanCoalitionName,
  keepKnownParties,
  membership,
  nextCoalitionId,
  renameCoalition,
  sortBySeats,
  toggleParty,
} from '../../src/coalition/coalitions'
import { coalitionLabel, describeResult, formatMargin, seatsText } from '../../src/coalition/format'
import { evaluateCoalition } from '../../src/coalition/majority'
import type { Coalition } from '../../src/coalition/types'
import { fixtureSeats } from '../fixtures/elections'

const c = (id: string, ...partyIds: string[]): Coalition => ({ id, name: '', partyIds })

describe('toggleParty', () => {
  it('adds a list that is not in the coalition, at the end', () => {
    expect(toggleParty([c('c1', 'lab')], 'c1', 'grn')[0]?.partyIds).toEqual(['lab', 'grn'])
  })

  it('removes a list that is already in the coalition', () => {
    expect(toggleParty([c('c1', 'lab', 'grn')], 'c1', 'lab')[0]?.partyIds).toEqual(['grn'])
  })

  it('leaves other coalitions untouched (same objects)', () => {
    const other = c('c2', 'con')
    const next = toggleParty([c('c1'), other], 'c1', 'lab')
    expect(next[1]).toBe(other)
  })

  it('returns the same array for an unknown coalition', () => {
    const list = [c('c1')]
    expect(toggleParty(list, 'nope', 'lab')).toBe(list)
  })
})

describe('nextCoalitionId', () => {
  it.each([
    [[], 'c1'],
    [[c('c1')], 'c2'],
    [[c('c1'), c('c7'), c('c3')], 'c8'],
    [[c('x'), c('c2')], 'c3'],
  ])('after %j comes %s', (list, expected) => {
    expect(nextCoalitionId(list)).toBe(expected)
  })
})

describe('cleanCoalitionName and renameCoalition', () => {
  it('keeps text as typed, including markup, quotes, emoji and right-to-left text', () => {
    const name = '<b>"Islah"</b> 🇮🇶 الإصلاح'
    expect(cleanCoalitionName(name)).toBe(name)
  })

  it('replaces control characters and caps the length in characters, not code units', () => {
    expect(cleanCoalitionName('a\u0000b\nc')).toBe('a b c')
    expect(Array.from(cleanCoalitionName('🙂'.repeat(100)))).toHaveLength(MAX_NAME_LENGTH)
  })

  it('drops noncharacters and lone surrogates, which no SVG or UTF-8 can hold', () => {
    expect(cleanCoalitionName('A\uFFFFB\uFFFEC')).toBe('ABC')
    expect(cleanCoalitionName('x\uD800y\uDC00z')).toBe('xyz')
    // A character written as a surrogate pair stays.
    expect(cleanCoalitionName('a🙂b')).toBe('a🙂b')
  })

  it('renames only the coalition named', () => {
    const next = renameCoalition([c('c1'), c('c2')], 'c2', 'Binaa')
    expect(next.map((x) => x.name)).toEqual(['', 'Binaa'])
  })
})

describe('keepKnownParties', () => {
  it('drops unknown ids and duplicates, keeping the first order', () => {
    expect(keepKnownParties(['grn', 'x', 'lab', 'grn', '__proto__'], fixtureSeats)).toEqual([
      'grn',
      'lab',
    ])
  })
})

describe('membership', () => {
  it('lists, for each list, every coalition it sits in', () => {
    const m = membership([c('c1', 'lab', 'grn'), c('c2', 'grn'), c('c3')])
    expect(m.get('grn')).toEqual(['c1', 'c2'])
    expect(m.get('lab')).toEqual(['c1'])
    expect(m.has('con')).toBe(false)
  })
})

describe('sortBySeats', () => {
  it('orders largest first and breaks ties by id', () => {
    expect(sortBySeats(['b', 'a', 'c', 'd'], { a: 2, b: 2, c: 5, d: 0 })).toEqual([
      'c',
      'a',
      'b',
      'd',
    ])
  })
})

describe('format', () => {
  it.each([
    [['lab', 'grn'], '78 seats — majority with 2 to spare'],
    [['con', 'grn'], '75 seats — 1 short of a majority'],
    [['lab', 'con'], '79 seats — majority with 3 to spare'],
    [['lib', 'ind', 'grn'], '71 seats — 5 short of a majority'],
    [[], '0 seats — 76 short of a majority'],
  ])('describes %j as "%s"', (ids, text) => {
    expect(describeResult(evaluateCoalition(c('c1', ...ids), fixtureSeats, 150))).toBe(text)
  })

  it('says "none to spare" at exactly the line', () => {
    expect(formatMargin({ margin: 0, hasMajority: true })).toBe('majority with none to spare')
  })

  it('uses the singular for one seat', () => {
    expect(seatsText(1)).toBe('1 seat')
    expect(seatsText(0)).toBe('0 seats')
  })

  it('names a coalition by its name, else by its members', () => {
    expect(coalitionLabel('  Islah ', ['Sairoon'])).toBe('Islah')
    expect(coalitionLabel('', ['Sairoon', 'Fatah'])).toBe('Sairoon + Fatah')
    expect(coalitionLabel('   ', [])).toBe('Empty coalition')
  })
})

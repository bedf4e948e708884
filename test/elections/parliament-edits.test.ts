import { describe, expect, it } from 'vitest'
import { versionSeats } from '../../src/elections/catalog'
import {
  applyParliamentEdits,
  cleanListName,
  lighterColor,
  nonVotingSeats,
  slugify,
  uniqueListId,
} from '../../src/elections/parliament-edits'
import { fixtureElection } from '../fixtures/elections'

const base = fixtureElection()
const ids = (e = base) => e.parties.map((p) => p.id)

describe('applyParliamentEdits', () => {
  it('returns the base itself when there is nothing to apply', () => {
    expect(applyParliamentEdits(base, [], {})).toBe(base)
  })

  it('merges two lists into one holding both their source figures, in every version', () => {
    const out = applyParliamentEdits(
      base,
      [{ kind: 'merge', id: 'con-lib', ids: ['con', 'lib'], name: 'Right bloc' }],
      {},
    )
    expect(ids(out)).toEqual(['lab', 'con-lib', 'grn', 'ind'])
    expect(versionSeats(out, 'v1')['con-lib']).toBe(58)
    expect(versionSeats(out, 'v2')['con-lib']).toBe(58)
    expect(out.parties[1]).toMatchObject({ name: 'Right bloc', color: '#1565c0', camp: 'test' })
  })

  it('adds a list with the same figure in every version', () => {
    const out = applyParliamentEdits(
      base,
      [{ kind: 'add', id: 'pirates', name: 'Pirates', seats: 3, color: '#000000', camp: 'new' }],
      {},
    )
    expect(out.parties.at(-1)).toMatchObject({
      id: 'pirates',
      name: 'Pirates',
      seats: { v1: 3, v2: 3 },
    })
  })

  it('removes a list', () => {
    expect(ids(applyParliamentEdits(base, [{ kind: 'remove', id: 'grn' }], {}))).toEqual([
      'lab',
      'con',
      'lib',
      'ind',
    ])
  })

  it('lets a later operation name a list an earlier one made', () => {
    const out = applyParliamentEdits(
      base,
      [
        { kind: 'add', id: 'new', name: 'New', seats: 2, color: '#000000', camp: 'x' },
        { kind: 'merge', id: 'new-ind', ids: ['new', 'ind'], name: '' },
      ],
      {},
    )
    expect(out.parties.find((p) => p.id === 'new-ind')).toMatchObject({
      name: 'New + Independents',
      seats: { v1: 16 },
    })
  })

  it('skips operations naming lists that do not exist', () => {
    const out = applyParliamentEdits(
      base,
      [
        { kind: 'remove', id: 'nope' },
        { kind: 'merge', id: 'x', ids: ['lab', 'nope'], name: 'X' },
        { kind: 'merge', id: 'y', ids: ['lab', 'lab'], name: 'Y' },
        { kind: 'add', id: 'lab', name: 'Clash', seats: 1, color: '#000000', camp: 'x' },
      ],
      {},
    )
    expect(out.parties).toEqual(base.parties)
  })

  it('renames in every language, recolours and marks non-voting seats', () => {
    const out = applyParliamentEdits(base, [], {
      lab: { name: '  Labour Party ', color: '#ABCDEF', nonVoting: 1 },
      con: { name: '   ' },
      ghost: { name: 'Nobody' },
    })
    expect(out.parties[0]).toMatchObject({
      name: 'Labour Party',
      shortName: 'Labour Party',
      nameAr: 'Labour Party',
      color: '#abcdef',
      nonVoting: 1,
    })
    expect(out.parties[1]?.name).toBe('Conservative')
    expect(nonVotingSeats(out)).toEqual({ lab: 1 })
  })
})

describe('names and ids', () => {
  it.each([
    ['Kurdistan  Alliance!', 'kurdistan-alliance'],
    ['Ça va', 'ca-va'],
    ['الفتح', ''],
    ['<b>x</b>', 'b-x-b'],
  ])('slugs %j as %j', (name, slug) => {
    expect(slugify(name)).toBe(slug)
  })

  it('numbers an id already taken, and names Arabic-only lists "list"', () => {
    expect(uniqueListId('Fatah', new Set(['fatah', 'fatah-2']))).toBe('fatah-3')
    expect(uniqueListId('الفتح', new Set())).toBe('list')
  })

  it('keeps names as typed, without control characters, up to 100 characters', () => {
    expect(cleanListName('Fatah\nAlliance ')).toBe('Fatah Alliance ')
    expect(Array.from(cleanListName('🙂'.repeat(150)))).toHaveLength(100)
  })

  it('lightens a colour halfway to white', () => {
    expect(lighterColor('#000000')).toBe('#808080')
    expect(lighterColor('#ffffff')).toBe('#ffffff')
  })
})

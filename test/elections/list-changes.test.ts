import { describe, expect, it } from 'vitest'
import { addList, mergeLists, splitList } from '../../src/elections/list-changes'
import { buildParliament } from '../../src/elections/own-parliament'

const parliament = buildParliament({
  title: 'T',
  date: '2026-01-01',
  lists: [
    { id: 'a', name: 'Alpha', seats: 6000, color: '#336699', camp: 'left' },
    { id: 'b', name: 'Beta', seats: 5000, color: '#000000', camp: 'right' },
  ],
})
const held: Record<string, number> = { a: 6000, b: 5000 }
const context = { parliament, taken: new Set(['a', 'b', 'a-b']), seats: (id: string) => held[id]! }

describe('list changes', () => {
  it('merges two lists under a new id, "A + B" by default, seats capped for links', () => {
    expect(mergeLists(context, 'a', 'b', '')).toEqual({
      op: { kind: 'merge', id: 'a-b-2', ids: ['a', 'b'], name: 'Alpha + Beta' },
      seats: 10_000,
    })
    expect(mergeLists(context, 'a', 'a', '')).toBeNull()
    expect(mergeLists(context, 'a', 'zz', '')).toBeNull()
  })

  it('splits off at most what the list holds, in a lighter shade of its colour and its camp', () => {
    const split = splitList(context, 'a', 9000, '')
    expect(split?.moved).toBe(6000)
    expect(split?.op).toMatchObject({ kind: 'add', id: 'alpha-2', name: 'Alpha 2', camp: 'left' })
    expect(split?.op.kind === 'add' && split.op.color).not.toBe('#336699')
  })

  it('adds a list with the next colour, or the one given', () => {
    expect(addList(context, ' ', 3)).toMatchObject({ id: 'list-3', name: 'List 3', seats: 3 })
    expect(addList(context, 'New', 3, '#ABCDEF')).toMatchObject({ color: '#abcdef' })
    expect(addList(context, 'New', 3, 'red')).toMatchObject({ color: '#e15759' })
  })
})

import { describe, expect, it } from 'vitest'
import {
  joinBesideInCoalitions,
  mergeInCoalitions,
  removeFromCoalitions,
} from '../../src/coalition/coalition-edits'
import type { Coalition } from '../../src/coalition/types'

const c = (id: string, ...partyIds: string[]): Coalition => ({ id, name: '', partyIds })

describe('mergeInCoalitions', () => {
  it('puts the merged list where the first of its parts was, once', () => {
    const out = mergeInCoalitions([c('c1', 'x', 'b', 'y', 'a'), c('c2', 'a')], ['a', 'b'], 'ab')
    expect(out.map((k) => k.partyIds)).toEqual([['x', 'ab', 'y'], ['ab']])
  })

  it('returns the same array when no coalition holds a merged list', () => {
    const coalitions = [c('c1', 'x')]
    expect(mergeInCoalitions(coalitions, ['a', 'b'], 'ab')).toBe(coalitions)
  })
})

describe('removeFromCoalitions', () => {
  it('takes the list out of every coalition and leaves the others alone', () => {
    const other = c('c2', 'x')
    const out = removeFromCoalitions([c('c1', 'a', 'b'), other], 'a')
    expect(out[0]?.partyIds).toEqual(['b'])
    expect(out[1]).toBe(other)
  })
})

describe('joinBesideInCoalitions', () => {
  it('adds the split-off list after the original in the coalitions holding it', () => {
    const out = joinBesideInCoalitions([c('c1', 'a', 'b'), c('c2', 'b')], 'a', 'a2')
    expect(out.map((k) => k.partyIds)).toEqual([['a', 'a2', 'b'], ['b']])
  })
})

import { describe, expect, it } from 'vitest'
import { PARLIAMENT_PARAMS, entries, splitName } from '../../src/scenario/parliament-params'

describe('splitName', () => {
  it('splits `head*name` at the first star, so a name may hold stars of its own', () => {
    expect(splitName('kdp*Kurdistan*Democratic')).toEqual(['kdp', 'Kurdistan*Democratic'])
  })

  it('gives an empty name when there is no star', () => {
    expect(splitName('r.kdp')).toEqual(['r.kdp', ''])
  })
})

describe('entries', () => {
  it('splits a `_`-joined parameter and leaves out empty entries', () => {
    expect(entries('kdp.2__puk.1_')).toEqual(['kdp.2', 'puk.1'])
  })

  it('reads a missing parameter as no entries', () => {
    expect(entries(null)).toEqual([])
  })
})

describe('PARLIAMENT_PARAMS', () => {
  it('names each parameter once', () => {
    const names = Object.values(PARLIAMENT_PARAMS)
    expect(new Set(names).size).toBe(names.length)
  })
})

import { describe, expect, it } from 'vitest'
import {
  furthestFromSize,
  sortPowerRows,
  type PowerRow,
} from '../../../src/components/analysis/power-rows'

function row(id: string, seats: number, seatShare: number, banzhaf: number): PowerRow {
  return {
    id,
    label: id.toUpperCase(),
    partyIds: [id],
    seats,
    seatShare,
    banzhaf,
    shapleyShubik: banzhaf,
  }
}

// [51; 49, 49, 2]: the two-seat list has as much power as each large one.
const rows = [row('a', 49, 0.49, 1 / 3), row('b', 49, 0.49, 1 / 3), row('c', 2, 0.02, 1 / 3)]

describe('furthestFromSize', () => {
  it('puts the list whose power differs most from its seat share first', () => {
    expect(furthestFromSize(rows, 1).map((r) => r.id)).toEqual(['c'])
  })

  it('leaves out lists without seats', () => {
    expect(furthestFromSize([row('z', 0, 0, 0.5), ...rows], 4).map((r) => r.id)).toEqual([
      'c',
      'a',
      'b',
    ])
  })
})

describe('sortPowerRows', () => {
  it('keeps the incoming order (most seats first) between ties', () => {
    expect(
      sortPowerRows(rows, { key: 'banzhaf', descending: true }, 'en').map((r) => r.id),
    ).toEqual(['a', 'b', 'c'])
  })

  it('sorts names with the language collation, either way', () => {
    const named = [row('b', 1, 0, 0), row('a', 1, 0, 0), row('c', 1, 0, 0)]
    expect(sortPowerRows(named, { key: 'name', descending: false }, 'en').map((r) => r.id)).toEqual(
      ['a', 'b', 'c'],
    )
    expect(sortPowerRows(named, { key: 'name', descending: true }, 'en').map((r) => r.id)).toEqual([
      'c',
      'b',
      'a',
    ])
  })

  it('sorts by seats ascending', () => {
    expect(sortPowerRows(rows, { key: 'seats', descending: false }, 'en').map((r) => r.id)).toEqual(
      ['c', 'a', 'b'],
    )
  })
})

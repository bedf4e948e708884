import { describe, expect, it } from 'vitest'
import { chartHeight, coalitionChartData } from '../../../src/components/charts/chart-data'
import { fixtureElection, fixtureSeats } from '../../fixtures/elections'

const parties = fixtureElection().parties
const item = (id: string, label: string, ...partyIds: string[]) => ({
  coalition: { id, name: label, partyIds },
  label,
})

describe('coalitionChartData', () => {
  it('gives one row per coalition with its members’ seats and total', () => {
    const data = coalitionChartData(
      [item('c1', 'Left', 'lab', 'grn'), item('c2', 'Right', 'con', 'lib', 'ind')],
      fixtureSeats,
      parties,
    )
    expect(data.rows).toEqual([
      { coalitionId: 'c1', label: 'Left', total: 78, seats: { lab: 41, grn: 37 } },
      { coalitionId: 'c2', label: 'Right', total: 72, seats: { con: 38, lib: 20, ind: 14 } },
    ])
  })

  it('stacks only the lists that appear in some coalition, in the parties’ order, with their colours', () => {
    const data = coalitionChartData([item('c1', 'X', 'grn', 'lab')], fixtureSeats, parties)
    expect(data.series).toEqual([
      { partyId: 'lab', name: 'Labour', color: '#c62828' },
      { partyId: 'grn', name: 'Greens', color: '#2e7d32' },
    ])
  })

  it('counts a list shared by two coalitions in both rows', () => {
    const data = coalitionChartData(
      [item('c1', 'A', 'lab'), item('c2', 'B', 'lab', 'ind')],
      fixtureSeats,
      parties,
    )
    expect(data.rows.map((r) => r.total)).toEqual([41, 55])
    expect(data.series.map((s) => s.partyId)).toEqual(['lab', 'ind'])
  })

  it('gives an empty coalition a zero row', () => {
    expect(coalitionChartData([item('c1', 'Empty')], fixtureSeats, parties).rows[0]).toMatchObject({
      total: 0,
      seats: {},
    })
  })
})

describe('chartHeight', () => {
  it('reserves 56 px a coalition and room for the axis, never under 160 px', () => {
    expect(chartHeight(0)).toBe(160)
    expect(chartHeight(1)).toBe(160)
    expect(chartHeight(2)).toBe(184)
    expect(chartHeight(12)).toBe(744)
  })
})

/**
 * Pure: coalitions and seats in, rows for a stacked bar chart out. No Recharts here, so the numbers
 * are tested without SVG.
 */
import type { Coalition, SeatMap } from '../../coalition/types'
import { coalitionSeats } from '../../coalition/majority'

export interface ChartSeries {
  partyId: string
  name: string
  color: string
}

export interface ChartRow {
  coalitionId: string
  label: string
  total: number
  /** Seats per member list id; lists outside this coalition are absent. */
  seats: Record<string, number>
}

export interface StackedChartData {
  rows: ChartRow[]
  /** Every list that appears in at least one coalition, largest first, in stacking order. */
  series: ChartSeries[]
}

interface PartyLike {
  id: string
  shortName: string
  color: string
}

/**
 * One row per coalition with its members' seats, and the series (lists) to stack.
 *
 * @example coalitionChartData([{ id: 'c1', name: 'A', partyIds: ['x'] }], ...).rows[0].total // seats of x
 */
export function coalitionChartData(
  items: readonly { coalition: Coalition; label: string }[],
  seats: SeatMap,
  parties: readonly PartyLike[],
): StackedChartData {
  const used = new Set<string>()
  const rows = items.map(({ coalition, label }) => {
    const rowSeats: Record<string, number> = {}
    for (const id of coalition.partyIds) {
      used.add(id)
      rowSeats[id] = seats[id] ?? 0
    }
    return {
      coalitionId: coalition.id,
      label,
      total: coalitionSeats(coalition.partyIds, seats),
      seats: rowSeats,
    }
  })
  const series = parties
    .filter((p) => used.has(p.id))
    .map((p) => ({ partyId: p.id, name: p.shortName, color: p.color }))
  return { rows, series }
}

/**
 * The bar chart's height in px for `rows` coalitions: 56 px a bar plus room for the axis and the
 * majority line's label. The chart's box reserves it before the chart's code has arrived, so
 * nothing moves when the chart appears.
 *
 * @example chartHeight(1) // 160
 * @example chartHeight(4) // 296
 */
export function chartHeight(rows: number): number {
  return Math.max(160, 56 * rows + 72)
}

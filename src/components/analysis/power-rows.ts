/** Pure helpers for the voting power table and its summary sentence. */
import type { PowerEntry } from '../../scenario/analysis-jobs'

/** The chart stays readable up to this many lists; the table always lists every one. */
export const CHART_MAX_ROWS = 40

/** A power entry with its name in the reader's language. */
export interface PowerRow extends PowerEntry {
  label: string
}

export type PowerSortKey = 'name' | 'seats' | 'seatShare' | 'banzhaf' | 'shapleyShubik'

export interface PowerSort {
  key: PowerSortKey
  descending: boolean
}

/**
 * The rows in the chosen order; ties keep the incoming order (most seats first). Names compare
 * with the language's collation.
 *
 * @example sortPowerRows(rows, { key: 'banzhaf', descending: true }, 'en')[0] // the most powerful list
 */
export function sortPowerRows<T extends PowerRow>(
  rows: readonly T[],
  sort: PowerSort,
  locale: string,
): T[] {
  const collator = new Intl.Collator(locale)
  const by = (a: T, b: T) =>
    sort.key === 'name' ? collator.compare(a.label, b.label) : a[sort.key] - b[sort.key]
  return rows
    .map((row, i) => ({ row, i }))
    .sort((a, b) => (sort.descending ? -1 : 1) * by(a.row, b.row) || a.i - b.i)
    .map(({ row }) => row)
}

/**
 * The lists furthest from their size: the largest gaps between Banzhaf power and seat share,
 * largest gap first (ties: more seats first). Lists without seats are left out.
 *
 * @example furthestFromSize([{ seats: 49, seatShare: 0.49, banzhaf: 1 / 3, … }, { seats: 2, seatShare: 0.02, banzhaf: 1 / 3, … }], 1) // the 2-seat list
 */
export function furthestFromSize<T extends PowerEntry>(rows: readonly T[], n: number): T[] {
  return rows
    .filter((r) => r.seats > 0)
    .map((r) => ({ r, gap: Math.abs(r.banzhaf - r.seatShare) }))
    .sort((a, b) => b.gap - a.gap || b.r.seats - a.r.seats)
    .slice(0, n)
    .map(({ r }) => r)
}

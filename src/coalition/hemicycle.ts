/**
 * The parliament arc ("hemicycle"): where each seat's dot goes. Pure geometry, no DOM.
 *
 * Coordinates: the origin is the centre of the arc's base, x grows to the right, y grows upwards,
 * and the whole diagram fits in the half disc of radius 1 (x in [-1, 1], y in [0, 1]).
 */
import type { PartyId, SeatMap } from './types'

export interface HemicycleSeat {
  /** Centre of the dot. */
  x: number
  y: number
  /** Radius of the dot (the same for every seat of a layout). */
  r: number
  /** Row, 0 = innermost. */
  row: number
  /** Angle of the centre in radians: π at the left end of a row, 0 at the right end. */
  angle: number
  /** Index of the group (list) holding the seat, or null for a seat no group fills. */
  group: number | null
}

export interface HemicycleLayout {
  /**
   * Every seat, ordered from the start of the arc to its end (by angle, then inner row first):
   * from the left, or from the right in a right-to-left layout.
   */
  seats: HemicycleSeat[]
  rows: number
  /** Radius of the innermost row, for drawing guides. */
  innerRadius: number
}

/** The inner edge of the arc, as a share of the outer radius, before the dots are sized. */
const INNER_RADIUS = 0.4

/**
 * How many rows for n seats, so that seats sit about as far apart along a row as the rows sit
 * apart. With rows k from INNER_RADIUS to 1, row spacing is (1 − r0)/(k − 1) and the total arc
 * length is πk(1 + r0)/2; setting arc length / n equal to the row spacing gives
 * k(k − 1) = 2n(1 − r0) / (π(1 + r0)).
 *
 * @example hemicycleRows(329) // 10
 * @example hemicycleRows(1) // 1
 */
export function hemicycleRows(n: number): number {
  if (n <= 2) return 1
  const c = (2 * (1 - INNER_RADIUS)) / (Math.PI * (1 + INNER_RADIUS))
  return Math.max(1, Math.round((1 + Math.sqrt(1 + 4 * c * n)) / 2))
}

/**
 * Splits `total` into whole numbers proportional to `weights` (largest remainder; ties go to the
 * later, i.e. outer, row). The parts always sum to `total`.
 *
 * @example apportion(10, [1, 1, 2]) // [2, 3, 5]
 */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0)
  if (sum <= 0 || total <= 0) return weights.map(() => 0)
  const exact = weights.map((w) => (total * w) / sum)
  const parts = exact.map(Math.floor)
  let left = total - parts.reduce((a, b) => a + b, 0)
  const byRemainder = exact
    .map((x, i) => ({ i, rest: x - Math.floor(x) }))
    .sort((a, b) => b.rest - a.rest || b.i - a.i)
  for (const { i } of byRemainder) {
    if (left <= 0) break
    parts[i] = (parts[i] ?? 0) + 1
    left--
  }
  return parts
}

/** Options of `hemicycleLayout`. */
export interface HemicycleOptions {
  /**
   * Fill from the right: the first group sits at the right end, as a right-to-left reader
   * (Arabic) starts. The arc is the left-to-right one mirrored, so seat i of one is seat i of the
   * other with x negated.
   */
  fromRight?: boolean
}

/**
 * Lays out a parliament arc: seats in rows on concentric half circles, each row's share of the
 * seats proportional to its length, then seats ordered by angle from the start (the left, or the
 * right with `fromRight`) and handed to the groups in order, so each group fills one contiguous
 * wedge.
 *
 * `counts` are the seats of each group in the order they sit, from the start. The diagram has
 * max(total, sum of counts) seats; seats beyond the counts are empty (`group: null`).
 * Negative or fractional counts are treated as whole numbers ≥ 0.
 *
 * Cost: O(n log n) for n seats (one sort).
 *
 * @example hemicycleLayout([54, 47], 329).seats.length // 329
 * @example hemicycleLayout([54, 47], 329).seats[0].group // 0 (the leftmost seat is the first group's)
 */
export function hemicycleLayout(
  counts: readonly number[],
  total = 0,
  { fromRight = false }: HemicycleOptions = {},
): HemicycleLayout {
  const clean = counts.map((c) => (Number.isFinite(c) ? Math.max(0, Math.floor(c)) : 0))
  const filled = clean.reduce((a, b) => a + b, 0)
  const n = Math.max(filled, Number.isFinite(total) ? Math.max(0, Math.floor(total)) : 0)
  if (n === 0) return { seats: [], rows: 0, innerRadius: INNER_RADIUS }

  const rows = hemicycleRows(n)
  const radii =
    rows === 1
      ? [1]
      : Array.from({ length: rows }, (_, i) => INNER_RADIUS + ((1 - INNER_RADIUS) * i) / (rows - 1))
  const rowGap = rows === 1 ? 1 - INNER_RADIUS : (1 - INNER_RADIUS) / (rows - 1)
  // A first guess at the dot size: it keeps the end seats of each row clear of the baseline.
  const pad = 0.4 * rowGap
  const usable = radii.map((r) => r * (Math.PI - 2 * Math.asin(Math.min(1, pad / r))))
  const perRow = apportion(n, usable)

  const raw: Omit<HemicycleSeat, 'r' | 'group'>[] = []
  let closest = Infinity
  perRow.forEach((count, row) => {
    const r = radii[row] ?? 1
    const start = Math.asin(Math.min(1, pad / r))
    const step = count > 1 ? (Math.PI - 2 * start) / (count - 1) : 0
    if (count > 1) closest = Math.min(closest, 2 * r * Math.sin(step / 2))
    for (let j = 0; j < count; j++) {
      const angle = count === 1 ? Math.PI / 2 : Math.PI - start - j * step
      raw.push({ x: r * Math.cos(angle), y: r * Math.sin(angle), row, angle })
    }
  })

  // The final dot size: never more than the guess (so the baseline stays clear), and small
  // enough that neighbours in a row and in adjacent rows leave a gap.
  const dot = Math.min(pad, 0.4 * closest, 0.4 * rowGap)
  const scale = 1 / (1 + dot)

  raw.sort((a, b) => b.angle - a.angle || a.row - b.row)
  const groupOf = groupsInOrder(clean, n)
  const seats = raw.map((s, i) => ({
    x: (fromRight ? -s.x : s.x) * scale,
    y: s.y * scale,
    r: dot * scale,
    row: s.row,
    angle: fromRight ? Math.PI - s.angle : s.angle,
    group: groupOf[i] ?? null,
  }))
  return { seats, rows, innerRadius: INNER_RADIUS * scale }
}

/** For seat i (counted from the start), the index of its group, or null past the last group. */
function groupsInOrder(counts: readonly number[], n: number): (number | null)[] {
  const out: (number | null)[] = []
  counts.forEach((c, g) => {
    for (let k = 0; k < c; k++) out.push(g)
  })
  while (out.length < n) out.push(null)
  return out
}

/**
 * The order lists sit in the arc, from the left: the lists of the coalition being edited first,
 * then every other list; each part largest first (ties by id). The coalition's wedge therefore
 * always starts at the left end, and whether it reaches the majority seat can be read at a glance.
 *
 * @example chamberOrder(['a', 'b', 'c'], { a: 5, b: 3, c: 9 }, ['b']) // ['b', 'c', 'a']
 */
export function chamberOrder(
  partyIds: readonly PartyId[],
  seats: SeatMap,
  coalitionMembers: readonly PartyId[],
): PartyId[] {
  const inCoalition = new Set(coalitionMembers)
  const bySeats = (x: PartyId, y: PartyId) =>
    (seats[y] ?? 0) - (seats[x] ?? 0) || (x < y ? -1 : x > y ? 1 : 0)
  const members = partyIds.filter((id) => inCoalition.has(id)).sort(bySeats)
  const others = partyIds.filter((id) => !inCoalition.has(id)).sort(bySeats)
  return [...members, ...others]
}

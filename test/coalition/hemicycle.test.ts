import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  type HemicycleLayout,
  apportion,
  chamberOrder,
  hemicycleLayout,
  hemicycleRows,
} from '../../src/coalition/hemicycle'

const EPS = 1e-9

/** The smallest gap between two dots (negative if two overlap). O(n²), fine for these sizes. */
function smallestGap(layout: HemicycleLayout): number {
  let gap = Infinity
  const { seats } = layout
  for (let i = 0; i < seats.length; i++) {
    for (let j = i + 1; j < seats.length; j++) {
      const a = seats[i]!
      const b = seats[j]!
      gap = Math.min(gap, Math.hypot(a.x - b.x, a.y - b.y) - a.r - b.r)
    }
  }
  return gap
}

function allInsideHalfDisc(layout: HemicycleLayout): boolean {
  return layout.seats.every((s) => s.y - s.r >= -EPS && Math.hypot(s.x, s.y) + s.r <= 1 + EPS)
}

/** True when, read from the left, the groups never come back once left: contiguous wedges. */
function groupsAreContiguous(layout: HemicycleLayout): boolean {
  const seen = new Set<number | null>()
  let current: number | null | undefined
  for (const s of layout.seats) {
    if (s.group === current) continue
    if (seen.has(s.group)) return false
    seen.add(s.group)
    current = s.group
  }
  return true
}

function seatsPerGroup(layout: HemicycleLayout): Map<number | null, number> {
  const out = new Map<number | null, number>()
  for (const s of layout.seats) out.set(s.group, (out.get(s.group) ?? 0) + 1)
  return out
}

// The final 2018 table in seat order (Sairoon, Fatah, Nasr, KDP, State of Law, ...), 329 in all.
const IRAQ_2018 = [
  54, 48, 42, 25, 25, 21, 19, 18, 14, 6, 5, 4, 3, 3, 3, 3, 3, 3, 3, 2, 2, 2, 2, 2, 2, 2, 2, 2, 1, 1,
  1, 1, 1, 1, 1, 1, 1,
]

describe('hemicycleRows', () => {
  it.each([
    [1, 1],
    [2, 1],
    [329, 10],
    [736, 15],
  ])('draws %i seats in %i rows', (n, rows) => {
    expect(hemicycleRows(n)).toBe(rows)
  })
})

describe('apportion', () => {
  it('splits a total in proportion and always sums to it', () => {
    expect(apportion(10, [1, 1, 2])).toEqual([2, 3, 5])
    expect(apportion(7, [1, 1, 1])).toEqual([2, 2, 3])
    expect(apportion(0, [1, 2])).toEqual([0, 0])
  })
})

describe('hemicycleLayout', () => {
  it('checks that the 2018 table adds up to 329', () => {
    expect(IRAQ_2018.reduce((a, b) => a + b, 0)).toBe(329)
  })

  it.each([1, 2, 3, 10, 150, 329, 736])(
    'draws exactly %i seats, none overlapping, inside the half disc',
    (n) => {
      const layout = hemicycleLayout([n], n)
      expect(layout.seats).toHaveLength(n)
      expect(allInsideHalfDisc(layout)).toBe(true)
      if (n > 1) expect(smallestGap(layout)).toBeGreaterThan(0)
    },
  )

  it('gives each 2018 list exactly its seats, in one wedge each, from the left', () => {
    const layout = hemicycleLayout(IRAQ_2018, 329)
    expect(layout.seats).toHaveLength(329)
    const perGroup = seatsPerGroup(layout)
    IRAQ_2018.forEach((n, g) => expect(perGroup.get(g)).toBe(n))
    expect(groupsAreContiguous(layout)).toBe(true)
    expect(layout.seats[0]?.group).toBe(0)
    expect(layout.seats[328]?.group).toBe(IRAQ_2018.length - 1)
  })

  it('fills from the right for a right-to-left reader: the same arc, mirrored', () => {
    const ltr = hemicycleLayout(IRAQ_2018, 329)
    const rtl = hemicycleLayout(IRAQ_2018, 329, { fromRight: true })
    expect(rtl.seats).toHaveLength(329)
    expect(rtl.seats[0]?.group).toBe(0)
    // The first group's wedge starts at the right end, and every seat mirrors its twin.
    expect(rtl.seats[0]!.x).toBeGreaterThan(0.9)
    expect(ltr.seats[0]!.x).toBeLessThan(-0.9)
    rtl.seats.forEach((seat, i) => {
      const twin = ltr.seats[i]!
      expect(seat.x).toBeCloseTo(-twin.x, 12)
      expect(seat.y).toBeCloseTo(twin.y, 12)
      expect(seat.angle).toBeCloseTo(Math.PI - twin.angle, 12)
      expect(seat.group).toBe(twin.group)
    })
    expect(allInsideHalfDisc(rtl)).toBe(true)
    expect(groupsAreContiguous(rtl)).toBe(true)
  })

  it('orders seats from the left end of the arc to the right', () => {
    const { seats } = hemicycleLayout([329], 329)
    for (let i = 1; i < seats.length; i++) {
      expect(seats[i]!.angle).toBeLessThanOrEqual(seats[i - 1]!.angle)
    }
    expect(seats[0]!.x).toBeLessThan(0)
    expect(seats[328]!.x).toBeGreaterThan(0)
  })

  it('leaves the seats no list fills empty, at the right end', () => {
    const layout = hemicycleLayout([100, 64], 329)
    expect(layout.seats).toHaveLength(329)
    expect(seatsPerGroup(layout).get(null)).toBe(165)
    expect(layout.seats[328]?.group).toBeNull()
  })

  it('draws every seat when the lists hold more than the chamber size', () => {
    expect(hemicycleLayout([200, 200], 329).seats).toHaveLength(400)
  })

  it('treats negative and fractional counts as whole seats and draws nothing for nothing', () => {
    expect(hemicycleLayout([-3, 2.7], 0).seats).toHaveLength(2)
    expect(hemicycleLayout([], 0).seats).toHaveLength(0)
    expect(hemicycleLayout([0, 0], 0).rows).toBe(0)
  })

  it('keeps exact counts, contiguous wedges and clear dots for any split of up to 800 seats', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 120 }), { maxLength: 12 }),
        fc.integer({ min: 0, max: 800 }),
        (counts, total) => {
          const layout = hemicycleLayout(counts, total)
          const sum = counts.reduce((a, b) => a + b, 0)
          expect(layout.seats).toHaveLength(Math.max(sum, total))
          const perGroup = seatsPerGroup(layout)
          counts.forEach((n, g) => expect(perGroup.get(g) ?? 0).toBe(n))
          expect(groupsAreContiguous(layout)).toBe(true)
          expect(allInsideHalfDisc(layout)).toBe(true)
        },
      ),
      { numRuns: 60 },
    )
  })

  it('never lets two dots overlap for chamber sizes from 2 to 400', () => {
    for (let n = 2; n <= 400; n += 7)
      expect(smallestGap(hemicycleLayout([n], n))).toBeGreaterThan(0)
  })
})

describe('chamberOrder', () => {
  it('seats the coalition being edited first, then the rest, each largest first', () => {
    const seats = { sairoon: 54, fatah: 48, nasr: 42, kdp: 25, sol: 25 }
    expect(chamberOrder(Object.keys(seats), seats, ['nasr', 'sairoon'])).toEqual([
      'sairoon',
      'nasr',
      'fatah',
      'kdp',
      'sol',
    ])
  })

  it('breaks ties by id so the order never depends on input order', () => {
    expect(chamberOrder(['b', 'a'], { a: 2, b: 2 }, [])).toEqual(['a', 'b'])
  })
})

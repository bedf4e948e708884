/**
 * Benchmark of the coalition math (issue 4): thresholds, pivots, voting power and minimal winning
 * coalitions for the 2018 parliament and for synthetic chambers, and brute force beside the
 * dynamic programs for small n. Prints medians and 95th percentiles. Run with `npm run bench`
 * (add `-- --quick` for fewer samples).
 */
import { availableParallelism, loadavg } from 'node:os'
import { performance } from 'node:perf_hooks'
import { thresholdLadder, analyzeLadder, smallestAdditions } from '../../../src/coalition/pivots'
import { banzhafIndex, shapleyShubikIndex } from '../../../src/coalition/power'
import {
  countMinimalWinning,
  listMinimalWinning,
  listMinimalWinningCoalitions,
} from '../../../src/coalition/winning-coalitions'
import { majorityThreshold } from '../../../src/coalition/majority'
import { iraq2018Seats, subsetSums, syntheticChamber } from '../../fixtures/games'

interface Options {
  /** Time to spend sampling one case, in ms. */
  budget: number
  /** Samples at least (unless one run exceeds maxCaseMs). */
  minSamples: number
}

interface Row {
  name: string
  median: number
  p95: number
  /** Median processor time of this process per call: less disturbed by other work on the machine. */
  cpu: number
  samples: number
  note?: string
}

const rows: Row[] = []
/** Results are kept here so the engine cannot skip computing them. */
let sink: unknown = null
/** The last result computed (keeps `sink` observable). */
export const lastResult = (): unknown => sink

/** Times `fn`, batching fast calls so each sample lasts at least ~0.5 ms; returns ms per call. */
function measure(name: string, fn: () => unknown, options: Options, note?: string): Row | null {
  try {
    sink = fn()
  } catch (error) {
    console.log(
      `  ${name.padEnd(64)}  ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`,
    )
    return null
  }
  // Warm up and calibrate.
  let batch = 1
  for (;;) {
    const start = performance.now()
    for (let i = 0; i < batch; i++) sink = fn()
    const elapsed = performance.now() - start
    if (elapsed >= 0.5 || batch >= 1 << 20) break
    batch *= 4
  }
  const times: number[] = []
  const cpuTimes: number[] = []
  const deadline = performance.now() + options.budget
  while (times.length < options.minSamples || performance.now() < deadline) {
    const start = performance.now()
    const cpuStart = process.cpuUsage()
    for (let i = 0; i < batch; i++) sink = fn()
    const cpu = process.cpuUsage(cpuStart)
    times.push((performance.now() - start) / batch)
    cpuTimes.push((cpu.user + cpu.system) / 1000 / batch)
    if (times.length >= 500) break
  }
  times.sort((a, b) => a - b)
  cpuTimes.sort((a, b) => a - b)
  const row: Row = {
    name,
    median: quantile(times, 0.5),
    p95: quantile(times, 0.95),
    cpu: quantile(cpuTimes, 0.5),
    samples: times.length * batch,
    ...(note !== undefined && { note }),
  }
  rows.push(row)
  print(row)
  return row
}

function quantile(sorted: number[], q: number): number {
  const at = (sorted.length - 1) * q
  const lo = Math.floor(at)
  const hi = Math.ceil(at)
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (at - lo)
}

function ms(x: number): string {
  if (x >= 100) return `${x.toFixed(0)} ms`
  if (x >= 1) return `${x.toFixed(2)} ms`
  if (x >= 0.001) return `${(x * 1000).toFixed(1)} µs`
  return `${(x * 1e6).toFixed(0)} ns`
}

function print(row: Row): void {
  const name = row.name.padEnd(64)
  const median = ms(row.median).padStart(10)
  const p95 = ms(row.p95).padStart(10)
  const cpu = ms(row.cpu).padStart(10)
  console.log(`  ${name}${median}${p95}${cpu}  n=${row.samples}${row.note ? `  ${row.note}` : ''}`)
}

function heading(text: string): void {
  console.log(
    `\n${text}\n  ${'case'.padEnd(64)}${'median'.padStart(10)}${'p95'.padStart(10)}${'cpu'.padStart(10)}`,
  )
}

/** The largest lists, in order, until they reach the quota: a typical "big tent" coalition. */
function bigTent(seats: Record<string, number>, quota: number): string[] {
  const ids = Object.keys(seats).sort((a, b) => seats[b]! - seats[a]! || (a < b ? -1 : 1))
  const out: string[] = []
  let sum = 0
  for (const id of ids) {
    if (sum >= quota) break
    out.push(id)
    sum += seats[id]!
  }
  return out
}

/** Everything the analysis panel recomputes when a seat or a member changes. */
function click(seats: Record<string, number>, weights: number[], coalition: string[]) {
  const total = weights.reduce((a, b) => a + b, 0)
  const quota = majorityThreshold(total)
  return [
    thresholdLadder(total),
    analyzeLadder(coalition, seats, total),
    banzhafIndex(weights, quota),
    shapleyShubikIndex(weights, quota),
  ]
}

function asSeatMap(weights: number[]): Record<string, number> {
  const seats: Record<string, number> = {}
  weights.forEach((w, i) => (seats[`l${String(i).padStart(3, '0')}`] = w))
  return seats
}

// Brute force baselines: every one of the 2^n subsets, with typed arrays (exact for n ≤ 20).
function bruteBanzhaf(weights: number[], quota: number): number[] {
  const n = weights.length
  const sums = subsetSums(weights)
  const swings = new Float64Array(n)
  for (let mask = 0; mask < sums.length; mask++) {
    const sum = sums[mask]!
    if (sum < quota) continue
    for (let i = 0; i < n; i++) if (mask & (1 << i) && sum - weights[i]! < quota) swings[i]!++
  }
  const total = swings.reduce((a, b) => a + b, 0)
  return Array.from(swings, (s) => s / total)
}

function bruteShapleyShubik(weights: number[], quota: number): number[] {
  const n = weights.length
  const sums = subsetSums(weights)
  const factorial = [1]
  for (let i = 1; i <= n; i++) factorial.push(factorial[i - 1]! * i)
  const value = new Float64Array(n)
  for (let mask = 0; mask < sums.length; mask++) {
    const sum = sums[mask]!
    if (sum < quota) continue
    let size = 0
    for (let m = mask; m; m &= m - 1) size++
    const orderings = factorial[size - 1]! * factorial[n - size]!
    for (let i = 0; i < n; i++)
      if (mask & (1 << i) && sum - weights[i]! < quota) value[i]! += orderings
  }
  return Array.from(value, (v) => v / factorial[n]!)
}

function bruteMinimalWinningCount(weights: number[], quota: number): number {
  const sums = subsetSums(weights)
  let count = 0
  for (let mask = 1; mask < sums.length; mask++) {
    const sum = sums[mask]!
    if (sum < quota) continue
    let smallest = Infinity
    for (let m = mask; m; m &= m - 1)
      smallest = Math.min(smallest, weights[31 - Math.clz32(m & -m)]!)
    if (sum - smallest < quota) count++
  }
  return count
}

function assertClose(a: number[], b: number[], what: string): void {
  a.forEach((x, i) => {
    if (Math.abs(x - b[i]!) > 1e-9)
      throw new Error(`${what}: dynamic program and brute force differ`)
  })
}

export async function main(args: string[]): Promise<void> {
  const quick = args.includes('--quick')
  const fast: Options = { budget: quick ? 100 : 500, minSamples: 5 }
  const slow: Options = { budget: quick ? 200 : 1500, minSamples: quick ? 1 : 3 }
  console.log(
    `Kutla coalition math benchmark — Node ${process.version}, ${quick ? 'quick' : 'full'} run`,
  )
  const [load] = loadavg()
  console.log(
    `Times are per call: median and 95th percentile of wall-clock time, and median processor time.` +
      ` Load average ${load!.toFixed(1)} on ${availableParallelism()} cores.`,
  )

  const seats2018 = iraq2018Seats()
  const weights2018 = Object.values(seats2018)
  const coalition2018 = ['sairoon', 'fatah', 'nasr', 'kdp', 'hikma']
  heading('Iraq 2018 (May results): 37 lists, 329 seats')
  measure('thresholds: thresholdLadder(329)', () => thresholdLadder(329), fast)
  measure(
    'pivots: analyzeLadder (5-list coalition, 3 thresholds)',
    () => analyzeLadder(coalition2018, seats2018, 329),
    fast,
  )
  for (const quota of [165, 220, 110]) {
    measure(`banzhafIndex, quota ${quota}`, () => banzhafIndex(weights2018, quota), fast)
    measure(
      `shapleyShubikIndex, quota ${quota}`,
      () => shapleyShubikIndex(weights2018, quota),
      fast,
    )
  }
  measure(
    'a click: thresholds + pivots + both indices at 165',
    () => click(seats2018, weights2018, coalition2018),
    fast,
  )
  measure(
    'smallestAdditions for Sairoon + Fatah + Nasr (3 suggestions)',
    () => smallestAdditions(['sairoon', 'fatah', 'nasr'], seats2018, 165),
    fast,
  )
  for (const quota of [165, 220, 110]) {
    const count = countMinimalWinning(weights2018, quota)
    measure(
      `countMinimalWinning, quota ${quota}`,
      () => countMinimalWinning(weights2018, quota),
      fast,
      `= ${count.toLocaleString('en')}`,
    )
  }
  for (const order of ['fewest-lists', 'fewest-seats'] as const) {
    measure(
      `first page of 20 (with exact total), ${order}`,
      () => listMinimalWinningCoalitions(seats2018, 165, { order }),
      fast,
    )
  }
  measure(
    'page 51 (offset 1000), fewest-seats',
    () => listMinimalWinningCoalitions(seats2018, 165, { order: 'fewest-seats', offset: 1000 }),
    fast,
  )
  measure(
    'first page, must include KDP, exclude Sairoon, at most 6',
    () =>
      listMinimalWinningCoalitions(seats2018, 165, {
        mustInclude: ['kdp'],
        mustExclude: ['sairoon'],
        maxSize: 6,
      }),
    fast,
  )

  const chambers: [number, number][] = [
    [100, 1000],
    [100, 10000],
    [200, 1000],
    [200, 5000],
    [200, 10000],
    [500, 1000],
    [500, 10000],
  ]
  for (const [parties, totalSeats] of chambers) {
    const weights = syntheticChamber(parties, totalSeats, 2018)
    const seats = asSeatMap(weights)
    const quota = majorityThreshold(totalSeats)
    const coalition = bigTent(seats, quota)
    const distinct = new Set(weights).size
    heading(
      `Synthetic: ${parties} lists, ${totalSeats.toLocaleString('en')} seats (largest ${weights[0]}, ${distinct} distinct sizes, seed 2018)`,
    )
    measure(
      'thresholds + pivots (analyzeLadder, big-tent coalition)',
      () => analyzeLadder(coalition, seats, totalSeats),
      fast,
      `${coalition.length} members`,
    )
    const heavy = parties * totalSeats >= 1_000_000
    measure(`banzhafIndex, quota ${quota}`, () => banzhafIndex(weights, quota), heavy ? slow : fast)
    measure(
      `shapleyShubikIndex, quota ${quota}`,
      () => shapleyShubikIndex(weights, quota),
      heavy || parties >= 200 ? slow : fast,
    )
    measure(
      'a click: thresholds + pivots + both indices',
      () => click(seats, weights, coalition),
      heavy || parties >= 200 ? slow : fast,
    )
    measure(
      'a click without Shapley–Shubik',
      () => [analyzeLadder(coalition, seats, totalSeats), banzhafIndex(weights, quota)],
      heavy ? slow : fast,
    )
    const count = countMinimalWinning(weights, quota)
    measure(
      'countMinimalWinning',
      () => countMinimalWinning(weights, quota),
      heavy ? slow : fast,
      `≈ ${Number(count).toExponential(3)}`,
    )
    for (const order of ['fewest-lists', 'fewest-seats'] as const) {
      measure(
        `first page of 20 (with exact total), ${order}`,
        () => listMinimalWinning(weights, quota, { order }),
        slow,
      )
    }
  }

  heading('Brute force (all 2^n subsets) beside the dynamic programs, chambers of 329 seats')
  for (const n of [12, 16, 20]) {
    const weights = syntheticChamber(n, 329, n)
    const quota = majorityThreshold(329)
    assertClose(banzhafIndex(weights, quota), bruteBanzhaf(weights, quota), 'Banzhaf')
    assertClose(
      shapleyShubikIndex(weights, quota),
      bruteShapleyShubik(weights, quota),
      'Shapley–Shubik',
    )
    if (BigInt(bruteMinimalWinningCount(weights, quota)) !== countMinimalWinning(weights, quota)) {
      throw new Error('minimal winning count: dynamic program and brute force differ')
    }
    const options = n >= 20 ? slow : fast
    measure(`n=${n} Banzhaf: brute force`, () => bruteBanzhaf(weights, quota), options)
    measure(`n=${n} Banzhaf: dynamic program`, () => banzhafIndex(weights, quota), fast)
    measure(`n=${n} Shapley–Shubik: brute force`, () => bruteShapleyShubik(weights, quota), options)
    measure(
      `n=${n} Shapley–Shubik: dynamic program`,
      () => shapleyShubikIndex(weights, quota),
      fast,
    )
    measure(
      `n=${n} minimal winning count: brute force`,
      () => bruteMinimalWinningCount(weights, quota),
      options,
    )
    measure(
      `n=${n} minimal winning count: dynamic program`,
      () => countMinimalWinning(weights, quota),
      fast,
    )
  }
  console.log(
    `\n${rows.length} cases measured; brute force and dynamic programs agree on every checked game.`,
  )
}

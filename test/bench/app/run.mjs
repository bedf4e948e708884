#!/usr/bin/env node
// The app benchmark (`npm run bench:app`): builds Kutla into a temporary folder (never dist/, and
// outside the tree so linters and formatters never see the output), serves each build on
// 127.0.0.1 at a free port, drives Chromium, prints a JSON report and a table, and saves the
// report as test/bench/results/<date>-<commit>.json and test/bench/results/latest.md.
//
// Options: --quick (fewer repetitions), --no-lighthouse, --no-save, --only load,clicks,heap,lighthouse
// (a subset of the measures, not saved), --cpu-slowdown <n> (an extra set of cold loads with Chromium's
// CPU throttled n times, as on a slow laptop or phone; presses are always also timed at 4×).
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from '@playwright/test'
import * as prettier from 'prettier'
import { sizeBuild, viteBuild } from './build.mjs'
import { lighthouseRun, medianOfRuns } from './lighthouse-scores.mjs'
import {
  coldLoad,
  fetchedByNetworkIdle,
  heapGrowth,
  pressLatency,
  round,
  stats,
} from './page-metrics.mjs'
import { markdownReport, textTable } from './report.mjs'
import { GZIP_LEVEL, serveStatic } from './serve.mjs'
import { writeSyntheticElection } from './synthetic-election.mjs'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..')
const args = process.argv.slice(2)
const quick = args.includes('--quick')
const slowdownIndex = args.indexOf('--cpu-slowdown')
const cpuSlowdown = slowdownIndex >= 0 ? Number(args[slowdownIndex + 1]) : 0
const onlyIndex = args.indexOf('--only')
const parts = new Set(
  onlyIndex >= 0 ? args[onlyIndex + 1].split(',') : ['load', 'clicks', 'heap', 'lighthouse'],
)
const settings = {
  coldLoads: quick ? 3 : 7,
  presses: quick ? 30 : 60,
  floorPresses: quick ? 15 : 30,
  slowCpuPresses: quick ? 10 : 20,
  heapRuns: 1,
  // Mobile performance varies from run to run; the other scores do not.
  lighthouseRuns: { mobile: quick ? 1 : 3, desktop: 1 },
  parts: [...parts],
  lighthouse: parts.has('lighthouse') && !args.includes('--no-lighthouse'),
  cpuSlowdown,
  // A partial run (--only) never replaces the saved figures.
  save: !args.includes('--no-save') && onlyIndex < 0,
}

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]
const chromePath = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
  (p) => p && existsSync(p),
)

/** The performance budgets. Press timings end with the frame that shows the change (see pressLatency). */
export const BUDGETS = {
  /** JS + CSS (gzip) that index.html loads before the first press: entry, module preloads, stylesheets. */
  beforeFirstPressGzip: 100 * 1024,
  beforeFirstPressAimGzip: 80 * 1024,
  /** All JS + CSS (gzip) the page and its service worker fetch by network idle, without a press. */
  byNetworkIdleGzip: 250 * 1024,
  /** Lighthouse 12.2.3, mobile preset, median of 3 runs. */
  lighthouseMobile: {
    performance: 95,
    accessibility: 100,
    'best-practices': 100,
    seo: 100,
    tbtMs: 200,
    lcpMs: 2000,
    cls: 0,
  },
  /** Press → new verdict, median, at most this much over the inert-press floor. */
  verdictOverFloorMs: { data2018: 4, lists200: 8 },
  /** Press → chart and hemicycle both showing the new coalition, p95. */
  visualsP95Ms: 100,
  /** Press → new verdict, median, with Chromium's CPU slowed down `cpuSlowdown` times (2018). */
  slowCpuVerdictMs: 50,
  cpuSlowdown: 4,
  /** Cold load → chart drawn, median (1280×900, no throttling). */
  chartAfterLoadMs: 500,
  /** Heap growth from 10 to 1,000 presses: JavaScript objects, from heap snapshots. */
  heapJsObjectsGrowth: 300 * 1024,
}

const log = (...line) => console.error('·', ...line)

function git(...command) {
  try {
    return execFileSync('git', command, { cwd: root, encoding: 'utf8' }).trim()
  } catch {
    return ''
  }
}

async function main() {
  const commit = git('rev-parse', '--short', 'HEAD') || 'unknown'
  const dirtyFiles = git(
    'status',
    '--porcelain',
    '--untracked-files=no',
    '--',
    'src',
    'data',
    'index.html',
    'vite.config.ts',
    'src/public',
    'package.json',
  )
    .split('\n')
    .filter(Boolean).length
  const date = new Date().toISOString().slice(0, 10)

  const buildDir = mkdtempSync(join(os.tmpdir(), 'kutla-bench-'))
  process.on('exit', () => rmSync(buildDir, { recursive: true, force: true }))

  log('building the app (2018 data)…')
  const appDir = join(buildDir, 'app')
  const build = viteBuild({ root, outDir: appDir })
  const sizes = sizeBuild(appDir)

  log('building the app with a synthetic chamber of 200 lists…')
  const syntheticFile = join(buildDir, 'synthetic-200.json')
  const synthetic = writeSyntheticElection(join(root, 'data/iraq-2018.json'), syntheticFile, 200)
  const app200Dir = join(buildDir, 'app-200')
  const build200 = viteBuild({
    root,
    outDir: app200Dir,
    env: { KUTLA_ELECTION_DATA: syntheticFile },
  })

  const server = await serveStatic({ root: appDir })
  const server200 = await serveStatic({ root: app200Dir })
  log(`serving ${server.url} and ${server200.url}`)

  const browser = await chromium.launch({
    ...(chromePath ? { executablePath: chromePath } : {}),
    args: CHROMIUM_FLAGS,
  })
  const report = {
    date: new Date().toISOString(),
    commit,
    uncommittedAppFiles: dirtyFiles,
    machine: {
      loadAverageAtStart: os.loadavg().map((x) => round(x, 2)),
      node: process.version,
      browser: `Chromium ${browser.version()}`,
      cores: os.cpus().length,
    },
    settings,
    budgets: BUDGETS,
    build: {
      seconds: round(build.seconds, 2),
      warnings: build.warnings,
      warnings200: build200.warnings,
    },
    bytes: { gzipLevel: GZIP_LEVEL, ...sizes },
  }
  try {
    if (parts.has('load')) {
      log(`${settings.coldLoads} cold loads…`)
      report.load = await loads(browser, server.url, 1)
      log('one load until the network is idle, counting what the page and its worker fetch…')
      report.byNetworkIdle = await fetchedByNetworkIdle(browser, server)
    }
    if (parts.has('load') && settings.cpuSlowdown > 1) {
      log(`${settings.coldLoads} cold loads at ${settings.cpuSlowdown}× CPU slowdown…`)
      report.loadSlowCpu = {
        cpuSlowdown: settings.cpuSlowdown,
        ...(await loads(browser, server.url, settings.cpuSlowdown)),
      }
    }

    if (parts.has('clicks')) {
      const { presses, floorPresses, slowCpuPresses } = settings
      log(`press → frame, ${presses} presses (and ${floorPresses} inert), 2018 data…`)
      report.presses2018 = await pressLatency(browser, server.url, { presses, floorPresses })
      log(`press → frame, ${presses} presses, ${synthetic.lists} lists…`)
      report.presses200 = {
        ...(await pressLatency(browser, server200.url, { presses, floorPresses })),
        chamberSize: synthetic.chamberSize,
      }
      log(`press → frame at ${BUDGETS.cpuSlowdown}× CPU slowdown, ${slowCpuPresses} presses…`)
      report.pressesSlowCpu = await pressLatency(browser, server.url, {
        presses: slowCpuPresses,
        floorPresses: Math.ceil(slowCpuPresses / 2),
        cpuSlowdown: BUDGETS.cpuSlowdown,
      })
    }

    if (parts.has('heap')) {
      log(`JS heap after 10, 1,000 and 2,000 presses (${settings.heapRuns}×)…`)
      const heaps = []
      for (let i = 0; i < settings.heapRuns; i++) heaps.push(await heapGrowth(browser, server.url))
      report.heap = {
        runs: heaps.map((h) => ({ ...h, errors: undefined })),
        afterSmall: median(heaps.map((h) => h.afterSmall)),
        afterLarge: median(heaps.map((h) => h.afterLarge)),
        afterLarger: median(heaps.map((h) => h.afterLarger)),
        growth: median(heaps.map((h) => h.growth)),
        growthAfterWarmup: median(heaps.map((h) => h.growthAfterWarmup)),
        growthByKind: medianByKey(heaps.map((h) => h.growthByKind)),
        growthByKindAfterWarmup: medianByKey(heaps.map((h) => h.growthByKindAfterWarmup)),
        errors: heaps.flatMap((h) => h.errors),
      }
    }
  } finally {
    await browser.close()
  }

  if (settings.lighthouse) {
    report.lighthouse = {}
    for (const formFactor of ['mobile', 'desktop']) {
      const runs = []
      const count = settings.lighthouseRuns[formFactor]
      for (let i = 0; i < count; i++) {
        log(`Lighthouse ${formFactor} ${i + 1}/${count}…`)
        runs.push(
          await lighthouseRun(server.url, formFactor, { chromePath, chromeFlags: CHROMIUM_FLAGS }),
        )
      }
      report.lighthouse[formFactor] = medianOfRuns(runs)
    }
  }
  await server.close()
  await server200.close()

  report.machine.loadAverageAtEnd = os.loadavg().map((x) => round(x, 2))
  report.verdicts = verdicts(report)
  console.log(JSON.stringify(report, null, 2))
  console.log(textTable(report))
  if (settings.save) {
    const dir = join(root, 'test/bench/results')
    mkdirSync(dir, { recursive: true })
    const file = join(dir, `${date}-${commit}.json`)
    // Formatted as the repository formats everything, so `npm run format:check` stays clean.
    const options = (await prettier.resolveConfig(file)) ?? {}
    const json = await prettier.format(JSON.stringify(report, null, 2), {
      ...options,
      filepath: file,
    })
    const latest = join(dir, 'latest.md')
    const md = markdownReport(report, `${date}-${commit}.json`)
    writeFileSync(file, json)
    writeFileSync(latest, await prettier.format(md, { ...options, filepath: latest }))
    log(`saved ${file} and test/bench/results/latest.md`)
  }
}

async function loads(browser, url, slowdown) {
  const runs = []
  for (let i = 0; i < settings.coldLoads; i++)
    runs.push(await coldLoad(browser, url, { cpuSlowdown: slowdown }))
  const pick = (key) => stats(runs.map((r) => r[key]).filter((v) => v !== null))
  const first = runs[0]
  return {
    fcp: pick('fcp'),
    listShown: pick('listShown'),
    listClickable: pick('listClickable'),
    chartShown: pick('chartShown'),
    transferredBeforeClickable: {
      js: median(runs.map((r) => r.transferredBeforeClickable.js)),
      css: median(runs.map((r) => r.transferredBeforeClickable.css)),
    },
    firstRunAssets: first.assets,
    fonts: [...new Set(runs.flatMap((r) => r.fonts))],
    offOriginRequests: [...new Set(runs.flatMap((r) => r.offOrigin))],
    errors: [...new Set(runs.flatMap((r) => r.errors))],
  }
}

function medianByKey(objects) {
  return Object.fromEntries(
    Object.keys(objects[0]).map((k) => [k, median(objects.map((o) => o[k]))]),
  )
}

function median(values) {
  const s = [...values].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2
}

/**
 * Each budget with its figure, for the parts measured: `value` against `limit` (≤, or ≥ for
 * scores), with the inert-press floor beside timings; `met` is null where there is only a figure.
 */
function verdicts(r) {
  const rows = []
  const add = ({ measure, value, unit, limit = null, floor = null, note = null }) => {
    const op = unit === 'score' ? '≥' : '≤'
    const measured = typeof value === 'number' && !Number.isNaN(value)
    const met = limit === null ? null : measured && (op === '≥' ? value >= limit : value <= limit)
    rows.push({ measure, value, unit, op, limit, floor, note, met })
  }
  const first = r.bytes.beforeFirstInteraction
  add({
    measure: 'JS + CSS before the first press (gzip)',
    value: first.js.gzip + first.css.gzip,
    unit: 'bytes',
    limit: BUDGETS.beforeFirstPressGzip,
    note: `aim ${BUDGETS.beforeFirstPressAimGzip / 1024} KB`,
  })
  if (r.byNetworkIdle) {
    add({
      measure: 'All JS + CSS by network idle, no press (gzip)',
      value: r.byNetworkIdle.gzip,
      unit: 'bytes',
      limit: BUDGETS.byNetworkIdleGzip,
    })
  }
  if (r.lighthouse) {
    const { scores, metrics, runs } = r.lighthouse.mobile
    const l = BUDGETS.lighthouseMobile
    const lh = (what) => `Lighthouse mobile ${what}, median of ${runs}`
    for (const c of ['performance', 'accessibility', 'best-practices', 'seo'])
      add({ measure: lh(c), value: scores[c], unit: 'score', limit: l[c] })
    const tbt = metrics['total-blocking-time']
    const lcp = metrics['largest-contentful-paint']
    const cls = metrics['cumulative-layout-shift']
    add({ measure: lh('total blocking time'), value: tbt, unit: 'ms', limit: l.tbtMs })
    add({ measure: lh('largest contentful paint'), value: lcp, unit: 'ms', limit: l.lcpMs })
    add({ measure: lh('layout shift'), value: cls && round(cls, 3), unit: 'cls', limit: l.cls })
  }
  const presses = (p, label, overFloor) => {
    const floor = p.floor.median
    add({
      measure: `Press → new verdict, ${label}, median of ${p.verdict.n}`,
      value: p.verdict.median,
      unit: 'ms',
      limit: round(floor + overFloor),
      floor,
      note: `floor + ${overFloor} ms`,
    })
    add({
      measure: `Press → chart and hemicycle, ${label}, p95 of ${p.visuals.n}`,
      value: p.visuals.p95,
      unit: 'ms',
      limit: BUDGETS.visualsP95Ms,
      floor,
    })
  }
  if (r.presses2018) {
    presses(r.presses2018, '2018', BUDGETS.verdictOverFloorMs.data2018)
    presses(r.presses200, `${r.presses200.lists} lists`, BUDGETS.verdictOverFloorMs.lists200)
    const slow = r.pressesSlowCpu
    add({
      measure: `Press → new verdict, 2018, ${slow.cpuSlowdown}× CPU slowdown, median of ${slow.verdict.n}`,
      value: slow.verdict.median,
      unit: 'ms',
      limit: BUDGETS.slowCpuVerdictMs,
      floor: slow.floor.median,
    })
  }
  if (r.load) {
    add({
      measure: `Cold load → chart drawn, median of ${r.load.chartShown.n}`,
      value: r.load.chartShown.median,
      unit: 'ms',
      limit: BUDGETS.chartAfterLoadMs,
      floor: r.presses2018?.floor.median ?? null,
    })
  }
  if (r.heap) {
    const measure = 'Heap growth, 10 → 1,000 presses'
    add({ measure, value: r.heap.growth, unit: 'bytes', note: 'reported' })
    add({
      measure: `${measure}: JavaScript objects`,
      value: r.heap.growthByKind.jsObjects,
      unit: 'bytes',
      limit: BUDGETS.heapJsObjectsGrowth,
    })
  }
  return rows
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})

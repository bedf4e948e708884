#!/usr/bin/env node
// The app benchmark (`npm run bench:app`): builds Kutla into a temporary folder (never dist/, and
// outside the tree so linters and formatters never see the output), serves each build on
// 127.0.0.1 at a free port, drives Chromium, prints a JSON report and a table, and saves the
// report as test/bench/results/<date>-<commit>.json and test/bench/results/latest.md.
//
// Options: --quick (fewer repetitions), --no-lighthouse, --no-save, --only load,clicks,heap,lighthouse
// (a subset of the measures, not saved), --cpu-slowdown <n> (an extra set of loads and clicks with Chromium's
// CPU throttled n times, as on a slow laptop or phone).
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from '@playwright/test'
import * as prettier from 'prettier'
import { sizeBuild, viteBuild } from './build.mjs'
import { lighthouseRun, medianOfRuns } from './lighthouse-scores.mjs'
import { clickLatency, coldLoad, heapGrowth, round, stats } from './page-metrics.mjs'
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
  coldLoads: quick ? 5 : 7,
  clicks: quick ? 50 : 60,
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

export const BUDGETS = {
  firstLoadJsGzip: 100 * 1024,
  clickToPaintMedian2018: 16,
  clickToPaintMedian200: 50,
  lighthouse: { accessibility: 100, 'best-practices': 100, seo: 100, performanceMobile: 95 },
  heapGrowth: 1024 * 1024,
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
    }
    if (parts.has('load') && settings.cpuSlowdown > 1) {
      log(`${settings.coldLoads} cold loads at ${settings.cpuSlowdown}× CPU slowdown…`)
      report.loadSlowCpu = {
        cpuSlowdown: settings.cpuSlowdown,
        ...(await loads(browser, server.url, settings.cpuSlowdown)),
      }
    }

    if (parts.has('clicks')) {
      log(`click-to-paint, ${settings.clicks} clicks, 2018 data…`)
      report.clicks2018 = await clickLatency(browser, server.url, { clicks: settings.clicks })
      log(`click-to-paint, ${settings.clicks} clicks, ${synthetic.lists} lists…`)
      report.clicks200 = {
        ...(await clickLatency(browser, server200.url, { clicks: settings.clicks })),
        chamberSize: synthetic.chamberSize,
      }
    }
    if (parts.has('clicks') && settings.cpuSlowdown > 1) {
      log(`click-to-paint at ${settings.cpuSlowdown}× CPU slowdown…`)
      report.clicksSlowCpu = {
        cpuSlowdown: settings.cpuSlowdown,
        data2018: await clickLatency(browser, server.url, {
          clicks: 50,
          cpuSlowdown: settings.cpuSlowdown,
        }),
        data200: await clickLatency(browser, server200.url, {
          clicks: 50,
          cpuSlowdown: settings.cpuSlowdown,
        }),
      }
    }

    if (parts.has('heap')) {
      log(`JS heap after 10, 1,000 and 2,000 toggles (${settings.heapRuns}×)…`)
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

/** Each budget with the measured figure and whether it is met (for the parts measured). */
function verdicts(r) {
  const v = []
  const add = (budget, measured, limit, unit, met) => v.push({ budget, measured, limit, unit, met })
  const firstJs = r.bytes.beforeFirstInteraction.js.gzip
  add(
    'First-load JS (gzip)',
    firstJs,
    BUDGETS.firstLoadJsGzip,
    'bytes',
    firstJs <= BUDGETS.firstLoadJsGzip,
  )
  if (r.clicks2018) {
    const ms18 = r.clicks2018.frame.median
    const ms200 = r.clicks200.frame.median
    const limit18 = BUDGETS.clickToPaintMedian2018
    const limit200 = BUDGETS.clickToPaintMedian200
    add('Click-to-paint median, 2018', ms18, limit18, 'ms', ms18 < limit18)
    add('Click-to-paint median, 200 lists', ms200, limit200, 'ms', ms200 < limit200)
  }
  if (r.heap) {
    const growth = r.heap.growth
    add(
      'Heap growth, 10 → 1,000 toggles',
      growth,
      BUDGETS.heapGrowth,
      'bytes',
      growth <= BUDGETS.heapGrowth,
    )
  }
  if (r.lighthouse) {
    const { mobile, desktop } = r.lighthouse
    const perf = mobile.scores.performance
    const limit = BUDGETS.lighthouse.performanceMobile
    add('Lighthouse performance (mobile)', perf, limit, 'score', perf >= limit)
    for (const c of ['accessibility', 'best-practices', 'seo']) {
      const worst = Math.min(mobile.scores[c], desktop.scores[c])
      add(
        `Lighthouse ${c} (mobile, desktop)`,
        worst,
        BUDGETS.lighthouse[c],
        'score',
        worst >= BUDGETS.lighthouse[c],
      )
    }
  }
  const warnings = r.build.warnings.length
  add('vite build warnings', warnings, 0, 'count', warnings === 0)
  if (r.load) {
    const foreign = r.load.offOriginRequests.length
    add('Requests to other origins', foreign, 0, 'count', foreign === 0)
  }
  return v
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})

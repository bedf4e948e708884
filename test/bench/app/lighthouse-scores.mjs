// Lighthouse scores through its Node API, with chrome-launcher (a dependency of lighthouse) pointed
// at the same Chromium as the rest of the benchmark.
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import desktopConfig from 'lighthouse/core/config/desktop-config.js'

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo']
const METRICS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
]

/**
 * One Lighthouse run ('mobile' is Lighthouse's default: a mid-range phone on slow 4G, simulated;
 * 'desktop' its desktop preset). Returns the four scores (0-100), the lab metrics, and the audits
 * that cost points outside performance.
 */
export async function lighthouseRun(url, formFactor, { chromePath, chromeFlags }) {
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless=new', ...chromeFlags],
    logLevel: 'silent',
  })
  try {
    const result = await lighthouse(
      url,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES },
      formFactor === 'desktop' ? desktopConfig : undefined,
    )
    if (!result) throw new Error('Lighthouse returned no result')
    const { lhr } = result
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`)
    const scores = Object.fromEntries(
      CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]),
    )
    const metrics = Object.fromEntries(
      METRICS.map((id) => [id, lhr.audits[id]?.numericValue ?? null]),
    )
    const lost = []
    for (const c of CATEGORIES) {
      for (const ref of lhr.categories[c]?.auditRefs ?? []) {
        const audit = lhr.audits[ref.id]
        if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
          lost.push({ category: c, id: ref.id, score: audit.score, title: audit.title })
        }
      }
    }
    return { scores, metrics, lost, warnings: lhr.runWarnings ?? [] }
  } finally {
    chrome.kill()
  }
}

/** Median of each score and metric over several runs. */
export function medianOfRuns(runs) {
  const median = (values) => {
    const s = values.filter((v) => v !== null).sort((a, b) => a - b)
    if (s.length === 0) return null
    const mid = Math.floor(s.length / 2)
    return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2
  }
  const pick = (key) =>
    Object.fromEntries(
      Object.keys(runs[0][key]).map((k) => [k, median(runs.map((r) => r[key][k]))]),
    )
  const lost = new Map()
  for (const run of runs) for (const a of run.lost) lost.set(`${a.category}:${a.id}`, a)
  return {
    runs: runs.length,
    scores: pick('scores'),
    perRun: runs.map((r) => r.scores),
    metrics: pick('metrics'),
    lost: [...lost.values()],
    warnings: [...new Set(runs.flatMap((r) => r.warnings))],
  }
}

// Formats an app benchmark report as a terminal table and as Markdown (bench/results/latest.md).

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`
const ms = (x) => (x === null || x === undefined || Number.isNaN(x) ? '–' : `${x.toFixed(1)} ms`)

function formatMeasured(v) {
  if (v.unit === 'bytes')
    return v.budget.startsWith('Heap') ? `${(v.measured / 1024).toFixed(0)} KB` : kb(v.measured)
  if (v.unit === 'ms') return ms(v.measured)
  return String(v.measured)
}

function formatLimit(v) {
  if (v.unit === 'bytes') return v.budget.startsWith('Heap') ? '≤ 1,024 KB' : `≤ ${kb(v.limit)}`
  if (v.unit === 'ms') return `< ${v.limit} ms`
  if (v.unit === 'score') return v.limit === 100 ? '100' : `≥ ${v.limit}`
  return String(v.limit)
}

function rows(report) {
  const { load, clicks2018: c18, clicks200: c200 } = report
  return {
    budgets: report.verdicts.map((v) => [
      v.budget,
      formatMeasured(v),
      formatLimit(v),
      v.met ? 'met' : 'MISSED',
    ]),
    chunks: report.bytes.files.map((f) => [
      f.file,
      f.beforeFirstInteraction ? 'before first click' : 'later (lazy)',
      kb(f.raw),
      kb(f.gzip),
    ]),
    timings: [
      ['First contentful paint', ms(load.fcp.median), ms(load.fcp.p95)],
      ['Party list clickable', ms(load.listClickable.median), ms(load.listClickable.p95)],
      ['Chart drawn', ms(load.chartShown.median), ms(load.chartShown.p95)],
      ...(report.loadSlowCpu
        ? [
            [
              `First contentful paint, ${report.loadSlowCpu.cpuSlowdown}× slower CPU`,
              ms(report.loadSlowCpu.fcp.median),
              ms(report.loadSlowCpu.fcp.p95),
            ],
            [
              `Party list clickable, ${report.loadSlowCpu.cpuSlowdown}× slower CPU`,
              ms(report.loadSlowCpu.listClickable.median),
              ms(report.loadSlowCpu.listClickable.p95),
            ],
          ]
        : []),
      [`Click → DOM updated, 2018 (${c18.lists} lists)`, ms(c18.commit.median), ms(c18.commit.p95)],
      [`Click → frame rendered, 2018`, ms(c18.frame.median), ms(c18.frame.p95)],
      [`Click → next frame (double rAF), 2018`, ms(c18.doubleRaf.median), ms(c18.doubleRaf.p95)],
      [`Click → DOM updated, ${c200.lists} lists`, ms(c200.commit.median), ms(c200.commit.p95)],
      [`Click → frame rendered, ${c200.lists} lists`, ms(c200.frame.median), ms(c200.frame.p95)],
      [
        `Click → next frame (double rAF), ${c200.lists} lists`,
        ms(c200.doubleRaf.median),
        ms(c200.doubleRaf.p95),
      ],
      ['Inert click → frame rendered (floor)', ms(c18.inert.frame.median), ms(c18.inert.frame.p95)],
      [
        'Inert click → next frame (floor)',
        ms(c18.inert.doubleRaf.median),
        ms(c18.inert.doubleRaf.p95),
      ],
      ...(report.clicksSlowCpu
        ? [
            [
              `Click → frame rendered, 2018, ${report.clicksSlowCpu.cpuSlowdown}× slower CPU`,
              ms(report.clicksSlowCpu.data2018.frame.median),
              ms(report.clicksSlowCpu.data2018.frame.p95),
            ],
            [
              `Click → frame rendered, ${c200.lists} lists, ${report.clicksSlowCpu.cpuSlowdown}× slower CPU`,
              ms(report.clicksSlowCpu.data200.frame.median),
              ms(report.clicksSlowCpu.data200.frame.p95),
            ],
          ]
        : []),
    ],
    lighthouse: report.lighthouse
      ? ['mobile', 'desktop'].map((f) => {
          const l = report.lighthouse[f]
          return [
            f,
            String(l.scores.performance),
            String(l.scores.accessibility),
            String(l.scores['best-practices']),
            String(l.scores.seo),
            ms(l.metrics['first-contentful-paint']),
            ms(l.metrics['largest-contentful-paint']),
            ms(l.metrics['total-blocking-time']),
            (l.metrics['cumulative-layout-shift'] ?? 0).toFixed(3),
          ]
        })
      : [],
  }
}

function pad(table) {
  const widths = table[0].map((_, i) => Math.max(...table.map((r) => String(r[i]).length)))
  return table.map((r) => r.map((c, i) => String(c).padEnd(widths[i])).join('  ')).join('\n')
}

function heapText(h) {
  const k = h.growthByKind
  return (
    `JS heap after 10 toggles ${kb(h.afterSmall)}, after 1,000 ${kb(h.afterLarge)} ` +
    `(growth ${kb(h.growth)}), after 2,000 ${kb(h.afterLarger)} ` +
    `(growth ${kb(h.growthAfterWarmup)} over the second thousand); median of ${h.runs.length}. ` +
    `Heap snapshots split the first thousand's growth into JavaScript objects ${kb(k.jsObjects)}, ` +
    `compiled code ${kb(k.compiledCode)} and engine/DOM internals ${kb(k.engineAndDom)}.`
  )
}

/** A short table for the terminal. */
export function textTable(report) {
  const r = rows(report)
  const parts = [
    `\nKutla app benchmark · ${report.commit} · ${report.date.slice(0, 16).replace('T', ' ')} UTC`,
    '',
    pad([['Budget', 'Measured', 'Limit', ''], ...r.budgets]),
    '',
    pad([['Chunk', 'Loaded', 'Raw', 'Gzip'], ...r.chunks]),
    '',
    pad([['Timing (median of runs)', 'Median', 'p95'], ...r.timings]),
    '',
    heapText(report.heap),
  ]
  if (r.lighthouse.length) {
    parts.push(
      '',
      pad([
        ['Lighthouse', 'Perf', 'A11y', 'Best', 'SEO', 'FCP', 'LCP', 'TBT', 'CLS'],
        ...r.lighthouse,
      ]),
    )
  }
  return `${parts.join('\n')}\n`
}

function mdTable(header, body) {
  const line = (cells) => `| ${cells.join(' | ')} |`
  return [line(header), line(header.map(() => '---')), ...body.map(line)].join('\n')
}

/** bench/results/latest.md: the figures the README links to. */
export function markdownReport(report, jsonFile) {
  const r = rows(report)
  const sections = [
    '# Kutla performance: latest figures',
    '',
    `Measured by \`npm run bench:app\` on ${report.date.slice(0, 10)} at commit \`${report.commit}\`` +
      `${report.uncommittedAppFiles ? ` (plus ${report.uncommittedAppFiles} uncommitted app files)` : ''}` +
      `, ${report.machine.browser}, Node ${report.machine.node}, ${report.machine.cores} cores. ` +
      `Full report: [\`${jsonFile}\`](./${jsonFile}). Timings are medians; the machine was shared, so ` +
      'expect a few milliseconds of noise.',
    '',
    '## Budgets',
    '',
    mdTable(
      ['Budget', 'Measured', 'Limit', ''],
      r.budgets.map((b) => [b[0], b[1], b[2], b[3] === 'met' ? '✅ met' : '❌ missed']),
    ),
    '',
    '## Bytes',
    '',
    `Gzip at level ${report.bytes.gzipLevel}. “Before first click” is what index.html loads (entry script, ` +
      'module preloads, stylesheet); the chart and the service worker registration load after.',
    '',
    mdTable(['Chunk', 'Loaded', 'Raw', 'Gzip'], r.chunks),
    '',
    '## Timings',
    '',
    `${report.settings.coldLoads} cold loads (fresh browser context each, no cache) and ` +
      `${report.settings.clicks} clicks per data set, at 1280×900. “Frame rendered” is the click ` +
      'event to the end of the frame that shows the new total and chart (requestAnimationFrame, then ' +
      'the next task); “next frame” adds a second requestAnimationFrame, which waits for the next ' +
      'vsync: the inert click shows what the method itself costs.',
    '',
    mdTable(['Measure', 'Median', 'p95'], r.timings),
    '',
    '## Memory',
    '',
    heapText(report.heap),
  ]
  if (r.lighthouse.length) {
    sections.push(
      '',
      '## Lighthouse 12.2.3',
      '',
      `Median of ${report.lighthouse.mobile.runs} run(s) per form factor.`,
      '',
      mdTable(
        [
          'Form factor',
          'Performance',
          'Accessibility',
          'Best practices',
          'SEO',
          'FCP',
          'LCP',
          'TBT',
          'CLS',
        ],
        r.lighthouse,
      ),
    )
    const lost = ['mobile', 'desktop'].flatMap((f) =>
      report.lighthouse[f].lost.map(
        (a) => `- ${f}, ${a.category}: ${a.title} (${a.id}, score ${a.score})`,
      ),
    )
    if (lost.length) sections.push('', 'Audits that cost points:', '', ...lost)
  }
  return `${sections.join('\n')}\n`
}

// Formats an app benchmark report as a terminal table and as Markdown (test/bench/results/latest.md).

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
  const {
    load,
    loadSlowCpu: slow,
    clicks2018: c18,
    clicks200: c200,
    clicksSlowCpu: slowClicks,
  } = report
  const timing = (label, m) => [label, ms(m.median), ms(m.p95)]
  const timings = []
  if (load) {
    timings.push(
      timing('First contentful paint', load.fcp),
      timing('Party list clickable', load.listClickable),
      timing('Chart drawn', load.chartShown),
    )
  }
  if (slow) {
    timings.push(
      timing(`First contentful paint, ${slow.cpuSlowdown}× slower CPU`, slow.fcp),
      timing(`Party list clickable, ${slow.cpuSlowdown}× slower CPU`, slow.listClickable),
    )
  }
  if (c18) {
    timings.push(
      timing(`Click → DOM updated, 2018 (${c18.lists} lists)`, c18.commit),
      timing('Click → frame rendered, 2018', c18.frame),
      timing('Click → next frame (double rAF), 2018', c18.doubleRaf),
      timing(`Click → DOM updated, ${c200.lists} lists`, c200.commit),
      timing(`Click → frame rendered, ${c200.lists} lists`, c200.frame),
      timing(`Click → next frame (double rAF), ${c200.lists} lists`, c200.doubleRaf),
      timing('Inert click → frame rendered (floor)', c18.inert.frame),
      timing('Inert click → next frame (floor)', c18.inert.doubleRaf),
    )
  }
  if (slowClicks) {
    const x = slowClicks.cpuSlowdown
    timings.push(
      timing(`Click → frame rendered, 2018, ${x}× slower CPU`, slowClicks.data2018.frame),
      timing(
        `Click → frame rendered, ${c200.lists} lists, ${x}× slower CPU`,
        slowClicks.data200.frame,
      ),
    )
  }
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
    timings,
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
  const split = (k) =>
    `JavaScript objects ${kb(k.jsObjects)}, compiled code ${kb(k.compiledCode)}, ` +
    `engine/DOM internals ${kb(k.engineAndDom)}`
  return (
    `JS heap after 10 toggles ${kb(h.afterSmall)}, after 1,000 ${kb(h.afterLarge)} ` +
    `(growth ${kb(h.growth)}), after 2,000 ${kb(h.afterLarger)} ` +
    `(growth ${kb(h.growthAfterWarmup)} over the second thousand); median of ${h.runs.length}. ` +
    `Heap snapshots split the first thousand's growth into ${split(h.growthByKind)}; ` +
    `the second thousand's into ${split(h.growthByKindAfterWarmup)}.`
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
  ]
  if (r.timings.length) parts.push('', pad([['Timing', 'Median', 'p95'], ...r.timings]))
  if (report.heap) parts.push('', heapText(report.heap))
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

function loadNote({ loadAverageAtStart: start, loadAverageAtEnd: end, cores }) {
  const busy = Math.max(start[0], end[0]) > cores
  return (
    `Load average (1 min) ${start[0]} at the start, ${end[0]} at the end, on ${cores} cores: ` +
    (busy
      ? 'other work was competing for the CPU, so every timing is slower than on a quiet machine.'
      : 'the machine was otherwise quiet.')
  )
}

/** test/bench/results/latest.md: the figures the README links to. */
export function markdownReport(report, jsonFile) {
  const r = rows(report)
  const sections = [
    '# Kutla performance: latest figures',
    '',
    `Measured by \`npm run bench:app\` on ${report.date.slice(0, 10)} at commit \`${report.commit}\`` +
      `${report.uncommittedAppFiles ? ` (plus ${report.uncommittedAppFiles} uncommitted app files)` : ''}` +
      `, ${report.machine.browser}, Node ${report.machine.node}, ${report.machine.cores} cores. ` +
      `Full report: [\`${jsonFile}\`](./${jsonFile}). Timings are medians. ${loadNote(report.machine)}`,
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
  ]
  if (r.timings.length) {
    sections.push(
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
    )
  }
  if (report.heap) sections.push('', '## Memory', '', heapText(report.heap))
  if (r.lighthouse.length) {
    sections.push(
      '',
      '## Lighthouse 12.2.3',
      '',
      `Mobile: median of ${report.lighthouse.mobile.runs} run(s); desktop: ${report.lighthouse.desktop.runs}.`,
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

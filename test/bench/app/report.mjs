// Formats an app benchmark report as a terminal table and as Markdown (test/bench/results/latest.md).

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`
const ms = (x) => (x === null || x === undefined || Number.isNaN(x) ? '–' : `${x.toFixed(1)} ms`)

function figure(value, unit) {
  if (value === null || value === undefined || Number.isNaN(value)) return '–'
  if (unit === 'bytes') return kb(value)
  if (unit === 'ms') return ms(value)
  if (unit === 'cls') return value.toFixed(3)
  return String(value)
}

function budgetRow(v) {
  const limit = v.limit === null ? '' : `${v.op} ${figure(v.limit, v.unit)}`
  return [
    v.measure,
    figure(v.value, v.unit),
    v.floor === null ? '' : ms(v.floor),
    [limit, v.note && `(${v.note})`].filter(Boolean).join(' '),
    v.met === null ? '–' : v.met ? 'met' : 'MISSED',
  ]
}

function timingRows(report) {
  const { load, loadSlowCpu: slow, presses2018, presses200, pressesSlowCpu } = report
  const floor = presses2018?.floor.median ?? null
  const timing = (label, m, f = floor) => [label, ms(m.median), ms(m.p95), ms(f)]
  const rows = []
  if (load) {
    rows.push(
      timing('Cold load → first contentful paint', load.fcp),
      timing('Cold load → party list pressable', load.listClickable),
      timing('Cold load → chart drawn', load.chartShown),
    )
  }
  if (slow) {
    const x = `${slow.cpuSlowdown}× CPU slowdown`
    rows.push(
      timing(`Cold load → first contentful paint, ${x}`, slow.fcp, null),
      timing(`Cold load → party list pressable, ${x}`, slow.listClickable, null),
      timing(`Cold load → chart drawn, ${x}`, slow.chartShown, null),
    )
  }
  const presses = (p, label) => [
    timing(`Press → new verdict, ${label}`, p.verdict, p.floor.median),
    timing(`Press → chart and hemicycle, ${label}`, p.visuals, p.floor.median),
    timing(`Inert press → frame (floor), ${label}`, p.floor, p.floor.median),
  ]
  if (presses2018) {
    rows.push(
      ...presses(presses2018, `2018 (${presses2018.lists} lists)`),
      ...presses(presses200, `${presses200.lists} lists`),
      ...presses(pressesSlowCpu, `2018, ${pressesSlowCpu.cpuSlowdown}× CPU slowdown`),
    )
  }
  return rows
}

function chunkRows(report) {
  const fetched = new Map((report.byNetworkIdle?.files ?? []).map((f) => [f.file, f]))
  return report.bytes.files.map((f) => [
    f.file,
    f.beforeFirstInteraction ? 'yes' : '',
    report.byNetworkIdle ? (fetched.get(f.file)?.by ?? 'not fetched') : '–',
    kb(f.raw),
    kb(f.gzip),
  ])
}

function bytesText({ bytes, byNetworkIdle: idle }) {
  const first = bytes.beforeFirstInteraction
  const parts = [
    `Before the first press, index.html loads ${kb(first.js.gzip + first.css.gzip)} gzip ` +
      `(JS ${kb(first.js.gzip)}, CSS ${kb(first.css.gzip)}): entry script, module preloads, stylesheets.`,
  ]
  if (idle) {
    parts.push(
      `By network idle, without a press, ${idle.files.length} JS and CSS files crossed the network: ` +
        `${kb(idle.gzip)} gzip, ${kb(idle.byPage)} requested by the page and ` +
        `${kb(idle.byServiceWorker)} by its service worker (state: ${idle.serviceWorker ?? 'none'}); ` +
        `counted from the server's log of one cold load, ${idle.seconds} s to idle.`,
    )
  }
  return parts.join(' ')
}

function heapText(h) {
  const split = (k) =>
    `JavaScript objects ${kb(k.jsObjects)}, compiled code ${kb(k.compiledCode)}, ` +
    `engine/DOM internals ${kb(k.engineAndDom)}`
  return (
    `JS heap after 10 presses ${kb(h.afterSmall)}, after 1,000 ${kb(h.afterLarge)} ` +
    `(growth ${kb(h.growth)}), after 2,000 ${kb(h.afterLarger)} ` +
    `(growth ${kb(h.growthAfterWarmup)} over the second thousand); median of ${h.runs.length}. ` +
    `Heap snapshots split the first thousand's growth into ${split(h.growthByKind)}; ` +
    `the second thousand's into ${split(h.growthByKindAfterWarmup)}.`
  )
}

/** Build warnings, requests to other origins, presses that never showed, page errors, hooks used. */
function checksText(report) {
  const lines = [`vite build warnings: ${report.build.warnings.length}.`]
  if (report.load) {
    lines.push(`Requests to other origins: ${report.load.offOriginRequests.length}.`)
  }
  const sessions = [report.presses2018, report.presses200, report.pressesSlowCpu].filter(Boolean)
  if (sessions.length) {
    const failures = sessions.reduce((n, p) => n + p.failures, 0)
    const errors = new Set(sessions.flatMap((p) => p.errors))
    const hooks = Object.entries(sessions[0].dataHooks)
    const found = (using) =>
      hooks
        .filter(([, h]) => h === using)
        .map(([k]) => k)
        .join(', ') || 'none'
    lines.push(
      `Presses whose verdict, chart or hemicycle did not change within 5 s: ${failures}.`,
      `Page errors during presses: ${errors.size}.`,
      `Found by data hook: ${found(true)}; by today's markup: ${found(false)}.`,
    )
  }
  return lines
}

function lighthouseRows(report) {
  return ['mobile', 'desktop'].map((f) => {
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
}

const BUDGET_HEADER = ['Budget', 'Measured', 'Floor', 'Limit', '']
const CHUNK_HEADER = ['File', 'Before first press', 'By network idle', 'Raw', 'Gzip']
const TIMING_HEADER = ['Measure', 'Median', 'p95', 'Floor']
const LIGHTHOUSE_HEADER = ['Form factor', 'Perf', 'A11y', 'Best', 'SEO', 'FCP', 'LCP', 'TBT', 'CLS']

function pad(table) {
  const widths = table[0].map((_, i) => Math.max(...table.map((r) => String(r[i]).length)))
  return table.map((r) => r.map((c, i) => String(c).padEnd(widths[i])).join('  ')).join('\n')
}

/** A short table for the terminal. */
export function textTable(report) {
  const timings = timingRows(report)
  const parts = [
    `\nKutla app benchmark · ${report.commit} · ${report.date.slice(0, 16).replace('T', ' ')} UTC`,
    '',
    pad([BUDGET_HEADER, ...report.verdicts.map(budgetRow)]),
    '',
    pad([CHUNK_HEADER, ...chunkRows(report)]),
    bytesText(report),
  ]
  if (timings.length) parts.push('', pad([TIMING_HEADER, ...timings]))
  if (report.heap) parts.push('', heapText(report.heap))
  if (report.lighthouse) parts.push('', pad([LIGHTHOUSE_HEADER, ...lighthouseRows(report)]))
  parts.push('', ...checksText(report), loadNote(report.machine))
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
  const timings = timingRows(report)
  const s = report.settings
  const sections = [
    '# Kutla performance: latest figures',
    '',
    `Measured by \`npm run bench:app\` on ${report.date.slice(0, 10)} at commit \`${report.commit}\`` +
      `${report.uncommittedAppFiles ? ` (plus ${report.uncommittedAppFiles} uncommitted app files)` : ''}` +
      `, ${report.machine.browser}, Node ${report.machine.node}, ${report.machine.cores} cores. ` +
      `Full report: [\`${jsonFile}\`](./${jsonFile}). ${loadNote(report.machine)}`,
    '',
    '## Budgets',
    '',
    'A press is timed in the page from its click event to the end of the first frame that shows the ' +
      'change: the page is checked in each requestAnimationFrame callback, and the time is taken in the ' +
      'next task, once that frame has been rendered. “New verdict”: the verdict of the coalition being ' +
      'edited has new text. “Chart and hemicycle”: both show the new seat total. The floor is the same ' +
      'method on an inert press (the page heading), in the same session: what the method itself costs.',
    '',
    mdTable(
      BUDGET_HEADER,
      report.verdicts.map(budgetRow).map((r) => {
        const met = { met: '✅ met', MISSED: '❌ missed' }[r[4]] ?? '–'
        return [...r.slice(0, 4), met]
      }),
    ),
    '',
    '## Bytes',
    '',
    `Gzip at level ${report.bytes.gzipLevel}. ${bytesText(report)}`,
    '',
    mdTable(CHUNK_HEADER, chunkRows(report)),
  ]
  if (timings.length) {
    sections.push(
      '',
      '## Timings',
      '',
      `At 1280×900: ${s.coldLoads} cold loads (fresh browser context each, no cache); ` +
        `${s.presses} presses per data set on the first ten lists with seats, in then out again, ` +
        `and ${s.floorPresses} inert presses; ${s.slowCpuPresses} presses with the CPU slowed down. ` +
        'Floor: the inert press of the same session (for cold loads, that of the 2018 presses).',
      '',
      mdTable(TIMING_HEADER, timings),
    )
  }
  if (report.heap) sections.push('', '## Memory', '', heapText(report.heap))
  if (report.lighthouse) {
    sections.push(
      '',
      '## Lighthouse 12.2.3',
      '',
      `Mobile: median of ${report.lighthouse.mobile.runs} run(s); desktop: ${report.lighthouse.desktop.runs}.`,
      '',
      mdTable(LIGHTHOUSE_HEADER, lighthouseRows(report)),
    )
    const lost = ['mobile', 'desktop'].flatMap((f) =>
      report.lighthouse[f].lost.map(
        (a) => `- ${f}, ${a.category}: ${a.title} (${a.id}, score ${a.score})`,
      ),
    )
    if (lost.length) sections.push('', 'Audits that cost points:', '', ...lost)
  }
  sections.push('', '## Checks', '', ...checksText(report).map((line) => `- ${line}`))
  return `${sections.join('\n')}\n`
}

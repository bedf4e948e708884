// What a user feels, measured in Chromium through Playwright: cold loads, click-to-paint latency
// and the JS heap after many toggles. Every figure is taken in the page with performance.now().

/** The elements the benchmark reads. Kept here so a markup change is a one-line fix. */
export const SELECTORS = {
  /** A list in the party list: pressing it toggles it in the coalition being edited. */
  listButton: '.party-list button[aria-pressed]',
  /** The seat count shown inside a list button. */
  listSeats: '.party-seats',
  /** The seat total of the coalition being edited. */
  activeTotal: '.active-verdict strong',
  /** The drawn chart and one stacked segment (one per member list). */
  chart: '.chart-box svg.recharts-surface',
  chartSegment: '.recharts-bar-rectangle',
  /** Something that does nothing when clicked, to measure the method's own floor. */
  inert: 'h1',
}

export const VIEWPORT = { width: 1280, height: 900 }

/** Statistics over a list of numbers (ms). */
export function stats(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const at = (q) =>
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]
  return {
    n: sorted.length,
    median: round(quantile(sorted, 0.5)),
    p95: round(at(0.95)),
    min: round(sorted[0]),
    max: round(sorted[sorted.length - 1]),
  }
}

function quantile(sorted, q) {
  if (sorted.length === 0) return NaN
  const pos = (sorted.length - 1) * q
  const lo = Math.floor(pos)
  const hi = Math.ceil(pos)
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo)
}

export function round(x, digits = 1) {
  const f = 10 ** digits
  return Math.round(x * f) / f
}

async function newPage(browser, cpuSlowdown = 1) {
  const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'allow' })
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  if (cpuSlowdown > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown })
  const errors = []
  page.on('pageerror', (e) => errors.push(e.message))
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()))
  return { context, page, cdp, errors }
}

/**
 * One cold load in a fresh context (empty cache, no service worker): first contentful paint, the
 * moment the first list button is in the DOM, the moment a click on it could run (the next task
 * after that), and the JS/CSS transferred before then.
 */
export async function coldLoad(browser, url, { cpuSlowdown = 1 } = {}) {
  const { context, page, cdp, errors } = await newPage(browser, cpuSlowdown)
  await cdp.send('Network.enable')
  const requests = new Map()
  cdp.on('Network.requestWillBeSent', (e) => {
    requests.set(e.requestId, { url: e.request.url, start: e.timestamp })
  })
  cdp.on('Network.responseReceived', (e) => {
    const r = requests.get(e.requestId)
    if (r) Object.assign(r, { type: e.type, status: e.response.status })
  })
  cdp.on('Network.loadingFinished', (e) => {
    const r = requests.get(e.requestId)
    if (r) Object.assign(r, { end: e.timestamp, transferred: e.encodedDataLength })
  })
  await page.addInitScript((listButton) => {
    const marks = (window.__kutlaLoad = {})
    const observer = new MutationObserver(() => {
      if (marks.listShown !== undefined || !document.querySelector(listButton)) return
      marks.listShown = performance.now()
      observer.disconnect()
      // A click arriving now runs in the next task: that is when the list can really be used.
      const channel = new MessageChannel()
      channel.port1.onmessage = () => (marks.listClickable = performance.now())
      channel.port2.postMessage(0)
    })
    observer.observe(document, { childList: true, subtree: true })
  }, SELECTORS.listButton)

  const navStart = Date.now()
  await page.goto(url)
  await page.waitForFunction(() => window.__kutlaLoad.listClickable !== undefined, null, {
    timeout: 60_000,
  })
  await page.locator(SELECTORS.chart).first().waitFor({ timeout: 60_000 })
  const chartShown = await page.evaluate(() => performance.now())
  const timing = await page.evaluate(() => {
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]
    const nav = performance.getEntriesByType('navigation')[0]
    return {
      fcp: fcp ? fcp.startTime : null,
      domContentLoaded: nav ? nav.domContentLoadedEventEnd : null,
      listShown: window.__kutlaLoad.listShown,
      listClickable: window.__kutlaLoad.listClickable,
      timeOrigin: performance.timeOrigin,
    }
  })
  // CDP timestamps are monotonic seconds; the page's are ms since timeOrigin. Align them on the
  // document request, which starts at (about) timeOrigin.
  const all = [...requests.values()].filter((r) => r.end !== undefined)
  const doc = all.find((r) => r.type === 'Document')
  const toPageMs = (t) => (doc ? (t - doc.start) * 1000 : NaN)
  const assets = all
    .filter((r) => r.type === 'Script' || r.type === 'Stylesheet')
    .map((r) => ({
      file: new URL(r.url).pathname.replace(/^.*\/assets\//, 'assets/'),
      type: r.type,
      transferred: r.transferred,
      requestedAt: round(toPageMs(r.start)),
      finishedAt: round(toPageMs(r.end)),
    }))
  const before = assets.filter((a) => a.finishedAt <= timing.listClickable)
  const bytes = (type) =>
    before.filter((a) => a.type === type).reduce((total, a) => total + a.transferred, 0)
  const fonts = all.filter((r) => r.type === 'Font').map((r) => new URL(r.url).pathname)
  const offOrigin = all.filter((r) => !r.url.startsWith(new URL(url).origin)).map((r) => r.url)
  await context.close()
  return {
    fcp: timing.fcp,
    domContentLoaded: timing.domContentLoaded,
    listShown: timing.listShown,
    listClickable: timing.listClickable,
    chartShown,
    transferredBeforeClickable: { js: bytes('Script'), css: bytes('Stylesheet') },
    assets,
    fonts,
    offOrigin,
    errors,
    wallMs: Date.now() - navStart,
  }
}

/**
 * Click-to-paint: real clicks (Playwright drives the mouse) on the first `lists` list buttons,
 * in then out again, `clicks` times. For each click the page records, from performance.now() in
 * the click event:
 * - `commit`: the DOM shows the new state (button pressed state, new total, one chart segment
 *   per member);
 * - `frame`: the frame holding that DOM has been rendered (requestAnimationFrame, then the next
 *   task: style, layout and paint of that frame are done);
 * - `doubleRaf`: the requestAnimationFrame after that, i.e. the next frame has started, so the
 *   frame with the update was presented. At 60 Hz this adds the wait for the next vsync plus
 *   one whole frame, so even a click that changes nothing takes about 16.7 to 33 ms by this
 *   measure; the `inert` run measures that floor.
 */
export async function clickLatency(
  browser,
  url,
  { clicks = 60, lists = 10, cpuSlowdown = 1 } = {},
) {
  const { context, page, cdp, errors } = await newPage(browser, 1)
  await page.goto(url)
  await page.locator(SELECTORS.chart).first().waitFor({ timeout: 60_000 })
  await page.locator(SELECTORS.listButton).first().waitFor()
  // Start from an empty coalition being edited.
  if (cpuSlowdown > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown })
  await page.evaluate(installClickProbe, SELECTORS)

  const buttons = page.locator(SELECTORS.listButton)
  const count = await buttons.count()
  const targets = []
  for (let i = 0; i < count && targets.length < lists; i++) {
    const seats = await buttons.nth(i).locator(SELECTORS.listSeats).textContent()
    if (Number(seats?.replace(/[^0-9]/g, '')) > 0) targets.push(i)
  }
  for (let i = 0; i < clicks; i++) {
    await buttons.nth(targets[i % targets.length]).click()
    await page.waitForFunction((n) => window.__kutlaClicks.done >= n, i + 1, { timeout: 10_000 })
  }
  // The same probe on an element that changes nothing: the floor of each measure.
  const inert = page.locator(SELECTORS.inert).first()
  for (let i = 0; i < Math.min(clicks, 30); i++) {
    await inert.click()
    await page.waitForFunction((n) => window.__kutlaClicks.inertDone >= n, i + 1)
  }
  const raw = await page.evaluate(() => window.__kutlaClicks)
  await context.close()
  return {
    lists: count,
    clicks: raw.commit.length,
    failures: raw.failures,
    commit: stats(raw.commit),
    frame: stats(raw.frame),
    doubleRaf: stats(raw.doubleRaf),
    inert: { frame: stats(raw.inertFrame), doubleRaf: stats(raw.inertDoubleRaf) },
    errors,
  }
}

/** Runs in the page: times every click on a list (or on the inert element). */
function installClickProbe(sel) {
  const probe = (window.__kutlaClicks = {
    done: 0,
    inertDone: 0,
    failures: 0,
    commit: [],
    frame: [],
    doubleRaf: [],
    inertFrame: [],
    inertDoubleRaf: [],
  })
  const afterFrames = (t0, onFrame, onDouble) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel()
      channel.port1.onmessage = () => onFrame(performance.now() - t0)
      channel.port2.postMessage(0)
      requestAnimationFrame(() => onDouble(performance.now() - t0))
    })

  window.addEventListener(
    'click',
    (event) => {
      const t0 = performance.now()
      const target = event.target instanceof Element ? event.target : null
      if (target?.closest(sel.inert)) {
        let frame = 0
        afterFrames(
          t0,
          (ms) => (frame = ms),
          (ms) => {
            probe.inertFrame.push(frame)
            probe.inertDoubleRaf.push(ms)
            probe.inertDone++
          },
        )
        return
      }
      const button = target?.closest(sel.listButton)
      if (!button) return
      const wasPressed = button.getAttribute('aria-pressed')
      const totalBefore = document.querySelector(sel.activeTotal)?.textContent
      const updated = () => {
        if (button.getAttribute('aria-pressed') === wasPressed) return false
        if (document.querySelector(sel.activeTotal)?.textContent === totalBefore) return false
        const members = document.querySelectorAll(`${sel.listButton}[aria-pressed="true"]`).length
        const segments = document.querySelectorAll(`${sel.chart} ${sel.chartSegment}`).length
        return segments === members
      }
      let finished = false
      const finish = () => {
        if (finished) return
        finished = true
        observer.disconnect()
        clearTimeout(timer)
        probe.commit.push(performance.now() - t0)
        let frame = 0
        afterFrames(
          t0,
          (ms) => (frame = ms),
          (ms) => {
            probe.frame.push(frame)
            probe.doubleRaf.push(ms)
            probe.done++
          },
        )
      }
      const observer = new MutationObserver(() => updated() && finish())
      observer.observe(document.body, {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
      })
      const timer = setTimeout(() => {
        if (finished) return
        finished = true
        observer.disconnect()
        probe.failures++
        probe.done++
      }, 5000)
    },
    { capture: true },
  )
}

/**
 * JS heap (after forced garbage collections) once `small` toggles have been made, after `large`,
 * and after `larger`. Toggles go in pairs (a list in, then out), so every point has the same
 * coalition on screen. small → large is the budget; large → larger shows whether growth goes on
 * (a leak) or was warm-up. Heap snapshots at each point split the growth into
 * JavaScript objects (what a leak in the app would hold), compiled code (V8 optimising hot
 * functions) and the rest (engine and DOM internals, e.g. the browser's bounded buffers of
 * performance entries).
 */
export async function heapGrowth(browser, url, { small = 10, large = 1000, larger = 2000 } = {}) {
  const { context, page, cdp, errors } = await newPage(browser, 1)
  await page.goto(url)
  await page.locator(SELECTORS.chart).first().waitFor({ timeout: 60_000 })
  await cdp.send('Performance.enable')
  await cdp.send('HeapProfiler.enable')
  let made = 0
  const toggleUntil = async (to) => {
    await page.evaluate(
      async ({ from, to, listButton }) => {
        const buttons = [...document.querySelectorAll(listButton)].slice(0, 10)
        const nextTask = () =>
          new Promise((resolve) => {
            const channel = new MessageChannel()
            channel.port1.onmessage = resolve
            channel.port2.postMessage(0)
          })
        for (let i = from; i < to; i++) {
          buttons[Math.floor(i / 2) % buttons.length].click()
          // Let every toggle render; paint a frame every tenth.
          await (i % 10 === 9 ? new Promise((r) => requestAnimationFrame(r)) : nextTask())
        }
      },
      { from: made, to, listButton: SELECTORS.listButton },
    )
    made = to
  }
  const collect = async () => {
    for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage')
  }
  const heap = async () => {
    await collect()
    const { metrics } = await cdp.send('Performance.getMetrics')
    return metrics.find((m) => m.name === 'JSHeapUsedSize').value
  }
  const snapshot = async () => {
    await collect()
    const chunks = []
    const onChunk = (e) => chunks.push(e.chunk)
    cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk)
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false })
    cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk)
    return snapshotByKind(JSON.parse(chunks.join('')))
  }

  await toggleUntil(small)
  const afterSmall = await heap()
  const snapSmall = await snapshot()
  await toggleUntil(large)
  const afterLarge = await heap()
  const snapLarge = await snapshot()
  await toggleUntil(larger)
  const afterLarger = await heap()
  const snapLarger = await snapshot()
  await context.close()
  const diff = (a, b) => Object.fromEntries(Object.keys(b).map((k) => [k, b[k] - (a[k] ?? 0)]))
  return {
    small,
    large,
    larger,
    afterSmall,
    afterLarge,
    afterLarger,
    growth: afterLarge - afterSmall,
    growthAfterWarmup: afterLarger - afterLarge,
    growthByKind: diff(snapSmall, snapLarge),
    growthByKindAfterWarmup: diff(snapLarge, snapLarger),
    errors,
  }
}

/**
 * Bytes of a V8 heap snapshot by kind: JavaScript objects (what the app's code allocates and a
 * leak would hold, with their property and element stores), compiled code, and everything else
 * (engine internals such as hidden classes and feedback, and DOM/browser objects).
 */
function snapshotByKind(snapshot) {
  const { node_fields: fields, node_types: types } = snapshot.snapshot.meta
  const typeNames = types[0]
  const typeAt = fields.indexOf('type')
  const nameAt = fields.indexOf('name')
  const sizeAt = fields.indexOf('self_size')
  const js = new Set([
    'object',
    'closure',
    'string',
    'concatenated string',
    'sliced string',
    'number',
    'regexp',
    'bigint',
    'symbol',
  ])
  const stores = new Set(['(object properties)', '(object elements)'])
  const out = { jsObjects: 0, compiledCode: 0, engineAndDom: 0 }
  const nodes = snapshot.nodes
  for (let i = 0; i < nodes.length; i += fields.length) {
    const type = typeNames[nodes[i + typeAt]]
    const size = nodes[i + sizeAt]
    if (type === 'code') out.compiledCode += size
    else if (js.has(type) || (type === 'array' && stores.has(snapshot.strings[nodes[i + nameAt]])))
      out.jsObjects += size
    else out.engineAndDom += size
  }
  return out
}

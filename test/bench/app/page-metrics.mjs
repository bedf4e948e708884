// What a user feels, measured in Chromium through Playwright: cold loads, press-to-frame latency
// and the JS heap after many presses. Every figure is taken in the page with performance.now().

/**
 * The elements the benchmark reads. Each is found by the app's data hook where the page has it and
 * by today's markup where it does not, so a redesign of the layout does not break the benchmark.
 */
export const HOOKS = {
  /** A list in the party list: pressing it toggles it in the coalition being edited. */
  listButton: { hook: 'button[data-party-id]', today: '.party-list button[aria-pressed]' },
  /** The verdict of the coalition being edited: its text changes when the coalition does. */
  verdict: { hook: '[data-verdict]', today: '.active-verdict' },
  /** The hemicycle (data-seats: seats of the coalition shown); today, the number in its centre. */
  hemicycle: { hook: '[data-hemicycle]', today: 'svg.hemicycle .hemicycle-number' },
  /** The bar chart (data-seats once drawn); today, the Recharts <svg> with a segment per member. */
  chart: { hook: '[data-chart]', today: '.chart-box svg.recharts-surface' },
  chartSegment: '.recharts-bar-rectangle',
  /** The seat count inside a list button, where the button carries no data-seats. */
  listSeats: '.party-seats',
  /** Something that does nothing when pressed, to measure the method's own floor. */
  inert: 'h1',
}

/** Runs in the page before its scripts: window.__kutlaHooks reads the elements of HOOKS. */
function installHooks(h) {
  const q = (selector) => document.querySelector(selector)
  const lastNumber = (text) => {
    const numbers = (text ?? '').match(/[0-9]+/g)
    return numbers ? Number(numbers[numbers.length - 1]) : null
  }
  const seatsOf = (el) => (el.hasAttribute('data-seats') ? Number(el.dataset.seats) : null)
  const listSelector = () => (q(h.listButton.hook) ? h.listButton.hook : h.listButton.today)
  window.__kutlaHooks = {
    /** Runs `then` in the next task (a message to itself). */
    nextTask: (then) => {
      const channel = new MessageChannel()
      channel.port1.onmessage = then
      channel.port2.postMessage(0)
    },
    /** Which elements the page marks with the data hooks (the others are found by today's markup). */
    usingHooks: () =>
      Object.fromEntries(
        ['listButton', 'verdict', 'hemicycle', 'chart'].map((k) => [k, q(h[k].hook) !== null]),
      ),
    listSelector,
    listButtons: () => [...document.querySelectorAll(listSelector())],
    listSeats: (button) =>
      button.hasAttribute('data-seats')
        ? seatsOf(button)
        : lastNumber(
            button.querySelector(h.listSeats)?.textContent ?? button.getAttribute('aria-label'),
          ),
    verdictText: () => (q(h.verdict.hook) ?? q(h.verdict.today))?.textContent ?? null,
    hemicycleSeats: () => {
      const hook = q(h.hemicycle.hook)
      if (hook) return seatsOf(hook)
      const today = q(h.hemicycle.today)
      return today ? (lastNumber(today.textContent) ?? 0) : null
    },
    chartDrawn: () => {
      const hook = q(h.chart.hook)
      return hook ? hook.hasAttribute('data-seats') : q(h.chart.today) !== null
    },
    chartShows: (seats) => {
      const hook = q(h.chart.hook)
      if (hook) return seatsOf(hook) === seats
      // Today's chart says no seat count: it shows the coalition once it has a segment per member.
      const members = document.querySelectorAll(`${h.listButton.today}[aria-pressed="true"]`)
      const segments = document.querySelectorAll(`${h.chart.today} ${h.chartSegment}`)
      return q(h.chart.today) !== null && segments.length === members.length
    },
  }
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
  await context.addInitScript(installHooks, HOOKS)
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  if (cpuSlowdown > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown })
  const errors = []
  page.on('pageerror', (e) => errors.push(e.message))
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()))
  return { context, page, cdp, errors }
}

/** Runs in the page before its scripts: window.__kutlaLoad gets the moments of a cold load. */
function loadMarks() {
  const marks = (window.__kutlaLoad = {})
  const observer = new MutationObserver(() => {
    const hooks = window.__kutlaHooks
    const now = performance.now()
    if (marks.listShown === undefined && hooks.listButtons().length > 0) {
      marks.listShown = now
      // A press arriving now runs in the next task: that is when the list can really be used.
      hooks.nextTask(() => (marks.listClickable = performance.now()))
    }
    if (marks.chartSeen === undefined && hooks.chartDrawn()) {
      marks.chartSeen = now
      // The end of the frame that shows it: that frame's requestAnimationFrame, then the next task.
      requestAnimationFrame(() => hooks.nextTask(() => (marks.chartShown = performance.now())))
    }
    if (marks.listShown !== undefined && marks.chartSeen !== undefined) observer.disconnect()
  })
  observer.observe(document, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['data-seats'],
  })
}

/**
 * One cold load in a fresh context (empty cache, no service worker): first contentful paint, the
 * moment the first list button is in the DOM, the moment a press on it could run (the next task
 * after that), the end of the first frame showing the chart, and the JS/CSS transferred before the
 * list could be pressed.
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
  await page.addInitScript(loadMarks)

  const navStart = Date.now()
  await page.goto(url)
  await page.waitForFunction(
    () =>
      window.__kutlaLoad.listClickable !== undefined && window.__kutlaLoad.chartShown !== undefined,
    null,
    { timeout: 60_000 },
  )
  const timing = await page.evaluate(() => {
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]
    const nav = performance.getEntriesByType('navigation')[0]
    return {
      fcp: fcp ? fcp.startTime : null,
      domContentLoaded: nav ? nav.domContentLoadedEventEnd : null,
      listShown: window.__kutlaLoad.listShown,
      listClickable: window.__kutlaLoad.listClickable,
      chartShown: window.__kutlaLoad.chartShown,
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
    chartShown: timing.chartShown,
    transferredBeforeClickable: { js: bytes('Script'), css: bytes('Stylesheet') },
    assets,
    fonts,
    offOrigin,
    errors,
    wallMs: Date.now() - navStart,
  }
}

/**
 * Every JS and CSS file one cold load fetches (fresh context, service worker allowed, no press)
 * until the network has been idle for `quietMs`: what the page and its service worker requested,
 * as the server logged it. A file counts once, as fetched by whichever asked for it first; the
 * service worker's requests are its own script and those whose Referer is that script.
 */
export async function fetchedByNetworkIdle(browser, server, { quietMs = 1000 } = {}) {
  const { context, page, errors } = await newPage(browser, 1)
  const from = server.requests.length
  const log = () => server.requests.slice(from)
  const started = Date.now()
  const quiet = async () => {
    let seen = -1
    let quietSince = Date.now()
    while (Date.now() - quietSince < quietMs && Date.now() - started < 60_000) {
      await new Promise((resolve) => setTimeout(resolve, 50))
      const requests = log()
      if (requests.length !== seen || requests.some((r) => !r.done)) {
        seen = requests.length
        quietSince = Date.now()
      }
    }
  }
  // The page's main thread idle (so what it queued, such as registering its service worker, has
  // run), and whether a service worker is still installing.
  const pageSettled = () =>
    page.evaluate(async () => {
      await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 10_000 }))
      const registration = await navigator.serviceWorker?.getRegistration()
      const worker = registration?.active ?? registration?.installing ?? registration?.waiting
      return {
        settled: !registration?.installing && !registration?.waiting,
        worker: worker?.state ?? null,
      }
    })
  await page.goto(server.url)
  // Idle: no request open or new for quietMs, the page settled, then quiet again with nothing new.
  let state
  do {
    await quiet()
    const seen = log().length
    state = await pageSettled()
    await quiet()
    if (state.settled && log().length === seen) break
  } while (Date.now() - started < 60_000)
  await context.close()
  const base = new URL(server.url).pathname
  const workers = new Set(log().flatMap((r) => (r.dest === 'serviceworker' ? [r.path] : [])))
  const files = new Map()
  for (const r of log()) {
    const file = r.path.slice(base.length)
    if (!/\.(m?js|css)$/.test(file) || files.has(file)) continue
    const by = workers.has(r.path) || workers.has(r.referrer) ? 'service worker' : 'page'
    files.set(file, { file, by, kind: file.endsWith('.css') ? 'css' : 'js', gzip: r.bytes })
  }
  const list = [...files.values()]
  const sum = (by) => list.filter((f) => !by || f.by === by).reduce((t, f) => t + f.gzip, 0)
  return {
    files: list,
    gzip: sum(),
    byPage: sum('page'),
    byServiceWorker: sum('service worker'),
    serviceWorker: state.worker,
    seconds: round((Date.now() - started) / 1000, 1),
    errors,
  }
}

/**
 * Press-to-frame latency: real presses (Playwright drives the mouse) on the first `lists` lists
 * with seats, in then out again, `presses` times, then `floorPresses` on an element that changes
 * nothing. Each press is timed in the page from performance.now() in the click event (see
 * installPressProbe): `verdict` to the end of the first frame showing the new verdict, `visuals`
 * to the end of the first frame in which the hemicycle and the chart both show the new coalition,
 * and `floor` the same method on the inert element, i.e. what the method itself costs.
 */
export async function pressLatency(
  browser,
  url,
  { presses = 60, lists = 10, floorPresses = 30, cpuSlowdown = 1 } = {},
) {
  const { context, page, cdp, errors } = await newPage(browser, 1)
  await page.goto(url)
  await page.waitForFunction(
    () => window.__kutlaHooks.chartDrawn() && window.__kutlaHooks.listButtons().length > 0,
    null,
    { timeout: 60_000 },
  )
  if (cpuSlowdown > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown })
  await page.evaluate(installPressProbe, HOOKS.inert)
  const { selector, count, targets } = await page.evaluate((lists) => {
    const hooks = window.__kutlaHooks
    const buttons = hooks.listButtons()
    return {
      selector: hooks.listSelector(),
      count: buttons.length,
      targets: buttons
        .map((b, i) => (hooks.listSeats(b) > 0 ? i : -1))
        .filter((i) => i >= 0)
        .slice(0, lists),
    }
  }, lists)
  if (targets.length === 0) throw new Error(`no list with seats found by ${selector}`)
  let made = 0
  const press = async (target) => {
    await target.click()
    made++
    await page.waitForFunction((n) => window.__kutlaPresses.done >= n, made, { timeout: 15_000 })
  }
  const buttons = page.locator(selector)
  for (let i = 0; i < presses; i++) await press(buttons.nth(targets[i % targets.length]))
  for (let i = 0; i < floorPresses; i++) await press(page.locator(HOOKS.inert).first())
  const raw = await page.evaluate(() => window.__kutlaPresses)
  const dataHooks = await page.evaluate(() => window.__kutlaHooks.usingHooks())
  await context.close()
  return {
    lists: count,
    presses,
    failures: raw.failures,
    cpuSlowdown: Math.max(1, cpuSlowdown),
    verdict: stats(raw.verdict),
    visuals: stats(raw.visuals),
    floor: stats(raw.floor),
    dataHooks,
    errors,
  }
}

/**
 * Runs in the page: times every press on a list (or on the inert element). From the click event,
 * it checks the page in each requestAnimationFrame callback, i.e. just before that frame's style,
 * layout and paint; once the check holds, the next task runs after that frame has been rendered,
 * and its time is the figure. On the inert element the check holds at once: that is the floor.
 */
function installPressProbe(inert) {
  const hooks = window.__kutlaHooks
  const probe = (window.__kutlaPresses = {
    done: 0,
    failures: 0,
    verdict: [],
    visuals: [],
    floor: [],
  })
  const frameShowing = (t0, check, times) =>
    new Promise((resolve) => {
      const poll = () => {
        if (performance.now() - t0 > 5000) return resolve(false)
        if (!check()) return requestAnimationFrame(poll)
        hooks.nextTask(() => {
          times.push(performance.now() - t0)
          resolve(true)
        })
      }
      requestAnimationFrame(poll)
    })
  const finish = (results) => {
    if (!results.every(Boolean)) probe.failures++
    probe.done++
  }

  window.addEventListener(
    'click',
    (event) => {
      const t0 = performance.now()
      const target = event.target instanceof Element ? event.target : null
      if (target?.closest(inert)) {
        void frameShowing(t0, () => true, probe.floor).then((ok) => finish([ok]))
        return
      }
      const button = target?.closest(hooks.listSelector())
      if (!button) return
      const verdictBefore = hooks.verdictText()
      const seatsBefore = hooks.hemicycleSeats()
      const listSeats = hooks.listSeats(button)
      // The new total is the old one plus or minus the list's seats, whichever way it went.
      const shown = () => {
        const seats = hooks.hemicycleSeats()
        return Math.abs(seats - seatsBefore) === listSeats && hooks.chartShows(seats)
      }
      void Promise.all([
        frameShowing(t0, () => hooks.verdictText() !== verdictBefore, probe.verdict),
        frameShowing(t0, shown, probe.visuals),
      ]).then(finish)
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
  await page.waitForFunction(() => window.__kutlaHooks.chartDrawn(), null, { timeout: 60_000 })
  await cdp.send('Performance.enable')
  await cdp.send('HeapProfiler.enable')
  let made = 0
  const toggleUntil = async (to) => {
    await page.evaluate(
      async ({ from, to }) => {
        const buttons = window.__kutlaHooks.listButtons().slice(0, 10)
        const nextTask = () => new Promise((resolve) => window.__kutlaHooks.nextTask(resolve))
        for (let i = from; i < to; i++) {
          buttons[Math.floor(i / 2) % buttons.length].click()
          // Let every toggle render; paint a frame every tenth.
          await (i % 10 === 9 ? new Promise((r) => requestAnimationFrame(r)) : nextTask())
        }
      },
      { from: made, to },
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

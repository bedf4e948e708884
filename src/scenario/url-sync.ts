/**
 * Keeps the address bar and the scenario store in step. With share-link.ts (a share page's path,
 * read once at start-up), the only module that reads `location` or writes `history`; started
 * once, before the first render, from main.tsx.
 */
import type { StoreApi } from 'zustand'
import { type LinkNotice, useLinkNoticeStore } from './link-notice-store'
import { type ElectionCatalog, catalog } from '../elections/catalog'
import { CUSTOM_PARLIAMENT_ID } from '../elections/own-parliament'
import {
  type ScenarioState,
  type ScenarioStore,
  initialScenario,
  pickScenario,
  selectParliament,
  useScenarioStore,
  READER_SETTINGS,
  readerSettings,
} from './scenario-store'
import {
  LINK_BUDGET,
  type LinkAddress,
  isPacked,
  loadPacking,
  packLink,
  packingReady,
  unpackLink,
} from './link-packing'
import { changeKind } from './continuous-change'
import { LINK_FIELDS, PARAMS, decodeScenario, encodeScenario } from './url-codec'

type SyncedStore = Pick<StoreApi<ScenarioStore>, 'getState' | 'subscribe'>

/**
 * Opens the scenario in the current URL (or the opening state, with a notice, if the link cannot
 * be read), then keeps the URL in step with the store:
 *
 * - a discrete action (a list toggled, a coalition added, removed or selected, the seat version,
 *   reset, language or view) pushes a history entry, so Back and Forward act as undo and redo;
 * - continuous input (typing a coalition's name, typing one list's seats) pushes one entry when it
 *   starts and then replaces that entry while the same field keeps changing, so typing "Binaa"
 *   is one step back, not five;
 * - Back and Forward (`popstate`) load the entry's scenario without writing history;
 * - nothing is written when the link would not change;
 * - in the embed view every change replaces the entry on screen (never pushes), since a frame's
 *   history entries are the host page's.
 *
 * A scenario whose link would be longer than LINK_BUDGET is written packed in the fragment
 * (link-packing.ts), so no server sees a long request line; packed links are unpacked on opening.
 *
 * An address that carries no scenario (no Kutla parameter at all) opens `options.fallback()`
 * instead, if it gives a query that can be read (the last scenario saved on this device): the
 * link wins whenever there is one. The reader's language, digits, view and palette are kept.
 *
 * Returns a function that stops the sync.
 *
 * @example const stop = startUrlSync() // in main.tsx, before render
 */
export function startUrlSync(
  store: SyncedStore = useScenarioStore,
  win: Window = window,
  showNotice: (notice: LinkNotice) => void = useLinkNoticeStore.getState().showNotice,
  options: { fallback?: () => string | null } = {},
): () => void {
  /** The kind of the last continuous change written, e.g. 'name:c2'; null after anything else. */
  let lastContinuous: string | null = null
  /** True while a link is being loaded into the store, which must not write history. */
  let loading = false

  /** The address written for a query: packed when long; a fragment of the page's own is kept. */
  const addressOf = (query: string): string => {
    if (!packingReady() && (query.length + 1 > linkBudget(win) || hasOwnParliament(query))) {
      packWhenReady()
    }
    const { search, hash } = packLink(query, linkBudget(win))
    const own = isPacked(win.location.search) ? '' : win.location.hash
    return `${search}${hash || own}`
  }
  /**
   * A long link, or one with a parliament of one's own, is written as it is until the packing code
   * has arrived; then the entry on screen is written again, packed (the same history entry).
   */
  let packing = false
  const packWhenReady = () => {
    if (packing) return
    packing = true
    void loadPacking().then(
      () => {
        const state = pickScenario(store.getState())
        const address = addressOf(encodeScenario(state, catalogFor(state)))
        if (address !== currentAddress()) {
          win.history.replaceState(win.history.state, '', `${win.location.pathname}${address}`)
        }
      },
      () => {
        packing = false
      },
    )
  }
  const currentAddress = () => `${win.location.search}${win.location.hash}`
  const write = (query: string, how: 'push' | 'replace') => {
    const url = `${win.location.pathname}${addressOf(query)}`
    // Inside another site's page (the embed view), a new entry would be one of the host page's:
    // its Back button would step through presses made in the frame. The frame's own address is
    // replaced instead, so a reload still shows the scenario.
    if (how === 'push' && store.getState().view !== 'embed') win.history.pushState(null, '', url)
    else win.history.replaceState(null, '', url)
  }

  /**
   * Loads the URL's scenario and shows the cleaned link in its place. A link that could not be
   * read stays as it was, so it can still be copied (e.g. one from a newer version of Kutla).
   */
  function openCurrentUrl(atStart: boolean): void {
    const current = pickScenario(store.getState())
    if (atStart && openFallback(current)) return
    const unpacked = unpackLink(win.location.search, win.location.hash)
    const query = unpacked.ok ? unpacked.query : ''
    const decoded = unpacked.ok
      ? decodeScenario(query, catalogFor(current), undefined, { locale: current.locale })
      : unpacked
    const next = decoded.ok
      ? atStart
        ? keepReaderSettings(decoded.scenario, current, new URLSearchParams(query))
        : decoded.scenario
      : { ...initialScenario(current.electionId), ...readerSettings(current), ...embedOf(win) }
    loading = true
    try {
      store.getState().loadScenario(applyLink(current, next))
    } finally {
      loading = false
    }
    if (!decoded.ok) showNotice({ kind: 'unreadable', reason: decoded.reason })
    else if (decoded.warnings.length) showNotice({ kind: 'partial', warnings: decoded.warnings })
    if (decoded.ok) {
      const state = pickScenario(store.getState())
      const canonical = encodeScenario(state, catalogFor(state))
      if (addressOf(canonical) !== currentAddress()) write(canonical, 'replace')
    }
  }

  /** Opens the fallback scenario when the address carries none; false if it did not. */
  function openFallback(current: ScenarioState): boolean {
    const given = new URLSearchParams(win.location.search)
    if (Object.values(PARAMS).some((name) => given.has(name))) return false
    let query: string | null = null
    try {
      query = options.fallback?.() ?? null
    } catch {
      return false
    }
    if (!query) return false
    const decoded = decodeScenario(query, catalogFor(current), undefined, {
      locale: current.locale,
    })
    if (!decoded.ok) return false
    const next = keepReaderSettings(decoded.scenario, current, new URLSearchParams())
    loading = true
    try {
      store.getState().loadScenario(applyLink(current, next))
    } finally {
      loading = false
    }
    const state = pickScenario(store.getState())
    write(encodeScenario(state, catalogFor(state)), 'replace')
    return true
  }

  openCurrentUrl(true)

  const unsubscribe = store.subscribe((state, prev) => {
    const scenario = pickScenario(state)
    const query = encodeScenario(scenario, catalogFor(scenario))
    if (loading || addressOf(query) === currentAddress()) return
    const kind = continuousChange(prev, state)
    write(query, kind !== null && kind === lastContinuous ? 'replace' : 'push')
    lastContinuous = kind
  })

  const onPopState = () => {
    lastContinuous = null
    // A packed entry (possible only once this page has packed a link, so the code is usually here).
    if (isPacked(win.location.search) && !packingReady()) {
      void loadPacking().then(
        () => openCurrentUrl(false),
        () => openCurrentUrl(false),
      )
    } else openCurrentUrl(false)
  }
  win.addEventListener('popstate', onPopState)

  return () => {
    unsubscribe()
    win.removeEventListener('popstate', onPopState)
  }
}

/**
 * The current scenario with the fields a link carries (LINK_FIELDS) taken from the link.
 *
 * @example applyLink(current, decoded).coalitions === decoded.coalitions // true
 */
export function applyLink(current: ScenarioState, fromLink: ScenarioState): ScenarioState {
  return {
    ...current,
    ...Object.fromEntries(LINK_FIELDS.map((field) => [field, fromLink[field]])),
  }
}

/**
 * A shared link that leaves out the language, digits, view or palette leaves the reader's own
 * (e.g. the language their browser asked for) as it was; a link that sets one wins. This applies
 * only to the link the page opens with: the entries written afterwards always carry the reader's
 * settings, since they differ from the opening state whenever they matter.
 */
function keepReaderSettings(
  fromLink: ScenarioState,
  current: ScenarioState,
  given: URLSearchParams,
): ScenarioState {
  const kept = readerSettings(current)
  for (const setting of READER_SETTINGS) {
    if (!given.has(PARAMS[setting])) Object.assign(kept, { [setting]: current[setting] })
    else Object.assign(kept, { [setting]: fromLink[setting] })
  }
  return { ...fromLink, ...kept }
}

/**
 * A link that cannot be read but asks for the embed view keeps it: inside another site's frame the
 * default scenario, with the note about the link, is shown in the embed view, not the full app.
 */
function embedOf(win: Window): Partial<ScenarioState> {
  const view = new URLSearchParams(win.location.search).getAll(PARAMS.view)
  return view[0] === 'embed' ? { view: 'embed' } : {}
}

/**
 * The full address of a scenario's link, on the page the app is served from. Where there is no
 * page (drawing the first screen at build time), only the query: `?v=1`.
 *
 * @example scenarioLink(initialScenario()) // 'https://example.org/kutla/?v=1'
 */
export function scenarioLink(
  scenario: ScenarioState,
  win: Window | undefined = typeof window === 'undefined' ? undefined : window,
): string {
  const fields = pickScenario(scenario)
  if (!win) return packed(encodeScenario(fields, catalogFor(fields)), LINK_BUDGET)
  const origin = win.location.origin
  const pathname = win.location.pathname
  const hit = recentLinks.find(
    (entry) =>
      entry.origin === origin &&
      entry.pathname === pathname &&
      SCENARIO_KEYS.every((key) => Object.is(entry.fields[key], fields[key])),
  )
  if (hit) return hit.link
  const query = encodeScenario(fields, catalogFor(fields))
  const link = `${origin}${pathname}${packed(query, linkBudget(win))}`
  recentLinks.unshift({ fields, origin, pathname, link })
  recentLinks.length = Math.min(recentLinks.length, RECENT_LINKS)
  return link
}

function packed(query: string, budget: number): string {
  const { search, hash }: LinkAddress = packLink(query, budget)
  return `${search}${hash}`
}

/** Whether a scenario query carries a parliament of one's own (its size decides its packing). */
function hasOwnParliament(query: string): boolean {
  return new URLSearchParams(query).get(PARAMS.election) === CUSTOM_PARLIAMENT_ID
}

/** What is left of LINK_BUDGET for `?query#fragment` once the page's origin and path are written. */
function linkBudget(win: Window): number {
  return LINK_BUDGET - win.location.origin.length - win.location.pathname.length
}

/**
 * The scenario query of the page's address (without `?`): its query, or a packed link's
 * unpacked; '' where a packed link cannot be read. For what must be known before the link is
 * opened (its language, whether it is a story step's).
 *
 * @example currentLinkQuery(window) // 'v=1&c=nasr&l=ar'
 */
export function currentLinkQuery(win: Window = window): string {
  const unpacked = unpackLink(win.location.search, win.location.hash)
  return unpacked.ok ? unpacked.query : ''
}

/**
 * The last few links made. Several panels show a link of the same scenario (some in the standard
 * view) and their store selectors run on every change, so each link is encoded once per change.
 */
const RECENT_LINKS = 4
const recentLinks: { fields: ScenarioState; origin: string; pathname: string; link: string }[] = []
const SCENARIO_KEYS = Object.keys(pickScenario({} as ScenarioState)) as (keyof ScenarioState)[]

/**
 * The elections a link is read and written against: the shipped ones, with the one on screen
 * replaced by its edited form (lists merged, added or removed) or by the reader's own parliament.
 * So Back and Forward keep coalitions that hold a merged list; a fresh browser, which does not
 * have those edits, opens the rest of the link and names the lists it could not find.
 */
function catalogFor(scenario: ScenarioState): ElectionCatalog {
  const shown = selectParliament(scenario)
  if (!shown) return catalog
  return {
    elections: [shown, ...catalog.elections.filter((e) => e.id !== shown.id)],
    errors: catalog.errors,
  }
}

/**
 * If the only change from `prev` to `next` is continuous input, its kind (continuous-change.ts);
 * null for anything else, including a change of a reader's setting.
 */
function continuousChange(prev: ScenarioState, next: ScenarioState): string | null {
  return changeKind(pickScenario(prev), pickScenario(next))
}

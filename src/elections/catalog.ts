/**
 * The elections the app ships. Their files are parsed and checked when the app is built (see
 * build-data.ts: a broken file stops the build), so the page loads plain data and no schema code.
 *
 * Each election comes in three parts (see election-parts.ts):
 * - the core, here from the start: what the first screen, the link decoder and the store need;
 * - the Arabic names and labels: `loadElectionLocale('ar')` puts them into the catalog's
 *   elections (as new objects) before an Arabic page shows them;
 * - the details (sources, notes, alt names, descriptions, uncertainties), which the core leaves
 *   empty: `loadElectionDetails(id)` loads them for the panels that show them.
 */
import {
  detailLoaders,
  electionIndex as shippedIndex,
  elections as shipped,
} from 'virtual:kutla-data/elections'
import { type ElectionDetails, electionDetails, withArabic } from './election-parts'
import { type LazyData, lazyDataByKey } from './lazy-data'
import type { CampMap } from './parse-camps'
import type { Election, ElectionIndexEntry } from './types'

export interface ElectionCatalog {
  elections: readonly Election[]
  /** Problems found in data files, one message each, naming the file and field. */
  errors: readonly string[]
}

/**
 * The shipped elections. `elections` is replaced (never changed in place) when the Arabic names
 * arrive, so read it when needed rather than keeping the array.
 */
export const catalog: ElectionCatalog = { elections: shipped, errors: [] }

export const DEFAULT_ELECTION_ID = 'iraq-2018'

/** The election with this id, or undefined. */
export function findElection(id: string, from: ElectionCatalog = catalog): Election | undefined {
  return from.elections.find((e) => e.id === id)
}

/**
 * A shipped election by id: a listed one as the catalog has it (its details load apart, see
 * `loadElectionDetails`), or a whole checked election the app does not list yet (2010, 2021,
 * 2025), loaded on demand. Rejects for an id the app does not ship.
 *
 * @example (await loadElection('iraq-2021')).chamberSize // 329
 */
export async function loadElection(id: string): Promise<Election> {
  const listed = findElection(id)
  if (listed) return listed
  const { electionLoaders } = await import('virtual:kutla-data/more-elections')
  if (!Object.hasOwn(electionLoaders, id)) throw new Error(`No shipped election "${id}"`)
  return electionLoaders[id]!()
}

/**
 * Every shipped election, in date order, as the switcher lists them: the 2018 one is in the
 * catalog from the start, the others join it with `ensureElection`.
 */
export const electionIndex: readonly ElectionIndexEntry[] = shippedIndex

/** The index entry of a shipped election, or undefined for an id the app does not ship. */
export function indexEntry(id: string): ElectionIndexEntry | undefined {
  return electionIndex.find((e) => e.id === id)
}

const joining = new Map<string, Promise<Election>>()

/**
 * Puts a shipped election into the catalog (loading it once), so the store, the link codec and
 * the panels find it by id from then on. Resolves with the election; rejects for an id the app
 * does not ship, or when the load fails (offline, say; the next call tries again).
 *
 * @example await ensureElection('iraq-2021'); findElection('iraq-2021')?.chamberSize // 329
 */
export function ensureElection(id: string): Promise<Election> {
  const listed = findElection(id)
  if (listed) return Promise.resolve(listed)
  let pending = joining.get(id)
  if (!pending) {
    pending = loadElection(id).then(
      (election) => {
        if (!findElection(id)) {
          const order = (e: Election) => electionIndex.findIndex((entry) => entry.id === e.id)
          catalog.elections = [...catalog.elections, election].sort((a, b) => order(a) - order(b))
        }
        return findElection(id) ?? election
      },
      (error: unknown) => {
        joining.delete(id)
        throw error
      },
    )
    joining.set(id, pending)
  }
  return pending
}

/**
 * The shipped elections a query names (its `e=`), or none. For the start-up: what the link, or
 * a scenario kept on this device, needs in the catalog before it is read.
 *
 * @example electionsNamedIn('?v=1&e=iraq-2021&c=sadrist') // ['iraq-2021']
 */
export function electionsNamedIn(text: string): string[] {
  return electionIndex
    .filter((e) => !findElection(e.id) && new RegExp(`(?:^|[?&"])e=${e.id}(?![-\\w])`).test(text))
    .map((e) => e.id)
}

/**
 * Which lists belong to which camp across the shipped elections (listed or not), and which lists
 * continue one another; where an election has no such list the map says why.
 *
 * @example (await loadCampMap()).elections // ['iraq-2010', 'iraq-2018', 'iraq-2021', 'iraq-2025']
 */
export async function loadCampMap(): Promise<CampMap> {
  return (await import('virtual:kutla-data/camps')).campMap
}

/** The seats of one version of an election, by list id. */
export function versionSeats(election: Election, versionId: string): Record<string, number> {
  const out: Record<string, number> = Object.create(null)
  for (const p of election.parties) out[p.id] = p.seats[versionId] ?? 0
  return out
}

// ---------------------------------------------------------------------------------------------
// Names in the reader's language

let arabicNames: Promise<void> | null = null

/**
 * Loads the election names and labels of a language (English ones are in the core; Arabic ones
 * load once) and puts them into the catalog. Await it before the page switches to that language:
 * the switch re-renders what shows names, and from then on `partyShortName(party, 'ar')` and the
 * other helpers of i18n/names.ts find the Arabic fields on the catalog's elections. Those are new
 * objects, so what was memoised on the old ones is worked out again, once.
 *
 * @example await loadElectionLocale('ar'); findElection('iraq-2018')?.parties[0]?.shortNameAr // 'سائرون'
 */
export function loadElectionLocale(locale: 'en' | 'ar'): Promise<void> {
  if (locale === 'en') return Promise.resolve()
  arabicNames ??= import('virtual:kutla-data/elections-ar').then(
    ({ arabic }) => {
      catalog.elections = catalog.elections.map((e) =>
        Object.hasOwn(arabic, e.id) ? withArabic(e, arabic[e.id]!) : e,
      )
    },
    (error: unknown) => {
      arabicNames = null
      throw error
    },
  )
  return arabicNames
}

// ---------------------------------------------------------------------------------------------
// Details

const details = lazyDataByKey((electionId) => detailLoaders[electionId]!())

/**
 * The details of a shipped election as they load, or undefined for an id the app does not ship
 * (a parliament of the reader's own carries its details itself: see `electionDetails`).
 */
export function shippedDetails(electionId: string): LazyData<ElectionDetails> | undefined {
  return Object.hasOwn(detailLoaders, electionId) ? details(electionId) : undefined
}

/**
 * Loads a shipped election's sources, notes, alt names, descriptions, uncertainties and events
 * (once). Rejects for an id the app does not ship.
 *
 * @example (await loadElectionDetails('iraq-2018')).sources.length > 0 // true
 */
export function loadElectionDetails(electionId: string): Promise<ElectionDetails> {
  const data = shippedDetails(electionId)
  // An election the app does not list loads whole: its details come with it.
  return data ? data.load() : loadElection(electionId).then(electionDetails)
}

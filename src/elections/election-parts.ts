/**
 * A shipped election travels in three parts, so the first screen loads only what it shows:
 * the core (ids, English names, the Arabic full name, leaders, camps, colours, seats, versions),
 * the Arabic names and labels (loaded with the Arabic interface), and the details (sources,
 * notes, alt names, descriptions, uncertainties: loaded when a panel shows them). Pure: the build
 * splits a checked election with `splitElection`, the app puts the parts back with `withArabic`
 * and reads the details with `electionDetails`.
 */
import type { Election, ElectionEvent, Party, SeatVersion, Source } from './types'

/** An election's Arabic names and labels that the core leaves out. */
export interface ElectionArabic {
  titleAr?: string
  /** `labelAr` by version id. */
  versions: Record<string, string>
  /** `shortNameAr` and `leaderAr` by list id (only the fields the data has). */
  parties: Record<string, { shortNameAr?: string; leaderAr?: string }>
}

/** What the sources panel and the notes show about an election; the first screen needs none. */
export interface ElectionDetails {
  sources: Source[]
  uncertainties: string[]
  uncertaintiesAr?: string[]
  chamberNote?: string
  chamberNoteAr?: string
  /** Dated events after the election (absent for an election without them). */
  events?: ElectionEvent[]
  /** Each version's description and sources, by version id. */
  versions: Record<string, Pick<SeatVersion, 'description' | 'descriptionAr' | 'sourceIds'>>
  /** Each list's alt names, notes and sources, by list id. */
  parties: Record<string, Pick<Party, 'altNames' | 'notes' | 'notesAr' | 'sourceIds' | 'variants'>>
}

export interface ElectionParts {
  /**
   * The election without its Arabic-only names and its details: still a whole `Election`, with
   * empty `sources`, `uncertainties`, `altNames`, `sourceIds` and version descriptions.
   */
  core: Election
  arabic: ElectionArabic
  details: ElectionDetails
}

/** Only the keys whose value is defined (the data leaves absent fields out, not undefined). */
function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T
}

/**
 * The election's details, as `ElectionDetails`: from a whole election (one of the reader's own,
 * or a checked data file).
 *
 * @example electionDetails(election).sources[0]?.id // 'ihec-results'
 */
export function electionDetails(election: Election): ElectionDetails {
  return defined({
    sources: election.sources,
    uncertainties: election.uncertainties,
    uncertaintiesAr: election.uncertaintiesAr,
    chamberNote: election.chamberNote,
    chamberNoteAr: election.chamberNoteAr,
    events: election.events,
    versions: Object.fromEntries(
      election.versions.map((v) => [
        v.id,
        defined({
          description: v.description,
          descriptionAr: v.descriptionAr,
          sourceIds: v.sourceIds,
        }),
      ]),
    ),
    parties: Object.fromEntries(
      election.parties.map((p) => [
        p.id,
        defined({
          altNames: p.altNames,
          notes: p.notes,
          notesAr: p.notesAr,
          sourceIds: p.sourceIds,
          variants: p.variants,
        }),
      ]),
    ),
  })
}

/**
 * Splits a checked election into its core, its Arabic names and its details. Joining the core
 * with `withArabic` and the details gives the election back.
 *
 * @example splitElection(election).core.sources // []
 */
export function splitElection(election: Election): ElectionParts {
  const core: Election = omit(
    {
      ...election,
      versions: election.versions.map((v) => ({
        ...omit(v, ['labelAr', 'descriptionAr']),
        description: '',
        sourceIds: [],
      })),
      parties: election.parties.map((p) => ({
        ...omit(p, ['shortNameAr', 'notes', 'notesAr', 'variants']),
        altNames: [],
        // An English page shows the Arabic leader name where there is no English one.
        leaderAr: p.leader === null ? p.leaderAr : null,
        sourceIds: [],
      })),
      sources: [],
      uncertainties: [],
    },
    ['titleAr', 'chamberNote', 'chamberNoteAr', 'uncertaintiesAr', 'events'],
  )
  const arabic: ElectionArabic = defined({
    titleAr: election.titleAr,
    versions: Object.fromEntries(
      election.versions.flatMap((v) => (v.labelAr === undefined ? [] : [[v.id, v.labelAr]])),
    ),
    parties: Object.fromEntries(
      election.parties.flatMap((p) => {
        const names = defined({
          shortNameAr: p.shortNameAr,
          leaderAr: p.leader === null ? undefined : (p.leaderAr ?? undefined),
        })
        return Object.keys(names).length ? [[p.id, names]] : []
      }),
    ),
  })
  return { core, arabic, details: electionDetails(election) }
}

function omit<T extends object, K extends keyof T>(value: T, keys: readonly K[]): Omit<T, K> {
  const out = { ...value }
  for (const key of keys) delete out[key]
  return out
}

/**
 * The core election with its Arabic names and labels in place: a new object (and new lists and
 * versions), so anything memoised on the old one is worked out again.
 *
 * @example withArabic(core, arabic).parties[0]?.shortNameAr // 'سائرون'
 */
export function withArabic(core: Election, arabic: ElectionArabic): Election {
  return {
    ...core,
    ...(arabic.titleAr === undefined ? {} : { titleAr: arabic.titleAr }),
    versions: core.versions.map((v) => {
      const labelAr = arabic.versions[v.id]
      return labelAr === undefined ? v : { ...v, labelAr }
    }),
    parties: core.parties.map((p) => {
      const names = Object.hasOwn(arabic.parties, p.id) ? arabic.parties[p.id] : undefined
      return names ? { ...p, ...names } : p
    }),
  }
}

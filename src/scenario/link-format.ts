/**
 * The link format's vocabulary (pure): the version, the parameter names, the fields a link
 * carries, the limits and separators, and the opening state a link leaves out. The encoder
 * (url-codec.ts) and the decoder (link-decoder.ts) both write and read by these; the format is
 * documented in docs/links.md.
 */
import type { Coalition, PartyId } from '../coalition/types'
import type { Story } from '../elections/parse-story'
import type { Election } from '../elections/types'
import type { Locale } from '../elections/languages'
import type { LinkReason, LinkWarning } from './link-problems'
import { type Palette, type ScenarioState, type View, initialScenario } from './scenario-store'
import { PARLIAMENT_PARAMS } from './url-parliament'

/** The format version written into every link as `v`. Bump it when a link's meaning changes. */
export const URL_FORMAT_VERSION = 1

/**
 * Parameter names. Short, because links are pasted into chats; documented in docs/links.md.
 * Values that are words (`l=ar`, `t=two-thirds`) are written out in full so they stay readable.
 */
export const PARAMS = {
  version: 'v',
  election: 'e',
  seatVersion: 's',
  coalition: 'c',
  active: 'a',
  seatEdits: 'sd',
  locale: 'l',
  digits: 'dg',
  view: 'vw',
  threshold: 't',
  allianceMode: 'al',
  storyStep: 'st',
  challenge: 'ch',
  palette: 'pl',
  theme: 'th',
  // The parliament itself: list edits, chamber rule, a parliament of one's own (url-parliament.ts).
  ...PARLIAMENT_PARAMS,
} as const

/**
 * The scenario fields a link carries. Opening a link sets these and leaves any other field of the
 * store as it was, so a field added to the store is never wiped by Back or Forward before the
 * format learns to carry it.
 */
export const LINK_FIELDS = [
  'electionId',
  'versionId',
  'seatEdits',
  'coalitions',
  'activeCoalitionId',
  'locale',
  'digits',
  'view',
  'thresholdRule',
  'allianceMode',
  'storyStep',
  'challengeId',
  'palette',
  'theme',
  'customParliament',
  'listOps',
  'listEdits',
  'chamberMode',
  'chamberSize',
] as const satisfies readonly (keyof ScenarioState)[]

export const KNOWN_PARAMS: ReadonlySet<string> = new Set(Object.values(PARAMS))

/**
 * Queries longer than this are cut at the last `&` before it, with a warning, so the work stays
 * bounded. The longest scenario of the shipped election (12 coalitions of all 37 lists with
 * 60-emoji names, every seat edited) is 14,382 characters as a plain query (measured in the
 * tests); the app writes such a query packed in the link's fragment (link-packing.ts), and reads
 * plain ones this long from links made before packing.
 */
export const MAX_QUERY_LENGTH = 20_000
/** The largest seat count a link may set (the store clamps to the same bound). */
export const MAX_SEATS = 10_000
/** The highest story step a link may open. */
export const MAX_STORY_STEP = 999
/** At most this many warnings are listed; the rest are counted in one last line. */
export const MAX_WARNINGS = 8

/** `c=-` stands for "no coalitions at all" (`-` alone is not a valid list id). */
export const NO_COALITIONS = '-'
/** Separates a coalition's members from its name: `c=sairoon.fatah*Sadr+%2B+Amiri`. */
export const NAME_SEPARATOR = '*'
export const MEMBER_SEPARATOR = '.'
export const SEAT_ENTRY_SEPARATOR = '_'
/** `al=1`: alliance mode of the voting-power analysis is on (`al=0`, or no `al`, is off). */
export const ALLIANCE_ON = '1'
export const ALLIANCE_OFF = '0'

/**
 * List ids that were renamed in the data, old id → current id, so links made before the rename
 * still open (with a note saying so). Empty while no list has been renamed.
 */
export const LIST_ID_ALIASES: ReadonlyMap<string, PartyId> = new Map()

export const VIEW_VALUES: readonly View[] = ['standard', 'projector', 'embed']
export const PALETTE_VALUES: readonly Palette[] = ['standard', 'colorblind']

/**
 * A decoded link. Problems are codes with values (link-problems.ts), worded in the reader's
 * language where they are shown.
 */
export type DecodeResult =
  { ok: true; scenario: ScenarioState; warnings: LinkWarning[] } | { ok: false; reason: LinkReason }

/** What decoding needs besides the link itself. */
export interface DecodeOptions {
  /** The story a link's `st` refers to (the loaded story about the link's parliament unless given). */
  story?: Story | undefined
  /**
   * The language to name a story step's coalitions in when the link does not set `l`: the
   * reader's own. English unless given.
   */
  locale?: Locale
}

/** The opening state of an election: what a link leaves out. */
export function defaultsFor(election: Election): ScenarioState {
  return { ...initialScenario(), electionId: election.id, versionId: election.defaultVersion }
}

/** True for the opening coalitions: a single empty, unnamed one. */
export function isOpeningCoalitions(coalitions: readonly Coalition[]): boolean {
  const [only] = coalitions
  return (
    coalitions.length === 1 && only !== undefined && only.name === '' && only.partyIds.length === 0
  )
}

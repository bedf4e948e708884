/**
 * The link format: a scenario as a short, readable, versioned query string, and back again.
 * Pure (no window, no store access). A link is untrusted input: decoding checks every field
 * and never throws. The format is documented in docs/links.md; change both together.
 */
import { MAX_COALITIONS, MAX_NAME_LENGTH, cleanCoalitionName } from '../coalition/coalitions'
import type { Coalition, PartyId } from '../coalition/types'
import {
  DEFAULT_ELECTION_ID,
  type ElectionCatalog,
  catalog as shippedCatalog,
  findElection,
  versionSeats,
} from '../elections/catalog'
import { CUSTOM_PARLIAMENT_ID } from '../elections/own-parliament'
import { applyParliamentEdits, baseParliament } from '../elections/parliament-edits'
import type { Story } from '../elections/parse-story'
import { currentStory } from '../elections/story-catalog'
import type { Election, Party } from '../elections/types'
import { LIST_ID_PATTERN, quoteText, westernDigits, wholeOrNull } from '../elections/field-rules'
import {
  LINK_QUOTE_LENGTH,
  type LinkReason,
  type LinkWarning,
  type LinkWarningCode,
} from './link-problems'
import {
  type Palette,
  type ScenarioState,
  THEMES,
  THRESHOLD_RULES,
  type View,
  initialScenario,
} from './scenario-store'
import { DIGITS, LOCALES, type Locale } from '../elections/languages'
import {
  PARLIAMENT_PARAMS,
  encodeParliamentParams,
  linkBase,
  ownParliamentFromLink,
  parliamentEditsFromLink,
} from './url-parliament'
import { clampStoryStep, storyStepScenario } from './story-scenario'

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

const KNOWN_PARAMS: ReadonlySet<string> = new Set(Object.values(PARAMS))

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
const NO_COALITIONS = '-'
/** Separates a coalition's members from its name: `c=sairoon.fatah*Sadr+%2B+Amiri`. */
const NAME_SEPARATOR = '*'
const MEMBER_SEPARATOR = '.'
const SEAT_ENTRY_SEPARATOR = '_'
/** `al=1`: alliance mode of the voting-power analysis is on (`al=0`, or no `al`, is off). */
const ALLIANCE_ON = '1'
const ALLIANCE_OFF = '0'

/**
 * List ids that were renamed in the data, old id → current id, so links made before the rename
 * still open (with a note saying so). Empty while no list has been renamed.
 */
export const LIST_ID_ALIASES: ReadonlyMap<string, PartyId> = new Map()

const VIEW_VALUES: readonly View[] = ['standard', 'projector', 'embed']
const PALETTE_VALUES: readonly Palette[] = ['standard', 'colorblind']

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
function defaultsFor(election: Election): ScenarioState {
  return { ...initialScenario(), electionId: election.id, versionId: election.defaultVersion }
}

/** True for the opening coalitions: a single empty, unnamed one. */
function isOpeningCoalitions(coalitions: readonly Coalition[]): boolean {
  const [only] = coalitions
  return (
    coalitions.length === 1 && only !== undefined && only.name === '' && only.partyIds.length === 0
  )
}

/**
 * The query string (without `?`) for a scenario, writing only what differs from the opening state.
 * Coalition ids are not written: a link names coalitions by position, and decoding numbers them
 * c1, c2, … Seat edits equal to the shipped figure are left out, since they change nothing.
 *
 * @example encodeScenario(initialScenario()) // 'v=1'
 * @example encodeScenario({ ...initialScenario(), coalitions: [{ id: 'c1', name: 'Core', partyIds: ['sairoon', 'fatah'] }] })
 *          // 'v=1&c=sairoon.fatah*Core'
 */
export function encodeScenario(
  scenario: ScenarioState,
  from: ElectionCatalog = shippedCatalog,
): string {
  // Seat edits name the lists of the parliament as edited (merged and added lists included).
  const base = linkBase(scenario, from)
  const election = base && applyParliamentEdits(base, scenario.listOps, scenario.listEdits)
  const defaults = election ? defaultsFor(election) : initialScenario()
  const q = new URLSearchParams()
  q.set(PARAMS.version, String(URL_FORMAT_VERSION))
  if (scenario.electionId !== DEFAULT_ELECTION_ID) q.set(PARAMS.election, scenario.electionId)
  encodeParliamentParams(scenario, q, base)
  if (scenario.versionId !== defaults.versionId) q.set(PARAMS.seatVersion, scenario.versionId)

  const { coalitions } = scenario
  if (coalitions.length === 0) q.append(PARAMS.coalition, NO_COALITIONS)
  // A story link without `c` opens the step's own coalitions (see decode), so inside the story
  // the coalitions are always written, even the opening empty one (`c=`).
  else if (!isOpeningCoalitions(coalitions) || scenario.storyStep !== null) {
    for (const c of coalitions) {
      const members = c.partyIds.join(MEMBER_SEPARATOR)
      q.append(PARAMS.coalition, c.name ? `${members}${NAME_SEPARATOR}${c.name}` : members)
    }
  }
  // The coalition being edited is, by default, the last one (the one most recently added).
  const active = coalitions.findIndex((c) => c.id === scenario.activeCoalitionId)
  if (active !== coalitions.length - 1) q.set(PARAMS.active, String(active + 1))

  if (election) {
    const shipped = versionSeats(election, scenario.versionId)
    const entries: string[] = []
    for (const p of election.parties) {
      if (!Object.hasOwn(scenario.seatEdits, p.id)) continue
      const n = scenario.seatEdits[p.id]
      if (n === undefined || !isSeatCount(n) || n === shipped[p.id]) continue
      entries.push(`${p.id}.${n}`)
    }
    if (entries.length) q.set(PARAMS.seatEdits, entries.join(SEAT_ENTRY_SEPARATOR))
  }

  if (scenario.locale !== defaults.locale) q.set(PARAMS.locale, scenario.locale)
  if (scenario.digits !== defaults.digits) q.set(PARAMS.digits, scenario.digits)
  if (scenario.view !== defaults.view) q.set(PARAMS.view, scenario.view)
  if (scenario.thresholdRule !== defaults.thresholdRule)
    q.set(PARAMS.threshold, scenario.thresholdRule)
  if (scenario.allianceMode) q.set(PARAMS.allianceMode, ALLIANCE_ON)
  if (scenario.storyStep !== null) q.set(PARAMS.storyStep, String(scenario.storyStep))
  if (scenario.challengeId !== null) q.set(PARAMS.challenge, scenario.challengeId)
  if (scenario.palette !== defaults.palette) q.set(PARAMS.palette, scenario.palette)
  if (scenario.theme !== defaults.theme) q.set(PARAMS.theme, scenario.theme)
  return q.toString()
}

function isSeatCount(n: number): boolean {
  return Number.isInteger(n) && n >= 0 && n <= MAX_SEATS
}

/**
 * Turns a link's query string (with or without the leading `?`) into a scenario. Never throws.
 *
 * - No Kutla parameter at all (a plain address, or only tracking parameters): the opening state.
 * - A missing or unknown format version, or an election the app does not ship: `ok: false`.
 * - Anything else that is wrong is dropped or replaced by its default, with one problem (a code
 *   and its values) per thing dropped in `warnings` (at most MAX_WARNINGS, then a count).
 *
 * Decisions for hand-edited links: Arabic-Indic digits (٣, and the Persian ۳) are accepted
 * wherever a number is expected and read as ASCII digits; list ids are matched ignoring ASCII case;
 * when a single-valued parameter is repeated, the first value counts.
 *
 * @example decodeScenario('?v=1&c=sairoon.fatah*Core')
 *          // { ok: true, scenario: { …, coalitions: [{ id: 'c1', name: 'Core', partyIds: ['sairoon', 'fatah'] }] }, warnings: [] }
 * @example decodeScenario('?v=9') // { ok: false, reason: { code: 'unknown-version', values: { text: '9' } } }
 */
export function decodeScenario(
  query: string,
  from: ElectionCatalog = shippedCatalog,
  aliases: ReadonlyMap<string, PartyId> = LIST_ID_ALIASES,
  options: DecodeOptions = {},
): DecodeResult {
  try {
    return decode(query, from, aliases, options)
  } catch {
    // Every path above is written not to throw; this is the last line of that promise.
    return { ok: false, reason: { code: 'unreadable', values: {} } }
  }
}

function decode(
  query: string,
  from: ElectionCatalog,
  aliases: ReadonlyMap<string, PartyId>,
  options: DecodeOptions,
): DecodeResult {
  // Keyed by code and values, so a problem met twice is listed once.
  const warnings = new Map<string, LinkWarning>()
  const warn = (w: LinkWarning) => warnings.set(JSON.stringify([w.code, w.values]), w)
  const warning = (code: LinkWarningCode, values: Record<string, string | number> = {}) =>
    warn({ code, values })
  let text = typeof query === 'string' ? query : ''
  if (text.startsWith('?')) text = text.slice(1)
  if (text.length > MAX_QUERY_LENGTH) {
    const cut = text.lastIndexOf('&', MAX_QUERY_LENGTH)
    text = text.slice(0, cut > 0 ? cut : MAX_QUERY_LENGTH)
    warning('too-long', { count: MAX_QUERY_LENGTH })
  }
  const params = new URLSearchParams(text)

  /** The first value of a single-valued parameter, noting any repeats. */
  function one(name: string): string | null {
    const all = params.getAll(name)
    if (all.length > 1) warning('repeated-param', { param: name, count: all.length })
    return all[0] ?? null
  }

  const hasAny = [...params.keys()].some((k) => KNOWN_PARAMS.has(k))
  const fallback = findElection(DEFAULT_ELECTION_ID, from) ?? from.elections[0]
  if (!hasAny) {
    if (!fallback) return { ok: false, reason: { code: 'no-data', values: {} } }
    return { ok: true, scenario: defaultsFor(fallback), warnings: capWarnings(warnings) }
  }

  const version = one(PARAMS.version)
  if (version === null) {
    return { ok: false, reason: { code: 'no-version', values: {} } }
  }
  if (westernDigits(version) !== String(URL_FORMAT_VERSION)) {
    return { ok: false, reason: { code: 'unknown-version', values: { text: linkText(version) } } }
  }

  const electionParam = one(PARAMS.election)
  let election: Election | undefined
  let customParliament: Election | null = null
  if (electionParam === CUSTOM_PARLIAMENT_ID) {
    const own = ownParliamentFromLink(params, from, warn)
    if (!own.ok) return own
    election = customParliament = own.parliament
  } else {
    const found = electionParam === null ? fallback : findElection(electionParam, from)
    // The catalog may hold the parliament on screen with its edits: the link's edits apply to
    // the parliament they were made on.
    election = found && baseParliament(found)
  }
  if (!election) {
    return {
      ok: false,
      reason:
        electionParam === null
          ? { code: 'no-data', values: {} }
          : { code: 'unknown-election', values: { text: linkText(electionParam) } },
    }
  }
  const scenario = defaultsFor(election)
  const edited = parliamentEditsFromLink(params, election, warn)
  scenario.customParliament = customParliament
  scenario.listOps = edited.listOps
  scenario.listEdits = edited.listEdits
  scenario.chamberMode = edited.chamberMode
  scenario.chamberSize = edited.chamberSize
  // The rest of the link names the lists of the parliament as edited.
  const parties = new Map<string, Party>(edited.parliament.parties.map((p) => [p.id, p]))

  /** A list id from the link, matched to the election's lists (following renames). */
  function resolveList(raw: string): Party | null {
    const id = raw.toLowerCase()
    const party = parties.get(id)
    if (party) return party
    const renamed = aliases.get(id)
    const target = renamed === undefined ? undefined : parties.get(renamed)
    if (!target) return null
    warning('renamed-list', { from: id, to: target.id, ...listName(target) })
    return target
  }

  // Seat version
  const versionParam = one(PARAMS.seatVersion)
  if (versionParam !== null) {
    if (election.versions.some((v) => v.id === versionParam)) scenario.versionId = versionParam
    else {
      const shown = election.versions.find((v) => v.id === scenario.versionId)
      warning('unknown-seat-version', {
        text: linkText(versionParam),
        version: shown?.label ?? scenario.versionId,
        versionAr: shown?.labelAr ?? '',
      })
    }
  }

  // The story step is read before the coalitions, which may come from it (a bad one is
  // reported with the reader's settings below).
  const stepParam = one(PARAMS.storyStep)
  const stepNumber = stepParam === null ? null : wholeOrNull(stepParam, MAX_STORY_STEP)
  scenario.storyStep = stepNumber

  // Coalitions, in order
  const rawCoalitions = params.getAll(PARAMS.coalition)
  // A story step's link that carries no coalitions of its own opens the step's (and, unless the
  // link names seat figures, the step's figures): `st=3` alone is that step as the story tells
  // it. A link with `c` keeps its own coalitions, since the sender may have changed the step's.
  // The story about this parliament, as loaded (a caller may give one, or none, instead).
  const story = 'story' in options ? options.story : currentStory(election.id)
  const storyStep =
    rawCoalitions.length === 0 &&
    scenario.storyStep !== null &&
    story !== undefined &&
    customParliament === null &&
    story.electionId === election.id
      ? story.steps[clampStoryStep(scenario.storyStep, story.steps.length) - 1]
      : undefined
  if (storyStep) {
    const { scenario: fromStory } = storyStep
    if (versionParam === null && election.versions.some((v) => v.id === fromStory.versionId)) {
      scenario.versionId = fromStory.versionId
    }
    const rawLocale = params.get(PARAMS.locale)
    const nameLocale = LOCALES.find((l) => l === rawLocale) ?? options.locale ?? 'en'
    scenario.coalitions = fromStory.coalitions.map((c) => ({
      id: c.id,
      name: (nameLocale === 'ar' ? c.nameAr : undefined) ?? c.name,
      // Lists the link's own edits removed are left out.
      partyIds: c.partyIds.filter((id) => parties.has(id)),
    }))
  }
  if (rawCoalitions.length === 1 && rawCoalitions[0] === NO_COALITIONS) scenario.coalitions = []
  else if (rawCoalitions.length > 0) {
    if (rawCoalitions.length > MAX_COALITIONS) {
      warning('too-many-coalitions', {
        max: MAX_COALITIONS,
        count: rawCoalitions.length - MAX_COALITIONS,
      })
    }
    scenario.coalitions = rawCoalitions.slice(0, MAX_COALITIONS).map((raw, index) => {
      const n = index + 1
      const star = raw.indexOf(NAME_SEPARATOR)
      const membersText = star < 0 ? raw : raw.slice(0, star)
      const rawName = star < 0 ? '' : raw.slice(star + 1)
      const partyIds: PartyId[] = []
      for (const rawId of membersText.split(MEMBER_SEPARATOR)) {
        if (rawId === '') continue
        const party = resolveList(rawId)
        if (!party) warning('unknown-list', { text: linkText(rawId), coalition: n })
        else if (partyIds.includes(party.id)) {
          warning('repeated-list', { ...listName(party), coalition: n })
        } else partyIds.push(party.id)
      }
      const name = cleanCoalitionName(rawName)
      if (name !== rawName) {
        if (name.length < rawName.length) {
          warning('name-shortened', { coalition: n, count: MAX_NAME_LENGTH })
        } else warning('name-control', { coalition: n })
      }
      return { id: `c${n}`, name, partyIds }
    })
  }

  // The coalition being edited: 1-based position, 0 for none; by default the last one (or, for a
  // story step's own coalitions, the step's).
  const count = scenario.coalitions.length
  scenario.activeCoalitionId = storyStep
    ? storyStep.scenario.activeCoalitionId
    : (scenario.coalitions[count - 1]?.id ?? null)
  const activeParam = one(PARAMS.active)
  if (activeParam !== null) {
    const n = wholeOrNull(activeParam, MAX_COALITIONS)
    if (n === null || n > count) {
      warning('bad-active', { text: `${PARAMS.active}=${linkText(activeParam)}`, count })
    } else scenario.activeCoalitionId = n === 0 ? null : (scenario.coalitions[n - 1]?.id ?? null)
  }

  // Seat edits: id.count entries joined by "_"
  const shipped = versionSeats(edited.parliament, scenario.versionId)
  const seatEdits: Record<PartyId, number> = {}
  const seen = new Set<PartyId>()
  const entries = params
    .getAll(PARAMS.seatEdits)
    .join(SEAT_ENTRY_SEPARATOR)
    .split(SEAT_ENTRY_SEPARATOR)
  for (const entry of entries) {
    if (entry === '') continue
    const dot = entry.indexOf('.')
    if (dot <= 0) {
      warning('bad-seat-entry', { text: linkText(entry) })
      continue
    }
    const rawId = entry.slice(0, dot)
    const rawCount = entry.slice(dot + 1)
    const party = resolveList(rawId)
    if (!party) {
      warning('seats-unknown-list', { text: linkText(rawId) })
      continue
    }
    const n = wholeOrNull(rawCount, MAX_SEATS)
    if (n === null) {
      warning('bad-seat-count', {
        text: linkText(rawCount),
        ...listName(party),
        min: 0,
        max: MAX_SEATS,
      })
    } else if (seen.has(party.id)) {
      warning('repeated-seat-count', listName(party))
    } else {
      seen.add(party.id)
      // Links never carry an edit equal to the shipped figure, so this one was made before the
      // figure was corrected to it: nothing left to change, but say so.
      if (n === shipped[party.id]) {
        warning('seats-now-shipped', { ...listName(party), count: n })
      } else seatEdits[party.id] = n
    }
  }
  // Keys are checked list ids (lowercase slugs), so no prototype key can get in.
  scenario.seatEdits = seatEdits

  // The reader's settings
  scenario.locale = pick(one(PARAMS.locale), LOCALES, scenario.locale, 'unknown-language')
  scenario.digits = pick(one(PARAMS.digits), DIGITS, scenario.digits, 'unknown-digits')
  scenario.view = pick(one(PARAMS.view), VIEW_VALUES, scenario.view, 'unknown-view')
  scenario.thresholdRule = pick(
    one(PARAMS.threshold),
    THRESHOLD_RULES,
    scenario.thresholdRule,
    'unknown-threshold',
  )
  scenario.palette = pick(one(PARAMS.palette), PALETTE_VALUES, scenario.palette, 'unknown-palette')
  // `th=system` is not written (it is the default) but is read, as a reader may type it.
  scenario.theme = pick(one(PARAMS.theme), THEMES, scenario.theme, 'unknown-theme')
  const allianceParam = one(PARAMS.allianceMode)
  if (allianceParam !== null) {
    const value = westernDigits(allianceParam)
    if (value === ALLIANCE_ON || value === ALLIANCE_OFF)
      scenario.allianceMode = value === ALLIANCE_ON
    else warning('unknown-alliance', { text: linkText(allianceParam) })
  }

  // A step that edits the chamber (the Sadrist resignation of June 2022, say) opens with its
  // edits when the link carries none of its own.
  if (
    storyStep &&
    story &&
    Object.keys(scenario.seatEdits).length === 0 &&
    scenario.listOps.length === 0 &&
    Object.keys(scenario.listEdits).length === 0
  ) {
    const told = storyStepScenario(story, scenario.storyStep ?? 1, scenario)
    scenario.seatEdits = told.seatEdits
    scenario.listOps = told.listOps
    // The step's coalitions may hold the lists it adds, which the link's lists did not know.
    scenario.coalitions = scenario.coalitions.map((c, i) => ({
      ...c,
      partyIds: told.coalitions[i]?.partyIds ?? c.partyIds,
    }))
  }

  if (stepParam !== null && stepNumber === null) {
    warning('bad-story-step', { text: linkText(stepParam), min: 0, max: MAX_STORY_STEP })
  }
  const challengeParam = one(PARAMS.challenge)
  if (challengeParam !== null) {
    if (challengeParam.length <= 60 && LIST_ID_PATTERN.test(challengeParam))
      scenario.challengeId = challengeParam
    else warning('bad-challenge', { text: linkText(challengeParam) })
  }

  return { ok: true, scenario, warnings: capWarnings(warnings) }

  function pick<T extends string>(
    raw: string | null,
    allowed: readonly T[],
    fallbackValue: T,
    unknown: LinkWarningCode,
  ): T {
    if (raw === null) return fallbackValue
    const found = allowed.find((a) => a === raw)
    if (found !== undefined) return found
    warning(unknown, { text: linkText(raw) })
    return fallbackValue
  }
}

/** Link text as a problem quotes it (field-rules.ts). */
function linkText(raw: string): string {
  return quoteText(raw, LINK_QUOTE_LENGTH)
}

/** A list's short name in English and Arabic ('' where the data has none), for a warning. */
function listName(party: Party): { list: string; listAr: string } {
  return { list: party.shortName, listAr: party.shortNameAr ?? party.nameAr ?? '' }
}

function capWarnings(warnings: ReadonlyMap<string, LinkWarning>): LinkWarning[] {
  const list = [...warnings.values()]
  if (list.length <= MAX_WARNINGS) return list
  return [
    ...list.slice(0, MAX_WARNINGS),
    { code: 'more', values: { count: list.length - MAX_WARNINGS } },
  ]
}

/**
 * Reading a link (pure): the query string of a scenario back into the scenario, checking every
 * field against the field rules and the election it names, and noting each problem as a code with
 * values (link-problems.ts). Never throws on any input; `decodeScenario` (url-codec.ts) is the
 * door the app uses.
 */
import { MAX_COALITIONS, MAX_NAME_LENGTH, cleanCoalitionName } from '../coalition/coalitions'
import type { PartyId } from '../coalition/types'
import {
  DEFAULT_ELECTION_ID,
  type ElectionCatalog,
  findElection,
  versionSeats,
} from '../elections/catalog'
import { CUSTOM_PARLIAMENT_ID } from '../elections/own-parliament'
import { baseParliament } from '../elections/parliament-edits'
import { currentStory } from '../elections/story-catalog'
import type { Election, Party } from '../elections/types'
import { LIST_ID_PATTERN, quoteText, westernDigits, wholeOrNull } from '../elections/field-rules'
import { LINK_QUOTE_LENGTH, type LinkWarning, type LinkWarningCode } from './link-problems'
import { THEMES, THRESHOLD_RULES } from './scenario-store'
import { DIGITS, LOCALES } from '../elections/languages'
import { ownParliamentFromLink, parliamentEditsFromLink } from './url-parliament'
import { clampStoryStep, storyStepScenario } from './story-scenario'
import {
  ALLIANCE_OFF,
  ALLIANCE_ON,
  type DecodeOptions,
  type DecodeResult,
  KNOWN_PARAMS,
  MAX_QUERY_LENGTH,
  MAX_SEATS,
  MAX_STORY_STEP,
  MAX_WARNINGS,
  MEMBER_SEPARATOR,
  NAME_SEPARATOR,
  NO_COALITIONS,
  PALETTE_VALUES,
  PARAMS,
  SEAT_ENTRY_SEPARATOR,
  URL_FORMAT_VERSION,
  VIEW_VALUES,
  defaultsFor,
} from './link-format'

export function decodeLink(
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

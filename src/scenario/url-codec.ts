/**
 * The link format: a scenario as a short, readable, versioned query string, and back again.
 * Pure (no window, no store access). A link is untrusted input: decoding checks every field
 * and never throws. The format is documented in docs/links.md; change both together.
 *
 * In three modules: the vocabulary (link-format.ts), the reader (link-decoder.ts), and here the
 * writer and the one door the app reads links through, `decodeScenario`.
 */
import type { PartyId } from '../coalition/types'
import {
  DEFAULT_ELECTION_ID,
  type ElectionCatalog,
  catalog as shippedCatalog,
  versionSeats,
} from '../elections/catalog'
import { applyParliamentEdits } from '../elections/parliament-edits'
import { type ScenarioState, initialScenario } from './scenario-store'
import { encodeParliamentParams, linkBase } from './url-parliament'
import {
  ALLIANCE_ON,
  type DecodeOptions,
  type DecodeResult,
  LIST_ID_ALIASES,
  MAX_SEATS,
  MEMBER_SEPARATOR,
  NAME_SEPARATOR,
  NO_COALITIONS,
  PARAMS,
  SEAT_ENTRY_SEPARATOR,
  URL_FORMAT_VERSION,
  defaultsFor,
  isOpeningCoalitions,
} from './link-format'
import { decodeLink } from './link-decoder'

export {
  type DecodeOptions,
  type DecodeResult,
  LINK_FIELDS,
  LIST_ID_ALIASES,
  MAX_QUERY_LENGTH,
  MAX_SEATS,
  MAX_STORY_STEP,
  MAX_WARNINGS,
  PARAMS,
  URL_FORMAT_VERSION,
} from './link-format'

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
    return decodeLink(query, from, aliases, options)
  } catch {
    // Every path above is written not to throw; this is the last line of that promise.
    return { ok: false, reason: { code: 'unreadable', values: {} } }
  }
}

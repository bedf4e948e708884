/**
 * What the store holds, and the states everything else starts from: the ScenarioState type with
 * its settings types, the opening state (initialScenario), the state fields of a store snapshot
 * (pickScenario) and the parliament in force (selectParliament: the base parliament with the
 * user's list edits applied). Plain TypeScript: the store itself is wired in scenario-store.ts,
 * which re-exports everything here.
 */
import type { ChamberMode } from '../coalition/chamber'
import type { Coalition, PartyId } from '../coalition/types'
import { DEFAULT_ELECTION_ID, catalog, findElection } from '../elections/catalog'
import { CUSTOM_PARLIAMENT_ID } from '../elections/own-parliament'
import { type ListEdits, type ListOp, applyParliamentEdits } from '../elections/parliament-edits'
import type { Election } from '../elections/types'
import type { Digits, Locale } from '../elections/languages'

export interface ScenarioState {
  electionId: string
  /** Which seat table of the election is shown (e.g. 'may2018', 'final2018'). */
  versionId: string
  /** Seat counts the user changed, by list id; lists not here use the version's figure. */
  seatEdits: Readonly<Record<PartyId, number>>
  /** The user's coalitions, in the order they appear on screen. */
  coalitions: readonly Coalition[]
  /** The coalition that clicks on a list add to or remove from. */
  activeCoalitionId: string | null
  /** Interface language. */
  locale: Locale
  /** Digits for numbers: Western (0-9) or Arabic-Indic (٠-٩). */
  digits: Digits
  /**
   * 'standard'; 'projector' for a classroom presentation; 'embed' for another site's `<iframe>`
   * (the scenario, its verdict, picture and lists only; see docs/embed.md).
   */
  view: View
  /** Which threshold the analysis works against. */
  thresholdRule: ThresholdRule
  /**
   * Alliance mode of the voting-power analysis: the coalition being analysed votes as one bloc,
   * and every list's power is worked out for that smaller game.
   */
  allianceMode: boolean
  /** The step of the story about this parliament being shown, or null outside the story. */
  storyStep: number | null
  /** The challenge being attempted, or null. */
  challengeId: string | null
  /** 'standard' party colours, or a colour-blind-safe palette. */
  palette: Palette
  /**
   * Light or dark colours whatever the device says, or 'system' to follow the device
   * (`prefers-color-scheme`). Applied as `<html data-theme>` (absent for 'system').
   */
  theme: Theme
  /**
   * A parliament of the user's own (imported or started blank), shown when `electionId` is
   * CUSTOM_PARLIAMENT_ID. Kept while another election is shown, so the user can switch back.
   */
  customParliament: Election | null
  /** Merges, added and removed lists, in the order made (see elections/parliament-edits.ts). */
  listOps: readonly ListOp[]
  /** Renames, colours and non-voting seats, by list id (after listOps). */
  listEdits: ListEdits
  /** Whether the chamber keeps its size or follows the sum of the lists' seats. */
  chamberMode: ChamberMode
  /** A fixed chamber's size when the user changed it; null keeps the parliament's own size. */
  chamberSize: number | null
}

export type View = 'standard' | 'projector' | 'embed'
export type ThresholdRule = 'majority' | 'two-thirds' | 'blocking-third'
export type Palette = 'standard' | 'colorblind'
export type Theme = 'system' | 'light' | 'dark'
export const THEMES: readonly Theme[] = ['system', 'light', 'dark']
export const THRESHOLD_RULES: readonly ThresholdRule[] = [
  'majority',
  'two-thirds',
  'blocking-third',
]

/**
 * The reader's display settings, defined once: preferences rather than steps of a scenario. Undo
 * keeps them as they are (undo-history.ts), stored scenarios leave them out (scenario-storage.ts),
 * and a link that does not name one leaves the reader's own (url-sync.ts). Each is also a link
 * parameter of the same name (url-codec.ts's PARAMS).
 */
export const READER_SETTINGS = [
  'locale',
  'digits',
  'view',
  'palette',
  'theme',
] as const satisfies readonly (keyof ScenarioState)[]
export type ReaderSetting = (typeof READER_SETTINGS)[number]
export type ReaderSettings = Pick<ScenarioState, ReaderSetting>

/** The reader's settings in a state. */
export function readerSettings(s: ScenarioState): ReaderSettings {
  return { locale: s.locale, digits: s.digits, view: s.view, palette: s.palette, theme: s.theme }
}

/** The opening state: the default election's announced results and one empty coalition. */
export function initialScenario(electionId = DEFAULT_ELECTION_ID): ScenarioState {
  const election = findElection(electionId) ?? catalog.elections[0]
  return {
    electionId: election?.id ?? electionId,
    versionId: election?.defaultVersion ?? '',
    seatEdits: {},
    coalitions: [{ id: 'c1', name: '', partyIds: [] }],
    activeCoalitionId: 'c1',
    locale: 'en',
    digits: 'western',
    view: 'standard',
    thresholdRule: 'majority',
    allianceMode: false,
    storyStep: null,
    challengeId: null,
    palette: 'standard',
    theme: 'system',
    customParliament: null,
    listOps: [],
    listEdits: {},
    chamberMode: 'fixed',
    chamberSize: null,
  }
}

/** The parliament the edits apply to: the user's own, or a shipped election. */
export function selectBaseParliament(s: ScenarioState): Election | undefined {
  if (s.electionId === CUSTOM_PARLIAMENT_ID) return s.customParliament ?? undefined
  return findElection(s.electionId)
}

// base → listOps → listEdits → result. Weak keys: a result lives as long as its inputs do.
const parliamentCache = new WeakMap<
  Election,
  WeakMap<readonly ListOp[], WeakMap<ListEdits, Election>>
>()

/**
 * The parliament in force: the base with the user's list edits applied. Memoised on its inputs,
 * so the same inputs always give the same object (safe to return from a store selector).
 */
export function selectParliament(s: ScenarioState): Election | undefined {
  const base = selectBaseParliament(s)
  if (!base) return undefined
  let byOps = parliamentCache.get(base)
  if (!byOps) parliamentCache.set(base, (byOps = new WeakMap()))
  let byEdits = byOps.get(s.listOps)
  if (!byEdits) byOps.set(s.listOps, (byEdits = new WeakMap()))
  let result = byEdits.get(s.listEdits)
  if (!result)
    byEdits.set(s.listEdits, (result = applyParliamentEdits(base, s.listOps, s.listEdits)))
  return result
}
/** Just the state fields of a store snapshot (no actions): what links, storage and undo keep. */
export function pickScenario(s: ScenarioState): ScenarioState {
  return {
    electionId: s.electionId,
    versionId: s.versionId,
    seatEdits: s.seatEdits,
    coalitions: s.coalitions,
    activeCoalitionId: s.activeCoalitionId,
    locale: s.locale,
    digits: s.digits,
    view: s.view,
    thresholdRule: s.thresholdRule,
    allianceMode: s.allianceMode,
    storyStep: s.storyStep,
    challengeId: s.challengeId,
    palette: s.palette,
    theme: s.theme,
    customParliament: s.customParliament,
    listOps: s.listOps,
    listEdits: s.listEdits,
    chamberMode: s.chamberMode,
    chamberSize: s.chamberSize,
  }
}

/**
 * The one store: only what the user chose. Totals, thresholds, margins and chart rows are derived
 * (see selectors.ts), never stored.
 */
import { create } from 'zustand'
import {
  MAX_COALITIONS,
  keepKnownParties,
  nextCoalitionId,
  renameCoalition,
  toggleParty,
} from '../coalition/coalitions'
import type { Coalition, PartyId } from '../coalition/types'
import { DEFAULT_ELECTION_ID, catalog, findElection } from '../elections/catalog'

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
  /** 'standard', or 'projector' for a classroom presentation. */
  view: View
  /** Which threshold the analysis works against. */
  thresholdRule: ThresholdRule
  /** The step of the guided 2018 story being shown, or null outside the story. */
  storyStep: number | null
  /** The challenge being attempted, or null. */
  challengeId: string | null
  /** 'standard' party colours, or a colour-blind-safe palette. */
  palette: Palette
}

export type Locale = 'en' | 'ar'
export type Digits = 'western' | 'arabic'
export type View = 'standard' | 'projector'
export type ThresholdRule = 'majority' | 'two-thirds' | 'blocking-third'
export type Palette = 'standard' | 'colorblind'
export const LOCALES: readonly Locale[] = ['en', 'ar']
export const THRESHOLD_RULES: readonly ThresholdRule[] = [
  'majority',
  'two-thirds',
  'blocking-third',
]

export interface ScenarioActions {
  /** Puts the list into the coalition being edited, or takes it out (creating a coalition if none). */
  toggleParty: (partyId: PartyId) => void
  togglePartyInCoalition: (coalitionId: string, partyId: PartyId) => void
  /** Adds a coalition and makes it the one being edited. Ignored past MAX_COALITIONS. */
  addCoalition: (partyIds?: readonly PartyId[], name?: string) => void
  removeCoalition: (coalitionId: string) => void
  renameCoalition: (coalitionId: string, name: string) => void
  selectCoalition: (coalitionId: string) => void
  /** Switches the seat table; coalitions stay as they are. */
  setVersion: (versionId: string) => void
  /** Sets one list's seats (clamped to a whole number from 0 to 10,000). */
  setPartySeats: (partyId: PartyId, seats: number) => void
  resetSeats: () => void
  /** Back to the opening state. */
  reset: () => void
  setLocale: (locale: Locale) => void
  setDigits: (digits: Digits) => void
  setView: (view: View) => void
  setThresholdRule: (rule: ThresholdRule) => void
  /** Shows a step of the story (null leaves the story). */
  setStoryStep: (step: number | null) => void
  setChallenge: (challengeId: string | null) => void
  setPalette: (palette: Palette) => void
  /** Replaces the whole scenario, e.g. after decoding a shared link. */
  loadScenario: (scenario: ScenarioState) => void
}

export type ScenarioStore = ScenarioState & ScenarioActions

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
    storyStep: null,
    challengeId: null,
    palette: 'standard',
  }
}

function knownParty(state: ScenarioState, partyId: PartyId): boolean {
  const election = findElection(state.electionId)
  return !!election?.parties.some((p) => p.id === partyId)
}

export const useScenarioStore = create<ScenarioStore>()((set) => ({
  ...initialScenario(),

  toggleParty: (partyId) =>
    set((state) => {
      if (!knownParty(state, partyId)) return state
      const active = state.coalitions.find((c) => c.id === state.activeCoalitionId)
      if (active) return { coalitions: toggleParty(state.coalitions, active.id, partyId) }
      if (state.coalitions.length >= MAX_COALITIONS) return state
      const id = nextCoalitionId(state.coalitions)
      return {
        coalitions: [...state.coalitions, { id, name: '', partyIds: [partyId] }],
        activeCoalitionId: id,
      }
    }),

  togglePartyInCoalition: (coalitionId, partyId) =>
    set((state) =>
      knownParty(state, partyId)
        ? { coalitions: toggleParty(state.coalitions, coalitionId, partyId) }
        : state,
    ),

  addCoalition: (partyIds = [], name = '') =>
    set((state) => {
      if (state.coalitions.length >= MAX_COALITIONS) return state
      const election = findElection(state.electionId)
      const known = Object.fromEntries((election?.parties ?? []).map((p) => [p.id, 1]))
      const id = nextCoalitionId(state.coalitions)
      const coalition: Coalition = { id, name: '', partyIds: keepKnownParties(partyIds, known) }
      const coalitions = renameCoalition([...state.coalitions, coalition], id, name)
      return { coalitions, activeCoalitionId: id }
    }),

  removeCoalition: (coalitionId) =>
    set((state) => {
      const index = state.coalitions.findIndex((c) => c.id === coalitionId)
      if (index < 0) return state
      const coalitions = state.coalitions.filter((c) => c.id !== coalitionId)
      let activeCoalitionId = state.activeCoalitionId
      if (activeCoalitionId === coalitionId) {
        activeCoalitionId = (coalitions[index] ?? coalitions[index - 1])?.id ?? null
      }
      return { coalitions, activeCoalitionId }
    }),

  renameCoalition: (coalitionId, name) =>
    set((state) => ({ coalitions: renameCoalition(state.coalitions, coalitionId, name) })),

  selectCoalition: (coalitionId) =>
    set((state) =>
      state.coalitions.some((c) => c.id === coalitionId)
        ? { activeCoalitionId: coalitionId }
        : state,
    ),

  setVersion: (versionId) =>
    set((state) => {
      const election = findElection(state.electionId)
      return election?.versions.some((v) => v.id === versionId) ? { versionId } : state
    }),

  setPartySeats: (partyId, seats) =>
    set((state) => {
      if (!knownParty(state, partyId) || !Number.isFinite(seats)) return state
      const clamped = Math.min(10_000, Math.max(0, Math.round(seats)))
      return { seatEdits: { ...state.seatEdits, [partyId]: clamped } }
    }),

  resetSeats: () => set({ seatEdits: {} }),

  // Reset clears the scenario, not the reader's settings (language, digits, palette, view).
  reset: () =>
    set((state) => ({
      ...initialScenario(state.electionId),
      locale: state.locale,
      digits: state.digits,
      palette: state.palette,
      view: state.view,
    })),

  setLocale: (locale) => set({ locale }),
  setDigits: (digits) => set({ digits }),
  setView: (view) => set({ view }),
  setThresholdRule: (thresholdRule) => set({ thresholdRule }),
  setStoryStep: (storyStep) =>
    set({ storyStep: storyStep === null ? null : Math.max(0, Math.floor(storyStep)) }),
  setChallenge: (challengeId) => set({ challengeId }),
  setPalette: (palette) => set({ palette }),

  loadScenario: (scenario) => set(pickScenario(scenario)),
}))

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
    storyStep: s.storyStep,
    challengeId: s.challengeId,
    palette: s.palette,
  }
}

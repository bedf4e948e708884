/**
 * The one store: only what the user chose. Totals, thresholds, margins and chart rows are derived
 * (see selectors.ts), never stored.
 */
import {
  type ReactNode,
  createContext,
  createElement,
  startTransition,
  useContext,
  useEffect,
  useState,
} from 'react'
import { create } from 'zustand'
import type { ChamberMode } from '../coalition/chamber'
import {
  joinBesideInCoalitions,
  mergeInCoalitions,
  removeFromCoalitions,
} from '../coalition/coalition-edits'
import {
  MAX_COALITIONS,
  keepKnownParties,
  nextCoalitionId,
  renameCoalition,
  toggleParty,
} from '../coalition/coalitions'
import type { Coalition, PartyId } from '../coalition/types'
import { DEFAULT_ELECTION_ID, catalog, findElection, versionSeats } from '../elections/catalog'
import { CUSTOM_PARLIAMENT_ID, buildParliament, isoToday } from '../elections/own-parliament'
import {
  type ListEdit,
  type ListEdits,
  type ListOp,
  MAX_LIST_SEATS,
  applyParliamentEdits,
  baseListIds,
  cleanListName,
} from '../elections/parliament-edits'
import type { Election } from '../elections/types'
import { isColour } from '../elections/field-rules'
import { type ListContext, addList, mergeLists, splitList } from '../elections/list-changes'
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
  /** The step of the guided 2018 story being shown, or null outside the story. */
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
  /** Turns alliance mode of the voting-power analysis on or off. */
  setAllianceMode: (on: boolean) => void
  /** Shows a step of the story (null leaves the story). */
  setStoryStep: (step: number | null) => void
  setChallenge: (challengeId: string | null) => void
  setPalette: (palette: Palette) => void
  setTheme: (theme: Theme) => void
  /** Replaces the whole scenario, e.g. after decoding a shared link. */
  loadScenario: (scenario: ScenarioState) => void

  /** Back to the source figure for one list's seats. */
  resetPartySeats: (partyId: PartyId) => void
  /** Back to the source figures, names and colours for one list. */
  resetList: (partyId: PartyId) => void
  /**
   * Drops every edit of the lists and seats (merges, splits, added and removed lists, renames,
   * seat edits). Coalitions keep the original lists behind merged ones.
   */
  resetEdits: () => void
  renameList: (partyId: PartyId, name: string) => void
  /** Sets a list's colour (`#rrggbb`; anything else is ignored). */
  recolorList: (partyId: PartyId, color: string) => void
  /** Marks some of a list's seats as not voting (clamped to its seats). */
  setNonVoting: (partyId: PartyId, seats: number) => void
  /** Two lists run as one; coalitions holding either hold the merged list instead. */
  mergeLists: (firstId: PartyId, secondId: PartyId, name?: string) => void
  /**
   * Moves `seats` of a list to a new list called `name`, which joins the coalitions the
   * original is in (so no coalition's total changes).
   */
  splitList: (partyId: PartyId, seats: number, name: string) => void
  /** Adds a list with its own seats. */
  addList: (name: string, seats: number, color?: string) => void
  /** Removes a list from the parliament and from every coalition. */
  removeList: (partyId: PartyId) => void
  setChamberMode: (mode: ChamberMode) => void
  /** Sets a fixed chamber's size (a whole number from 0 to 10,000). */
  setChamberSize: (seats: number) => void
  /** Shows a shipped election, or the user's own parliament (CUSTOM_PARLIAMENT_ID), afresh. */
  setElection: (electionId: string) => void
  /**
   * Shows a parliament of the user's own, replacing any earlier one, with these coalitions
   * (unknown list ids dropped) or the opening empty coalition.
   */
  loadParliament: (
    parliament: Election,
    options?: {
      coalitions?: readonly Coalition[]
      chamberMode?: ChamberMode
      chamberSize?: number | null
    },
  ) => void
  /** Starts an empty parliament of the user's own whose chamber follows the lists' seats. */
  startBlankParliament: (title: string) => void
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

function knownParty(state: ScenarioState, partyId: PartyId): boolean {
  const election = selectParliament(state)
  return !!election?.parties.some((p) => p.id === partyId)
}

/** A list's seats as the chosen version gives them (its "source figure"). */
function sourceSeats(state: ScenarioState, partyId: PartyId): number | undefined {
  const election = selectParliament(state)
  return election ? versionSeats(election, state.versionId)[partyId] : undefined
}

/** The seats a list holds now: its edit, or its source figure. */
function currentSeats(state: ScenarioState, partyId: PartyId): number {
  const edit = Object.hasOwn(state.seatEdits, partyId) ? state.seatEdits[partyId] : undefined
  return edit ?? sourceSeats(state, partyId) ?? 0
}

function clampSeats(seats: number): number {
  return Math.min(MAX_LIST_SEATS, Math.max(0, Math.round(seats)))
}

/** Seat edits with one list set; an edit equal to the source figure is no edit and is dropped. */
function withSeatEdit(
  state: ScenarioState,
  partyId: PartyId,
  seats: number,
  edits: Readonly<Record<PartyId, number>> = state.seatEdits,
): Readonly<Record<PartyId, number>> {
  const out = { ...edits }
  if (seats === sourceSeats(state, partyId)) delete out[partyId]
  else out[partyId] = seats
  return out
}

function without<T>(record: Readonly<Record<string, T>>, ...ids: string[]): Record<string, T> {
  const out = { ...record }
  for (const id of ids) delete out[id]
  return out
}

function withListEdit(state: ScenarioState, partyId: PartyId, edit: ListEdit): ListEdits {
  const current = Object.hasOwn(state.listEdits, partyId) ? state.listEdits[partyId] : undefined
  return { ...state.listEdits, [partyId]: { ...current, ...edit } }
}

/** The ids of the parliament in force, to keep new ids unique. */
function takenIds(state: ScenarioState): Set<string> {
  const ids = new Set((selectParliament(state)?.parties ?? []).map((p) => p.id))
  // Ids used by earlier operations stay reserved, so an id never means two lists in one history.
  for (const op of state.listOps) ids.add(op.id)
  return ids
}

/** What the list changes of list-changes.ts need from a state; null without a parliament. */
function listContext(state: ScenarioState): ListContext | null {
  const parliament = selectParliament(state)
  if (!parliament) return null
  return { parliament, taken: takenIds(state), seats: (id) => currentSeats(state, id) }
}

/** The scenario of a parliament shown afresh: no edits, the opening coalition. */
function freshParliamentFields(election: Election | undefined) {
  return {
    versionId: election?.defaultVersion ?? '',
    seatEdits: {},
    listOps: [],
    listEdits: {},
    coalitions: [{ id: 'c1', name: '', partyIds: [] }],
    activeCoalitionId: 'c1',
    chamberMode: 'fixed' as ChamberMode,
    chamberSize: null,
    storyStep: null,
    challengeId: null,
  } satisfies Partial<ScenarioState>
}

const scenarioStore = create<ScenarioStore>()((set) => ({
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
      // The parliament in view: lists the reader added, merged or imported count as known.
      const election = selectParliament(state)
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
      const election = selectParliament(state)
      if (!election?.versions.some((v) => v.id === versionId)) return state
      // An edit equal to the new figures is no edit any more (and a link would leave it out).
      const next = { ...state, versionId }
      const seatEdits = Object.fromEntries(
        Object.entries(state.seatEdits).filter(([id, n]) => n !== sourceSeats(next, id)),
      )
      return { versionId, seatEdits }
    }),

  setPartySeats: (partyId, seats) =>
    set((state) => {
      if (!knownParty(state, partyId) || !Number.isFinite(seats)) return state
      const seatEdits = withSeatEdit(state, partyId, clampSeats(seats))
      return seatEdits[partyId] === state.seatEdits[partyId] ? state : { seatEdits }
    }),

  resetSeats: () => set({ seatEdits: {} }),

  // Reset clears the scenario, not the reader's settings (language, digits, palette, view).
  // The user's own parliament stays loaded: reset clears what was done with it.
  reset: () =>
    set((state) => {
      const own = state.electionId === CUSTOM_PARLIAMENT_ID && state.customParliament
      return {
        ...initialScenario(state.electionId),
        ...(own ? { electionId: CUSTOM_PARLIAMENT_ID, ...freshParliamentFields(own) } : {}),
        chamberMode: own && own.parties.length === 0 ? 'sum' : 'fixed',
        customParliament: state.customParliament,
        locale: state.locale,
        digits: state.digits,
        palette: state.palette,
        theme: state.theme,
        view: state.view,
      }
    }),

  setLocale: (locale) => set({ locale }),
  setDigits: (digits) => set({ digits }),
  setView: (view) => set({ view }),
  setThresholdRule: (thresholdRule) => set({ thresholdRule }),
  setAllianceMode: (on) => set({ allianceMode: on === true }),
  setStoryStep: (storyStep) =>
    set({ storyStep: storyStep === null ? null : Math.max(0, Math.floor(storyStep)) }),
  setChallenge: (challengeId) => set({ challengeId }),
  setPalette: (palette) => set({ palette }),
  setTheme: (theme) => set({ theme }),

  loadScenario: (scenario) => set(pickScenario(scenario)),

  resetPartySeats: (partyId) =>
    set((state) =>
      Object.hasOwn(state.seatEdits, partyId)
        ? { seatEdits: without(state.seatEdits, partyId) }
        : state,
    ),

  resetList: (partyId) =>
    set((state) => {
      const hasSeats = Object.hasOwn(state.seatEdits, partyId)
      const hasEdit = Object.hasOwn(state.listEdits, partyId)
      if (!hasSeats && !hasEdit) return state
      return {
        seatEdits: hasSeats ? without(state.seatEdits, partyId) : state.seatEdits,
        listEdits: hasEdit ? without(state.listEdits, partyId) : state.listEdits,
      }
    }),

  resetEdits: () =>
    set((state) => {
      if (
        state.listOps.length === 0 &&
        Object.keys(state.listEdits).length === 0 &&
        Object.keys(state.seatEdits).length === 0
      ) {
        return state
      }
      const coalitions = state.coalitions.map((c) => {
        const partyIds = [...new Set(c.partyIds.flatMap((id) => baseListIds(state.listOps, id)))]
        return partyIds.length === c.partyIds.length &&
          partyIds.every((id, i) => id === c.partyIds[i])
          ? c
          : { ...c, partyIds }
      })
      return { seatEdits: {}, listOps: [], listEdits: {}, coalitions }
    }),

  renameList: (partyId, name) =>
    set((state) =>
      knownParty(state, partyId)
        ? { listEdits: withListEdit(state, partyId, { name: cleanListName(name) }) }
        : state,
    ),

  recolorList: (partyId, color) =>
    set((state) =>
      knownParty(state, partyId) && isColour(color)
        ? { listEdits: withListEdit(state, partyId, { color: color.toLowerCase() }) }
        : state,
    ),

  setNonVoting: (partyId, seats) =>
    set((state) => {
      if (!knownParty(state, partyId) || !Number.isFinite(seats)) return state
      const nonVoting = Math.min(currentSeats(state, partyId), clampSeats(seats))
      return { listEdits: withListEdit(state, partyId, { nonVoting }) }
    }),

  mergeLists: (firstId, secondId, name = '') =>
    set((state) => {
      const context = listContext(state)
      const merged = context && mergeLists(context, firstId, secondId, name)
      if (!merged) return state
      const { op, seats } = merged
      const next = { ...state, listOps: [...state.listOps, op] }
      const seatEdits = withSeatEdit(next, op.id, seats, without(state.seatEdits, ...op.ids))
      return {
        listOps: next.listOps,
        listEdits: without(state.listEdits, ...op.ids),
        seatEdits,
        coalitions: mergeInCoalitions(state.coalitions, op.ids, op.id),
      }
    }),

  splitList: (partyId, seats, name) =>
    set((state) => {
      const context = Number.isFinite(seats) ? listContext(state) : null
      const split = context && splitList(context, partyId, clampSeats(seats), name)
      if (!split) return state
      return {
        listOps: [...state.listOps, split.op],
        seatEdits: withSeatEdit(state, partyId, currentSeats(state, partyId) - split.moved),
        coalitions: joinBesideInCoalitions(state.coalitions, partyId, split.op.id),
      }
    }),

  addList: (name, seats, color) =>
    set((state) => {
      const context = Number.isFinite(seats) ? listContext(state) : null
      const op = context && addList(context, name, clampSeats(seats), color)
      return op ? { listOps: [...state.listOps, op] } : state
    }),

  removeList: (partyId) =>
    set((state) => {
      if (!knownParty(state, partyId)) return state
      return {
        listOps: [...state.listOps, { kind: 'remove', id: partyId }],
        seatEdits: without(state.seatEdits, partyId),
        listEdits: without(state.listEdits, partyId),
        coalitions: removeFromCoalitions(state.coalitions, partyId),
      }
    }),

  setChamberMode: (chamberMode) => set({ chamberMode }),

  setChamberSize: (seats) =>
    set((state) => {
      if (!Number.isFinite(seats)) return state
      const size = clampSeats(seats)
      return { chamberSize: size === selectBaseParliament(state)?.chamberSize ? null : size }
    }),

  setElection: (electionId) =>
    set((state) => {
      const custom = electionId === CUSTOM_PARLIAMENT_ID
      const election = custom ? state.customParliament : findElection(electionId)
      if (!election) return state
      return {
        electionId,
        ...freshParliamentFields(election),
        chamberMode: custom && election.parties.length === 0 ? 'sum' : 'fixed',
      }
    }),

  loadParliament: (parliament, options = {}) =>
    set(() => {
      const known = Object.fromEntries(parliament.parties.map((p) => [p.id, 1]))
      const coalitions = (options.coalitions ?? []).slice(0, MAX_COALITIONS).map((c, i) => ({
        id: `c${i + 1}`,
        name: cleanListName(c.name),
        partyIds: keepKnownParties(c.partyIds, known),
      }))
      const fresh = freshParliamentFields(parliament)
      return {
        electionId: CUSTOM_PARLIAMENT_ID,
        customParliament: parliament,
        ...fresh,
        ...(coalitions.length > 0 ? { coalitions, activeCoalitionId: coalitions.at(-1)!.id } : {}),
        chamberMode: options.chamberMode ?? 'fixed',
        chamberSize:
          options.chamberSize === undefined || options.chamberSize === parliament.chamberSize
            ? null
            : options.chamberSize,
      }
    }),

  startBlankParliament: (title) =>
    set(() => {
      const parliament = buildParliament({ title, lists: [], date: isoToday() })
      return {
        electionId: CUSTOM_PARLIAMENT_ID,
        customParliament: parliament,
        ...freshParliamentFields(parliament),
        chamberMode: 'sum',
      }
    }),
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

/**
 * A state the components below read instead of the live store: `<DeferredScenario>` provides a
 * copy of the store's state that follows it a frame later, so what it wraps (the hemicycle and the
 * chart) follows a press in a later, interruptible render while the press's own frame shows the
 * toggled list and the verdict.
 */
const SnapshotContext = createContext<ScenarioStore | null>(null)
const selectNothing = () => null

function useScenarioSelector<T>(selector: (state: ScenarioStore) => T): T {
  const snapshot = useContext(SnapshotContext)
  // Always subscribed (hooks cannot be conditional), to nothing while a snapshot is given.
  const live = scenarioStore(snapshot ? selectNothing : selector) as T
  return snapshot ? selector(snapshot) : live
}

/**
 * The one store, as a hook (`useScenarioStore(selector)`) with Zustand's API on it (`getState`,
 * `setState`, `subscribe`). Inside `<DeferredScenario>` the hook reads the deferred state.
 */
export const useScenarioStore: typeof scenarioStore = Object.assign(
  useScenarioSelector as typeof scenarioStore,
  scenarioStore,
)

/**
 * Calls `run` once the browser has painted the frame being prepared: in the first task after the
 * next animation frame (straight away in a task where there are no frames). Returns a cancel.
 */
function afterNextPaint(run: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined
  if (typeof requestAnimationFrame !== 'function') {
    timer = setTimeout(run, 0)
    return () => clearTimeout(timer)
  }
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(run, 0)
  })
  return () => {
    cancelAnimationFrame(frame)
    clearTimeout(timer)
  }
}

/**
 * Renders its children from a copy of the store's state that follows it one frame later: the
 * press's own frame carries only what the press changed where it was made (the list, the
 * verdict), and the copy catches up right after that frame is painted, in an interruptible render
 * (a transition), so a burst of presses or keystrokes draws the picture once, for the last one.
 */
export function DeferredScenario({ children }: { children: ReactNode }) {
  const live = scenarioStore((s) => s)
  const [shown, setShown] = useState(live)
  useEffect(() => {
    if (shown === live) return
    return afterNextPaint(() => startTransition(() => setShown(live)))
  }, [live, shown])
  return createElement(SnapshotContext.Provider, { value: shown }, children)
}

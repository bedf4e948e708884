/**
 * The one store: only what the user chose. Totals, thresholds, margins and chart rows are derived
 * (see selectors.ts), never stored. This module wires the actions: the edits of a scenario are
 * pure reducers (scenario-edits.ts), while switching parliaments, resetting and the reader's
 * settings are set here. The state type, the opening state and the parliament in force live in
 * scenario-state.ts and are re-exported, so importers name this module alone. `<DeferredScenario>`
 * gives what it wraps a copy of the state that follows the store a frame later.
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
import { MAX_COALITIONS, keepKnownParties } from '../coalition/coalitions'
import type { Coalition, PartyId } from '../coalition/types'
import { findElection } from '../elections/catalog'
import { CUSTOM_PARLIAMENT_ID, buildParliament, isoToday } from '../elections/own-parliament'
import { cleanListName } from '../elections/parliament-edits'
import type { Election } from '../elections/types'
import type { Digits, Locale } from '../elections/languages'
import * as edits from './scenario-edits'
import {
  type Palette,
  type ScenarioState,
  type Theme,
  type ThresholdRule,
  type View,
  initialScenario,
  pickScenario,
} from './scenario-state'

export {
  READER_SETTINGS,
  THEMES,
  THRESHOLD_RULES,
  initialScenario,
  pickScenario,
  readerSettings,
  selectBaseParliament,
  selectParliament,
} from './scenario-state'
export type {
  Palette,
  ReaderSetting,
  ReaderSettings,
  ScenarioState,
  Theme,
  ThresholdRule,
  View,
} from './scenario-state'

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

  toggleParty: (partyId) => set((s) => edits.toggleParty(s, partyId)),
  togglePartyInCoalition: (coalitionId, partyId) =>
    set((s) => edits.togglePartyInCoalition(s, coalitionId, partyId)),
  addCoalition: (partyIds, name) => set((s) => edits.addCoalition(s, partyIds, name)),
  removeCoalition: (coalitionId) => set((s) => edits.removeCoalition(s, coalitionId)),
  renameCoalition: (coalitionId, name) => set((s) => edits.renameCoalition(s, coalitionId, name)),
  selectCoalition: (coalitionId) => set((s) => edits.selectCoalition(s, coalitionId)),
  setVersion: (versionId) => set((s) => edits.setVersion(s, versionId)),
  setPartySeats: (partyId, seats) => set((s) => edits.setPartySeats(s, partyId, seats)),
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

  resetPartySeats: (partyId) => set((s) => edits.resetPartySeats(s, partyId)),
  resetList: (partyId) => set((s) => edits.resetList(s, partyId)),
  resetEdits: () => set((s) => edits.resetEdits(s)),
  renameList: (partyId, name) => set((s) => edits.renameList(s, partyId, name)),
  recolorList: (partyId, color) => set((s) => edits.recolorList(s, partyId, color)),
  setNonVoting: (partyId, seats) => set((s) => edits.setNonVoting(s, partyId, seats)),
  mergeLists: (firstId, secondId, name) => set((s) => edits.mergeLists(s, firstId, secondId, name)),
  splitList: (partyId, seats, name) => set((s) => edits.splitList(s, partyId, seats, name)),
  addList: (name, seats, color) => set((s) => edits.addList(s, name, seats, color)),
  removeList: (partyId) => set((s) => edits.removeList(s, partyId)),
  setChamberMode: (chamberMode) => set({ chamberMode }),
  setChamberSize: (seats) => set((s) => edits.setChamberSize(s, seats)),

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

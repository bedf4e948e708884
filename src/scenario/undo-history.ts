/**
 * Undo and redo for every change to the scenario, as a small history of store snapshots. It knows
 * nothing of React: it subscribes to any store with Zustand's vanilla API (getState, setState,
 * subscribe), so actions need not know about it, and it is tested without rendering.
 *
 * What is recorded: the fields `pickScenario` returns, except the reader's display settings
 * (language, digits, view, palette), which are preferences rather than steps of a scenario —
 * undo never changes the language under the reader. Continuous input (typing a name, dragging a
 * colour, typing a seat count) within COALESCE_MS of the last change to the same thing is one step.
 */
import { changeKind, sameData } from './continuous-change'
import {
  READER_SETTINGS,
  type ReaderSetting,
  type ScenarioState,
  pickScenario,
  useScenarioStore,
} from './scenario-store'

/** Changes to the same thing closer together than this are one undo step. */
export const COALESCE_MS = 1000
/** The most steps kept; the oldest are forgotten first. */
export const HISTORY_LIMIT = 200

/** What one undo step restores. */
export type HistorySnapshot = Omit<ScenarioState, ReaderSetting>

/** The part of a Zustand store the history needs. */
export interface SnapshotStore<S extends ScenarioState> {
  getState: () => S
  setState: (partial: Partial<S>) => void
  subscribe: (listener: (state: S, prev: S) => void) => () => void
}

export interface UndoState {
  canUndo: boolean
  canRedo: boolean
  /**
   * True when undo has gone back as far as it can but older steps existed: they were forgotten
   * beyond `limit`. The interface says so rather than stopping without a word.
   */
  limitReached: boolean
  /** The most steps kept. */
  limit: number
}

export interface UndoHistory {
  undo: () => void
  redo: () => void
  /** Whether undo/redo would do anything: the same object until that changes. */
  getState: () => UndoState
  /** Called after every change of `getState()`; returns the unsubscribe function. */
  subscribe: (listener: () => void) => () => void
  /** Forgets every step (the current state becomes the start). */
  clear: () => void
  /** Stops recording. */
  stop: () => void
}

export interface UndoHistoryOptions {
  /** Milliseconds now; injectable so tests need no real time. */
  now?: () => number
  coalesceMs?: number
  limit?: number
}

/** The recorded fields of a state. */
export function historySnapshot(state: ScenarioState): HistorySnapshot {
  const all: Partial<ScenarioState> = pickScenario(state)
  for (const key of READER_SETTINGS) delete all[key]
  return all as HistorySnapshot
}

/**
 * Starts recording the store's changes. Undo and redo put a recorded snapshot back with one
 * `setState`, which the history itself does not record.
 */
export function createUndoHistory<S extends ScenarioState>(
  store: SnapshotStore<S>,
  options: UndoHistoryOptions = {},
): UndoHistory {
  const now = options.now ?? (() => Date.now())
  const coalesceMs = options.coalesceMs ?? COALESCE_MS
  const limit = options.limit ?? HISTORY_LIMIT
  let past: HistorySnapshot[] = []
  let future: HistorySnapshot[] = []
  let present = historySnapshot(store.getState())
  let lastKind: string | null = null
  let lastTime = -Infinity
  let applying = false
  /** Steps dropped from the start of `past` because of the limit. */
  let forgotten = 0
  let state: UndoState = { canUndo: false, canRedo: false, limitReached: false, limit }
  const listeners = new Set<() => void>()

  function publish() {
    const next = {
      canUndo: past.length > 0,
      canRedo: future.length > 0,
      limitReached: past.length === 0 && forgotten > 0,
      limit,
    }
    if (
      next.canUndo === state.canUndo &&
      next.canRedo === state.canRedo &&
      next.limitReached === state.limitReached
    )
      return
    state = next
    for (const listener of listeners) listener()
  }

  const unsubscribe = store.subscribe((current) => {
    if (applying) return
    const next = historySnapshot(current)
    if (sameData(present, next)) return
    const kind = changeKind(present, next)
    const time = now()
    const coalesce = kind !== null && kind === lastKind && time - lastTime <= coalesceMs
    if (!coalesce) {
      past.push(present)
      if (past.length > limit) {
        forgotten += past.length - limit
        past = past.slice(past.length - limit)
      }
    }
    future = []
    present = next
    lastKind = kind
    lastTime = time
    publish()
  })

  function restore(snapshot: HistorySnapshot) {
    applying = true
    try {
      store.setState(snapshot as Partial<S>)
    } finally {
      applying = false
    }
    present = snapshot
    lastKind = null
    publish()
  }

  return {
    undo() {
      const previous = past.pop()
      if (!previous) return
      future.push(present)
      restore(previous)
    },
    redo() {
      const next = future.pop()
      if (!next) return
      past.push(present)
      restore(next)
    },
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    clear() {
      past = []
      future = []
      forgotten = 0
      present = historySnapshot(store.getState())
      lastKind = null
      publish()
    },
    stop: unsubscribe,
  }
}

/** The parts of a key press the shortcuts look at. */
export interface KeyPress {
  key: string
  ctrlKey: boolean
  metaKey: boolean
  shiftKey: boolean
  altKey: boolean
}

/**
 * The history command a key press asks for: Ctrl/Cmd+Z undoes; Shift+Ctrl/Cmd+Z and Ctrl+Y redo.
 *
 * @example undoShortcut({ key: 'z', ctrlKey: true, metaKey: false, shiftKey: false, altKey: false }) // 'undo'
 */
export function undoShortcut(press: KeyPress): 'undo' | 'redo' | null {
  if (press.altKey || !(press.ctrlKey || press.metaKey)) return null
  const key = press.key.toLowerCase()
  if (key === 'z') return press.shiftKey ? 'redo' : 'undo'
  if (key === 'y' && press.ctrlKey && !press.shiftKey) return 'redo'
  return null
}

/**
 * True for elements that keep their own text undo (text and number fields, text areas, editable
 * content): Ctrl+Z there is the browser's, not the scenario's.
 */
export function hasOwnTextUndo(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).tagName !== 'string') return false
  const el = target as HTMLElement
  if (el.isContentEditable) return true
  if (el.tagName === 'TEXTAREA') return true
  if (el.tagName !== 'INPUT') return false
  const type = ((el as HTMLInputElement).type || 'text').toLowerCase()
  return !['button', 'checkbox', 'color', 'file', 'radio', 'range', 'reset', 'submit'].includes(
    type,
  )
}

let appHistory: UndoHistory | null = null

/**
 * The history of the app's store, started on first use (after a shared link has been opened, so
 * undo never goes back past the link).
 */
export function getAppHistory(): UndoHistory {
  appHistory ??= createUndoHistory(useScenarioStore)
  return appHistory
}

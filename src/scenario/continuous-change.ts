/**
 * The one rule of "continuous input": typing a coalition's or a list's name, typing one list's
 * seats or the chamber's size, dragging a colour. Undo makes a run of such changes to the same
 * thing one step (undo-history.ts); the address bar replaces its entry instead of pushing one per
 * key (url-sync.ts). Pure.
 */
import type { ReaderSetting, ScenarioState } from './scenario-store'

/** A scenario's facts: what it holds besides the reader's settings. */
export type ScenarioFacts = Omit<ScenarioState, ReaderSetting>

/**
 * Deep equality for the plain data a scenario holds (objects, arrays, primitives).
 *
 * @example sameData({ a: [1] }, { a: [1] }) // true
 */
export function sameData(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  const keysA = Object.keys(a)
  const keysB = Object.keys(b)
  if (keysA.length !== keysB.length) return false
  return keysA.every(
    (k) =>
      Object.hasOwn(b, k) &&
      sameData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
  )
}

/** The one key whose value differs between two records, or null if none or several do. */
function onlyChangedKey(
  a: Readonly<Record<string, unknown>>,
  b: Readonly<Record<string, unknown>>,
): string | null {
  let found: string | null = null
  for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (sameData(a[k], b[k])) continue
    if (found !== null) return null
    found = k
  }
  return found
}

/**
 * If the change from `a` to `b` is continuous input, what it changes ('seats:fatah',
 * 'list:fatah', 'coalition-name:c1', 'chamber-size'); null for any other change.
 *
 * @example changeKind(s, { ...s, seatEdits: { fatah: 50 } }) // 'seats:fatah'
 */
export function changeKind(a: ScenarioFacts, b: ScenarioFacts): string | null {
  const field = onlyChangedKey(
    a as unknown as Record<string, unknown>,
    b as unknown as Record<string, unknown>,
  )
  if (field === 'seatEdits') {
    const id = onlyChangedKey(a.seatEdits, b.seatEdits)
    return id === null ? null : `seats:${id}`
  }
  if (field === 'listEdits') {
    const id = onlyChangedKey(a.listEdits, b.listEdits)
    return id === null ? null : `list:${id}`
  }
  if (field === 'chamberSize') return 'chamber-size'
  if (field === 'coalitions') {
    if (a.coalitions.length !== b.coalitions.length) return null
    let kind: string | null = null
    for (let i = 0; i < a.coalitions.length; i++) {
      const x = a.coalitions[i]!
      const y = b.coalitions[i]!
      if (x.id !== y.id || !sameData(x.partyIds, y.partyIds)) return null
      if (x.name !== y.name) {
        if (kind !== null) return null
        kind = `coalition-name:${y.id}`
      }
    }
    return kind
  }
  return null
}

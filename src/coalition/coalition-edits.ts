/**
 * Keeping coalitions consistent when the lists themselves change (merged, split, removed).
 * Pure; an edit that touches no coalition returns the same array, so nothing re-renders and no
 * undo step is recorded for it.
 */
import type { Coalition, PartyId } from './types'

function mapChanged(
  coalitions: readonly Coalition[],
  change: (partyIds: readonly PartyId[]) => readonly PartyId[],
): readonly Coalition[] {
  let changed = false
  const out = coalitions.map((c) => {
    const partyIds = change(c.partyIds)
    if (partyIds === c.partyIds) return c
    changed = true
    return { ...c, partyIds }
  })
  return changed ? out : coalitions
}

/**
 * Replaces the merged lists by the merged one in every coalition that held any of them, at the
 * place of the first.
 *
 * @example mergeInCoalitions([{ id: 'c1', name: '', partyIds: ['x', 'a', 'b'] }], ['a', 'b'], 'ab')[0].partyIds // ['x', 'ab']
 */
export function mergeInCoalitions(
  coalitions: readonly Coalition[],
  mergedIds: readonly PartyId[],
  newId: PartyId,
): readonly Coalition[] {
  const merged = new Set(mergedIds)
  return mapChanged(coalitions, (ids) => {
    if (!ids.some((id) => merged.has(id))) return ids
    const out: PartyId[] = []
    for (const id of ids) {
      const next = merged.has(id) ? newId : id
      if (!out.includes(next)) out.push(next)
    }
    return out
  })
}

/**
 * Takes a removed list out of every coalition.
 *
 * @example removeFromCoalitions([{ id: 'c1', name: '', partyIds: ['a', 'b'] }], 'a')[0].partyIds // ['b']
 */
export function removeFromCoalitions(
  coalitions: readonly Coalition[],
  partyId: PartyId,
): readonly Coalition[] {
  return mapChanged(coalitions, (ids) =>
    ids.includes(partyId) ? ids.filter((id) => id !== partyId) : ids,
  )
}

/**
 * Puts a list split off from another into every coalition the original sits in, right after it,
 * so a split changes no coalition's total.
 *
 * @example joinBesideInCoalitions([{ id: 'c1', name: '', partyIds: ['a', 'b'] }], 'a', 'a2')[0].partyIds // ['a', 'a2', 'b']
 */
export function joinBesideInCoalitions(
  coalitions: readonly Coalition[],
  originId: PartyId,
  newId: PartyId,
): readonly Coalition[] {
  return mapChanged(coalitions, (ids) => {
    const at = ids.indexOf(originId)
    if (at < 0 || ids.includes(newId)) return ids
    return [...ids.slice(0, at + 1), newId, ...ids.slice(at + 1)]
  })
}

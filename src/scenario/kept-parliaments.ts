/**
 * Parliaments of one's own that are too large to travel in a link, kept on this device and named
 * in links by a hash of their content (`pf=<hash>`). This module is the in-memory index the link
 * decoder reads synchronously; parliament-keeper.ts fills it from IndexedDB before the link is
 * read and writes new ones there.
 */
import { create } from 'zustand'
import type { Election } from '../elections/types'

/**
 * Whether this device refused to keep a parliament (IndexedDB missing, blocked or full): its
 * links then open only while the page stays open, and the interface says so.
 */
export const useKeptParliamentStatus = create<{ cannotKeep: boolean }>()(() => ({
  cannotKeep: false,
}))

const byHash = new Map<string, Election>()

/**
 * The kept parliament with this hash, if this device has it.
 *
 * @example keptParliament('0123456789abcdef') // undefined on a device that never had it
 */
export function keptParliament(hash: string): Election | undefined {
  return byHash.get(hash)
}

/** A kept parliament with this title (the newest kept first), for links that name only a title. */
export function keptParliamentTitled(title: string): Election | undefined {
  let found: Election | undefined
  for (const parliament of byHash.values()) if (parliament.title === title) found = parliament
  return found
}

/** Adds a parliament under its hash; the one kept last counts as the newest. */
export function rememberParliament(hash: string, parliament: Election): void {
  byHash.delete(hash)
  byHash.set(hash, parliament)
}

/** Forgets them all (for tests). */
export function forgetKeptParliaments(): void {
  byHash.clear()
}

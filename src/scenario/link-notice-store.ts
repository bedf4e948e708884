/**
 * What the last opened link had that could not be used. Kept apart from the scenario store: it is
 * a message to the reader, not a choice of theirs, and it never goes into a link. It holds the
 * decoder's problems, not sentences, so the note is worded in the language the reader has now.
 */
import { create } from 'zustand'
import type { LinkReason, LinkWarning } from './link-problems'

export type LinkNotice =
  /** The link could not be opened at all; the opening scenario is shown instead. */
  | { kind: 'unreadable'; reason: LinkReason }
  /** The link opened, without what these problems name. */
  | { kind: 'partial'; warnings: readonly LinkWarning[] }

interface LinkNoticeStore {
  notice: LinkNotice | null
  showNotice: (notice: LinkNotice) => void
  dismissNotice: () => void
}

export const useLinkNoticeStore = create<LinkNoticeStore>()((set) => ({
  notice: null,
  showNotice: (notice) => set({ notice }),
  dismissNotice: () => set({ notice: null }),
}))

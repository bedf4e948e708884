/**
 * What the last opened link had that could not be used. Kept apart from the scenario store: it is
 * a message to the reader, not a choice of theirs, and it never goes into a link.
 */
import { create } from 'zustand'

export interface LinkNotice {
  /** One line saying what happened, e.g. "Some of this link could not be used". */
  title: string
  /** Short sentences, one per problem, as the link decoder wrote them. */
  details: readonly string[]
}

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

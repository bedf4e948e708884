import type { PartyId } from '../coalition/types'

export interface Source {
  id: string
  url: string
  description: string
  publisher?: string
  title?: string
  /** ISO date of publication (or of the revision used). */
  date?: string
}

export interface SeatVersion {
  id: string
  label: string
  labelAr?: string
  date: string
  description: string
  /** `description` in Arabic; absent where there is no translation (the English is shown). */
  descriptionAr?: string
  sourceIds: string[]
}

export interface Party {
  id: PartyId
  name: string
  shortName: string
  nameAr: string
  shortNameAr?: string
  altNames: string[]
  leader: string | null
  leaderAr: string | null
  camp: string
  color: string
  /** Seats per version id. */
  seats: Record<string, number>
  quotaSeats?: boolean
  /** Seats of this list that do not vote (e.g. a Speaker's); absent means 0. */
  nonVoting?: number
  notes?: string[]
  /** `notes` in Arabic, one for one; absent where there is no translation. */
  notesAr?: string[]
  sourceIds: string[]
}

export interface Election {
  id: string
  title: string
  titleAr?: string
  country: string
  electionDate: string
  chamberSize: number
  chamberNote?: string
  /** `chamberNote` in Arabic. */
  chamberNoteAr?: string
  defaultVersion: string
  versions: SeatVersion[]
  parties: Party[]
  sources: Source[]
  uncertainties: string[]
  /** `uncertainties` in Arabic, one for one (same length); absent where there is no translation. */
  uncertaintiesAr?: string[]
}

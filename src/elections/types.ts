import type { PartyId } from '../coalition/types'

export interface Source {
  id: string
  url: string
  description: string
  publisher?: string
  title?: string
  /** Date of publication (or of the revision used): YYYY-MM-DD, or YYYY-MM / YYYY when that is all that is known. */
  date?: string
  /** What the date is when there is no exact one (e.g. "later revision, undated"). */
  dateNote?: string
}

/** How far a seat count (a row or a whole table) can be trusted, as its reference file says. */
export type Confidence = 'high' | 'medium' | 'low'

/** A seat count an outlet reported for a list that the table does not use. */
export interface SeatVariant {
  seats: number
  /** The seat version the count was reported for. */
  versionId: string
  reportedBy: string
  sourceIds: string[]
}

/** A rung a coalition may need to reach, with the rule that sets it. */
export interface Threshold {
  id: string
  /** How the seats follow from the chamber size (the parser checks them). */
  kind: 'majority' | 'two-thirds'
  seats: number
  label: string
  labelAr?: string
  rule: string
  ruleAr?: string
  /** The day the rule applied from, when it came after the election. */
  from?: string
  sourceIds: string[]
}

/** A seat figure claimed for a bloc at an event: a count, or a text for a range. */
export interface SeatClaim {
  bloc: string
  seats?: number
  seatsText?: string
}

/** A dated event after an election: a session, a ruling, an alliance. */
export interface ElectionEvent {
  /** YYYY-MM-DD, or YYYY-MM / YYYY when the sources give no day. */
  date: string
  dateEnd?: string
  dateNote?: string
  text: string
  textAr?: string
  /** MPs present, as the most cited source gives it. */
  attendance?: number
  /** Every attendance figure reported, when sources disagree. */
  attendanceVariants?: number[]
  /** The threshold the session needed present. */
  thresholdId?: string
  claims?: SeatClaim[]
  sourceIds: string[]
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
  confidence?: Confidence
  /** Worked out from other figures rather than published as a table. */
  derived?: boolean
}

export interface Party {
  id: PartyId
  name: string
  shortName: string
  nameAr: string
  /** "missing": no Arabic name was found and `nameAr` repeats `name`; "unverified": see the notes. */
  nameArStatus?: 'unverified' | 'missing'
  shortNameAr?: string
  altNames: string[]
  leader: string | null
  leaderAr: string | null
  camp: string
  color: string
  /** Seats per version id. */
  seats: Record<string, number>
  quotaSeats?: boolean
  /**
   * One member's seat on its own (an independent, or a quota seat whose list is not known):
   * never more than one seat, never a bloc.
   */
  individual?: boolean
  /** How far the row's seat count in each version can be trusted, by version id. */
  confidence?: Record<string, Confidence>
  /** Seat counts other outlets reported. */
  variants?: SeatVariant[]
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
  /** The rungs that matter in this chamber, each with its rule and sources. */
  thresholds?: Threshold[]
  /** Dated events after the election, in order. */
  events?: ElectionEvent[]
}

/** What the election switcher knows of a shipped election before it loads (see build-data.ts). */
export interface ElectionIndexEntry {
  id: string
  /** The year of the vote, as the switcher names it (the title comes with the election). */
  year: number
  chamberSize: number
  /** The id of the story told about this parliament, if any. */
  storyId?: string
  /** Whether ready-made challenges ship for it. */
  challenges: boolean
  /** The lowest confidence of any row of its default seat table. */
  confidence: Confidence
}

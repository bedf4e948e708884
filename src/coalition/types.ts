/** A list's id: a lowercase ASCII slug such as 'sairoon' or 'new-generation'. */
export type PartyId = string

/** Seats per list. A missing id counts as 0 seats. */
export type SeatMap = Readonly<Record<PartyId, number>>

export interface Coalition {
  id: string
  /** The user's name for it ("Sadr + Amiri"); may be empty, then the UI names it by its members. */
  name: string
  /** Member lists, in the order they were added. */
  partyIds: readonly PartyId[]
}

/** Everything the UI says about one coalition against the majority line, computed in one place. */
export interface CoalitionResult {
  coalitionId: string
  seats: number
  threshold: number
  /** Seats above the threshold; negative when the coalition falls short. */
  margin: number
  hasMajority: boolean
}

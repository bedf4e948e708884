/**
 * A parliament of the user's own (imported from a file or started blank), built as an Election so
 * everything that shows an election shows it too. Pure.
 */
import type { PartyId } from '../coalition/types'
import type { Election, Party } from './types'

/** The election id under which the user's own parliament is chosen. */
export const CUSTOM_PARLIAMENT_ID = 'custom'
/** Its one seat table: the figures from the file (or typed in). */
export const OWN_VERSION_ID = 'own'

/** One list as a file or the user gives it. */
export interface OwnList {
  id: PartyId
  name: string
  /** Name in another language or script (Arabic, say); the name when absent. */
  otherName?: string
  seats: number
  color: string
  camp: string
  nonVoting?: number
}

export interface OwnParliamentInput {
  title: string
  lists: readonly OwnList[]
  /** The chamber size; the sum of the lists' seats when absent. */
  chamberSize?: number
  /** ISO date the figures were taken (the day of import). */
  date: string
}

/**
 * An Election from plain lists: one seat table ('own'), no sources (the file is the source).
 *
 * @example buildParliament({ title: 'T', lists: [], date: '2026-01-01' }).chamberSize // 0
 */
export function buildParliament(input: OwnParliamentInput): Election {
  const parties: Party[] = input.lists.map((l) => ({
    id: l.id,
    name: l.name,
    shortName: l.name,
    nameAr: l.otherName || l.name,
    altNames: [],
    leader: null,
    leaderAr: null,
    camp: l.camp,
    color: l.color,
    seats: { [OWN_VERSION_ID]: l.seats },
    ...(l.nonVoting ? { nonVoting: l.nonVoting } : {}),
    sourceIds: [],
  }))
  const sum = input.lists.reduce((s, l) => s + l.seats, 0)
  return {
    id: CUSTOM_PARLIAMENT_ID,
    title: input.title,
    country: '',
    electionDate: input.date,
    chamberSize: input.chamberSize ?? sum,
    defaultVersion: OWN_VERSION_ID,
    versions: [
      {
        id: OWN_VERSION_ID,
        label: 'Your figures',
        labelAr: 'أرقامك',
        date: input.date,
        description: 'Figures from your own file or typed in; Kutla has no source for them.',
        sourceIds: [],
      },
    ],
    parties,
    sources: [],
    uncertainties: [],
  }
}

/** Today's date as YYYY-MM-DD (UTC). */
export function isoToday(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10)
}

/**
 * The one validator of a list of a user's own parliament, shared by the two doors it comes in by:
 * a file (import-parliament.ts) and a link (url-parliament.ts). Each door reads its own syntax
 * (CSV cells, JSON values, `id.seats.rrggbb.nv*name`) into a RawOwnList and asks this module
 * what the list is, so a value gets the same answer, with the same problem code, from both.
 * What a door does with a problem differs: a file is refused (the reader fixes it and imports
 * again), a link opens without the list (it cannot be fixed where it is read). Pure.
 */
import {
  type WholeProblem,
  isListId,
  quoteText,
  readColour,
  readWhole,
  textLength,
  cleanText,
  westernDigits,
} from './field-rules'
import { MAX_LIST_NAME_LENGTH, MAX_LIST_SEATS } from './parliament-edits'

/** The longest camp name kept. */
export const MAX_CAMP_LENGTH = 40
/** How many characters of a value a problem quotes. */
export const QUOTE_LENGTH = 40

export type OwnListField = 'id' | 'name' | 'otherName' | 'seats' | 'colour' | 'camp' | 'nonVoting'

/** What is wrong with one field of a list. */
export type FieldProblemCode =
  WholeProblem | 'bad-id' | 'formula' | 'colour' | 'non-voting' | 'non-voting-too-many' | 'too-long'

export interface FieldProblem {
  field: OwnListField
  code: FieldProblemCode
  /** The values its message mentions ({ value: '-3', max: 10000 }). */
  values: Record<string, string | number>
}

/** One list as a door read it, before any rule: text (a CSV cell, a piece of a link) or JSON. */
export interface RawOwnList {
  id?: string
  name: string
  otherName?: string
  seats: string | number
  colour?: string
  camp?: string
  nonVoting?: string | number | boolean
}

/** One list that passed the rules. Empty text is "not given". */
export interface CheckedOwnList {
  id: string
  name: string
  otherName: string
  seats: number
  colour: string
  camp: string
  nonVoting: number
}

export type OwnListResult =
  { ok: true; list: CheckedOwnList } | { ok: false; problems: FieldProblem[] }

export interface OwnListOptions {
  /**
   * Whether values are spreadsheet cells (CSV): a cell starting with `=` is a formula whose value
   * Kutla cannot know, so it is refused; a leading `'` before `= + - @` is the spreadsheet's mark
   * for "this is text" and is dropped. Elsewhere (JSON, links) text is taken as it is.
   */
  cells?: boolean
  /** Whether the list must bring its own id (a link names every list; a file may not). */
  idRequired?: boolean
}

/** A spreadsheet's "this is text" mark before a character that would start a formula. */
const QUOTED_TEXT = /^'(?='*[=+\-@\t\r])/
const YES = new Set(['yes', 'y', 'true', 'x', '✓', 'نعم'])
const NO = new Set(['', 'no', 'n', 'false', 'لا'])

/**
 * Checks one list against the rules every door shares: an id (lowercase slug, at most 40
 * characters), a name (required, at most MAX_LIST_NAME_LENGTH characters), seats (a whole number
 * from 0 to MAX_LIST_SEATS in any of the digits the app reads), a colour (`#rrggbb` or `#rgb`),
 * non-voting seats (a whole number up to the list's seats, or yes / no), and other text with its
 * length limit. Every problem is listed, in field order.
 *
 * @example checkOwnList({ name: 'A', seats: '٣' }).ok // true
 * @example checkOwnList({ name: 'A', seats: '1e3' }) // { ok: false, problems: [{ field: 'seats', code: 'not-number', … }] }
 */
export function checkOwnList(raw: RawOwnList, options: OwnListOptions = {}): OwnListResult {
  const problems: FieldProblem[] = []
  const problem = (
    field: OwnListField,
    code: FieldProblemCode,
    values: Record<string, string | number> = {},
  ) => {
    problems.push({ field, code, values })
    return null
  }
  const quoted = (text: string) => quoteText(text, QUOTE_LENGTH)

  /** A text value as the rules see it: trimmed, a formula refused, a text mark dropped. */
  const cell = (field: OwnListField, value: string): string | null => {
    const trimmed = value.trim()
    if (!options.cells) return trimmed
    if (trimmed.startsWith('=')) return problem(field, 'formula', { value: quoted(trimmed) })
    return trimmed.replace(QUOTED_TEXT, '')
  }
  const text = (field: OwnListField, value: string | undefined, max: number): string | null => {
    if (value === undefined) return ''
    const clean = cell(field, value)
    if (clean === null) return null
    if (textLength(clean) > max) return problem(field, 'too-long', { max })
    return cleanText(clean).trim()
  }

  let id: string | null = ''
  if (raw.id !== undefined && raw.id.trim() !== '') {
    id = cell('id', raw.id)
    if (id !== null && !isListId(id)) id = problem('id', 'bad-id', { id: quoted(id) })
  } else if (options.idRequired) id = problem('id', 'required')

  let name = text('name', raw.name, MAX_LIST_NAME_LENGTH)
  if (name === '') name = problem('name', 'required')
  const otherName = text('otherName', raw.otherName, MAX_LIST_NAME_LENGTH)

  let seats: number | null = null
  const seatsText = typeof raw.seats === 'number' ? raw.seats : westernDigits(raw.seats.trim())
  if (typeof seatsText === 'string' && options.cells && seatsText.startsWith('=')) {
    problem('seats', 'formula', { value: quoted(seatsText) })
  } else {
    const read = readWhole(seatsText, MAX_LIST_SEATS)
    if (read.ok) seats = read.value
    else if (read.problem === 'required') problem('seats', 'required')
    else if (read.problem === 'too-big') {
      problem('seats', 'too-big', { value: quoted(String(seatsText)), max: MAX_LIST_SEATS })
    } else problem('seats', read.problem, { value: quoted(String(seatsText)) })
  }

  let colour: string | null = ''
  if (raw.colour !== undefined) {
    const value = cell('colour', raw.colour)
    if (value === null) colour = null
    else if (value !== '') {
      colour = readColour(value)
      if (colour === null) problem('colour', 'colour', { value: quoted(value) })
    }
  }

  const camp = text('camp', raw.camp, MAX_CAMP_LENGTH)

  let nonVoting: number | 'all' | null = 0
  if (typeof raw.nonVoting === 'boolean') nonVoting = raw.nonVoting ? 'all' : 0
  else if (raw.nonVoting !== undefined) {
    const value = westernDigits(String(raw.nonVoting).trim())
    const word = value.toLowerCase()
    if (options.cells && value.startsWith('=')) {
      nonVoting = problem('nonVoting', 'formula', { value: quoted(value) })
    } else if (NO.has(word)) nonVoting = 0
    else if (YES.has(word)) nonVoting = 'all'
    else {
      const read = readWhole(
        typeof raw.nonVoting === 'number' ? raw.nonVoting : value,
        MAX_LIST_SEATS,
      )
      nonVoting = read.ok
        ? read.value
        : problem('nonVoting', 'non-voting', { value: quoted(value) })
    }
  }
  if (seats !== null && nonVoting === 'all') nonVoting = seats
  if (seats !== null && typeof nonVoting === 'number' && nonVoting > seats) {
    problem('nonVoting', 'non-voting-too-many', { value: nonVoting, seats })
  }

  if (
    problems.length ||
    id === null ||
    name === null ||
    otherName === null ||
    seats === null ||
    colour === null ||
    camp === null ||
    typeof nonVoting !== 'number'
  ) {
    return { ok: false, problems }
  }
  return { ok: true, list: { id, name, otherName, seats, colour, camp, nonVoting } }
}

/**
 * The one way a parliament file enters the app: the file's bytes in, a checked parliament or a
 * list of problems out, each naming the row and the field. Pure, never throws, never evaluates
 * anything in the file. The file format is documented in docs/file-format.md.
 *
 * The parts, each in its own module:
 * - file-bytes.ts: what kind of file, and its text (UTF-8, or UTF-16 with a byte-order mark);
 * - import-csv.ts and import-json.ts: rows to lists, each list checked by import-rows.ts against
 *   the rules a link's lists obey too (own-list-rules.ts);
 * - here: what no single list can see (unique names and ids, totals, the chamber, coalitions).
 *
 * Decisions:
 * - Text must be UTF-8 (a byte-order mark is fine). UTF-16 with a byte-order mark is accepted on
 *   purpose: it is what Excel's "Unicode Text" saves. Anything else (Windows-1252, say) is refused
 *   with the row and column of the first byte that is not UTF-8, rather than guessed at.
 * - A cell starting with `=` is a spreadsheet formula whose value Kutla cannot know, so the file
 *   is refused. A cell starting with `'` then `= + - @` is the spreadsheet's way of writing such
 *   text literally (and how Kutla exports it): the `'` is dropped and the text kept. Names that
 *   merely start with `+`, `-` or `@` ("+Europa") are kept as they are.
 * - Markup in names is kept as plain text (React renders it as text) with a warning.
 * - Limits keep the work bounded: MAX_IMPORT_BYTES per file, MAX_LISTS lists, MAX_LIST_SEATS per
 *   list and in all. A file with far too many rows is refused before it is parsed. A parliament
 *   whose seats add up to 0 is refused: there is no majority to find in it.
 */
import type { ChamberMode } from '../coalition/chamber'
import { cleanText, quoteText } from './field-rules'
import { binaryKind, countLines, decodeText } from './file-bytes'
import { readCsv } from './import-csv'
import { type ImportIssue, issue } from './import-issues'
import { type JsonFile, readJson } from './import-json'
import { FIELD_NAMES, type ReadRows, type RowList } from './import-rows'
import { QUOTE_LENGTH } from './own-list-rules'
import { buildParliament, isoToday, type OwnList } from './own-parliament'
import { MAX_IMPORT_BYTES } from './parliament-file-format'
import { MAX_LIST_SEATS, MAX_LISTS, listColor, uniqueListId } from './parliament-edits'
import type { Election } from './types'

export type { ImportIssue } from './import-issues'

/** Coalitions and chamber settings a JSON file may carry with its parliament. */
export interface ImportedScenario {
  coalitions?: { id: string; name: string; partyIds: string[] }[]
  chamberMode?: ChamberMode
}

export type ImportResult =
  | { ok: true; election: Election; warnings: ImportIssue[]; scenario: ImportedScenario }
  | { ok: false; errors: ImportIssue[] }

export interface ImportOptions {
  /** The file's name: gives the parliament a title when the file has none. */
  fileName?: string
  /** YYYY-MM-DD of the import (today by default). */
  today?: string
}

const MARKUP = /<\s*[a-z!/?]/i

function nameKey(name: string): string {
  return name.normalize('NFC').toLocaleLowerCase('en').replace(/\s+/g, ' ')
}

/** Checks what one list cannot see alone (unique names and ids, totals) and builds the lists. */
function assemble(rows: readonly RowList[], fieldName: Record<'name' | 'id' | 'seats', string>) {
  const errors: ImportIssue[] = []
  const warnings: ImportIssue[] = []
  if (rows.length === 0) {
    errors.push(issue(0, 'file', 'no-lists'))
    return { errors, warnings, lists: [] as OwnList[] }
  }
  const names = new Map<string, number>()
  const ids = new Map<string, number>()
  let total = 0
  let totalReported = false
  for (const { row, list } of rows) {
    const key = nameKey(list.name)
    const other = names.get(key)
    if (other !== undefined) {
      const name = quoteText(list.name, QUOTE_LENGTH)
      errors.push(issue(row, fieldName.name, 'duplicate-name', { name, other }))
    } else names.set(key, row)
    if (list.id) {
      const otherId = ids.get(list.id)
      if (otherId !== undefined) {
        errors.push(issue(row, fieldName.id, 'duplicate-id', { id: list.id, other: otherId }))
      } else ids.set(list.id, row)
    }
    total += list.seats
    if (total > MAX_LIST_SEATS && !totalReported) {
      totalReported = true
      errors.push(issue(row, fieldName.seats, 'total-too-big', { total, max: MAX_LIST_SEATS }))
    }
    if (MARKUP.test(list.name)) warnings.push(issue(row, fieldName.name, 'markup'))
  }
  const taken = new Set(ids.keys())
  const lists: OwnList[] = rows.map(({ list }, index) => {
    const id = list.id || uniqueListId(list.name, taken)
    taken.add(id)
    return {
      id,
      name: list.name,
      ...(list.otherName ? { otherName: list.otherName } : {}),
      seats: list.seats,
      color: list.colour || listColor(index),
      camp: list.camp || 'unknown',
      ...(list.nonVoting > 0 ? { nonVoting: list.nonVoting } : {}),
    }
  })
  if (errors.length === 0 && total === 0) errors.push(issue(0, 'file', 'no-seats'))
  return { errors, warnings, lists }
}

/**
 * A title from a file name, for a file that has no title of its own: the name without its folder
 * and extension, with `-`, `_` and `.` read as spaces and the first letter capitalised.
 *
 * @example titleFrom('european-parliament-2009.csv') // 'European parliament 2009'
 * @example titleFrom('knesset_2022 (1).json') // 'Knesset 2022 (1)'
 */
export function titleFrom(fileName: string | undefined): string {
  const base = (fileName ?? '').replace(/^.*[\\/]/, '').replace(/\.[a-z0-9]+$/i, '')
  const spaced = base.replace(/[-_.]+/g, ' ').replace(/\s+/g, ' ')
  const title = cleanText(spaced, 100).trim()
  if (!title) return 'Imported parliament'
  const first = String.fromCodePoint(title.codePointAt(0)!)
  return first.toLocaleUpperCase('en') + title.slice(first.length)
}

/**
 * Reads a parliament from a file's bytes (CSV or JSON, told apart by the first character).
 * Every problem found is listed, each naming its row and field, so a file can be fixed in one go.
 *
 * @example importParliament(new TextEncoder().encode('name,seats\nA,70\nB,50\n'))
 *          // { ok: true, election: { chamberSize: 120, … }, warnings: [], scenario: {} }
 */
export function importParliament(bytes: Uint8Array, options: ImportOptions = {}): ImportResult {
  const kind = binaryKind(bytes)
  if (kind) return { ok: false, errors: [issue(0, 'file', 'binary', { kind })] }
  const looksJson = /^(\ufeff|\s)*[[{]/.test(new TextDecoder().decode(bytes.subarray(0, 64)))
  if (!looksJson) {
    // One header row, MAX_LISTS list rows, and room for blank lines and line breaks in cells.
    // Counting line breaks is quick, so a file with far too many rows is refused before parsing.
    const lines = countLines(bytes)
    if (lines > 2 * MAX_LISTS + 1) {
      return {
        ok: false,
        errors: [
          issue(MAX_LISTS + 2, 'name', 'too-many-rows', { count: lines - 1, max: MAX_LISTS }),
        ],
      }
    }
  }
  if (bytes.length > MAX_IMPORT_BYTES) {
    const size = bytes.length
    return { ok: false, errors: [issue(0, 'file', 'too-large', { size, max: MAX_IMPORT_BYTES })] }
  }
  const decoded = decodeText(bytes)
  if (!decoded.ok) return decoded
  const text = decoded.text.replace(/^\ufeff/, '')
  if (text.trim() === '') return { ok: false, errors: [issue(0, 'file', 'empty-file')] }

  const isJson = /^\s*[[{]/.test(text)
  const read: ReadRows & { file?: JsonFile } = isJson ? readJson(text) : readCsv(text)
  const fieldName = FIELD_NAMES[isJson ? 'json' : 'csv']
  const count = read.rows.length + read.errors.length
  if (!isJson && read.rows.length > MAX_LISTS) {
    const first = read.rows[MAX_LISTS]!.row
    return {
      ok: false,
      errors: [issue(first, fieldName.name, 'too-many-rows', { count, max: MAX_LISTS })],
    }
  }
  const built = assemble(read.rows, fieldName)
  // "No lists" (and "no seats") only when no row had a problem of its own.
  const errors = [
    ...read.errors,
    ...built.errors.filter(
      (e) => (e.code !== 'no-lists' && e.code !== 'no-seats') || read.errors.length === 0,
    ),
  ]

  const file = read.file
  const sum = built.lists.reduce((s, l) => s + l.seats, 0)
  const size = file?.chamberSize
  if (size !== undefined && (!Number.isInteger(size) || size < 1 || size > MAX_LIST_SEATS)) {
    errors.push(issue(0, 'chamberSize', 'chamber-size', { value: size, max: MAX_LIST_SEATS }))
  } else if (size !== undefined && size < sum) {
    // The app shows a chamber whose lists hold too many seats (it blocks nothing), so may a file.
    built.warnings.push(issue(0, 'chamberSize', 'chamber-over', { value: size, sum }))
  }
  const coalitions: { id: string; name: string; partyIds: string[] }[] = []
  file?.coalitions?.forEach((c, index) => {
    const partyIds: string[] = []
    for (const ref of c.lists) {
      const list =
        built.lists.find((l) => l.id === ref) ??
        built.lists.find((l) => nameKey(l.name) === nameKey(ref))
      if (list) partyIds.push(list.id)
      else {
        const value = quoteText(ref, QUOTE_LENGTH)
        errors.push(issue(0, `coalitions.${index}.lists`, 'unknown-list', { value }))
      }
    }
    coalitions.push({ id: `c${index + 1}`, name: c.name ?? '', partyIds })
  })
  if (errors.length) return { ok: false, errors }

  const election = buildParliament({
    title: file?.title?.trim() || titleFrom(options.fileName),
    lists: built.lists,
    ...(file?.chamberSize !== undefined ? { chamberSize: file.chamberSize } : {}),
    date: options.today ?? isoToday(),
  })
  const scenario: ImportedScenario = {}
  if (coalitions.length) scenario.coalitions = coalitions
  if (file?.chamberMode) scenario.chamberMode = file.chamberMode
  return { ok: true, election, warnings: built.warnings, scenario }
}

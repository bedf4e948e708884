/**
 * The one way a parliament file enters the app: the file's bytes in, a checked parliament or a
 * list of problems out, each naming the row and the field. Pure, never throws, never evaluates
 * anything in the file.
 *
 * Formats (documented in README.md, "Your own parliament"):
 * - CSV (comma, semicolon or tab separated; papaparse reads it) with a header row. Columns:
 *   `name` and `seats` are required; `id`, `other_name`, `colour`, `camp` and `non_voting` are
 *   optional. Any other column is refused, so a typo ("seat") is not silently ignored.
 * - JSON: an array of lists, or `{ "title", "chamberSize", "chamberMode", "lists", "coalitions" }`
 *   as Kutla exports it. Lists have `name`, `seats` and optionally `id`, `otherName`, `colour`,
 *   `camp`, `nonVoting`.
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
 *   list and in all. A file with far too many rows is refused before it is parsed.
 */
import '../zod-config'
import Papa from 'papaparse'
import { z } from 'zod'
import type { ChamberMode } from '../coalition/chamber'
import { buildParliament, isoToday, type OwnList } from './own-parliament'
import { CSV_COLUMNS, MAX_IMPORT_BYTES } from './parliament-file-format'
import {
  MAX_LIST_NAME_LENGTH,
  MAX_LIST_SEATS,
  MAX_LISTS,
  cleanListName,
  listColor,
  uniqueListId,
} from './parliament-edits'
import type { Election } from './types'

export { CSV_COLUMNS, MAX_IMPORT_BYTES }
/** The longest camp name kept. */
const MAX_CAMP_LENGTH = 40

/** What went wrong (or is worth knowing), where. Row 0 is the file as a whole. */
export interface ImportIssue {
  /**
   * The row as a spreadsheet numbers it (the CSV header is row 1, the first list row 2); in JSON,
   * the list's number (1 for the first); 0 for the whole file.
   */
  row: number
  /** The column or field ('seats'), or 'file' for the file as a whole. */
  field: string
  /** A stable name for the problem, for translated messages ('negative', 'formula', …). */
  code: ImportIssueCode
  /** The values the message mentions ({ value: '-3' }). */
  values: Record<string, string | number>
  /** The message in English. */
  message: string
}

export type ImportIssueCode =
  | 'binary'
  | 'encoding'
  | 'too-large'
  | 'too-many-rows'
  | 'empty-file'
  | 'json-syntax'
  | 'json-shape'
  | 'missing-column'
  | 'unknown-column'
  | 'duplicate-column'
  | 'extra-cell'
  | 'unclosed-quote'
  | 'required'
  | 'wrong-type'
  | 'not-number'
  | 'not-whole'
  | 'negative'
  | 'too-big'
  | 'total-too-big'
  | 'duplicate-name'
  | 'duplicate-id'
  | 'bad-id'
  | 'formula'
  | 'colour'
  | 'non-voting'
  | 'non-voting-too-many'
  | 'too-long'
  | 'no-lists'
  | 'chamber-size'
  | 'chamber-over'
  | 'unknown-list'
  | 'markup'

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

/** Column names a CSV header may use (lowercase, spaces and hyphens as '_'), by field. */
const COLUMN_NAMES: Readonly<Record<string, ListField>> = {
  id: 'id',
  name: 'name',
  list: 'name',
  party: 'name',
  other_name: 'otherName',
  arabic_name: 'otherName',
  name_ar: 'otherName',
  seats: 'seats',
  colour: 'colour',
  color: 'colour',
  camp: 'camp',
  non_voting: 'nonVoting',
  nonvoting: 'nonVoting',
}

type ListField = 'id' | 'name' | 'otherName' | 'seats' | 'colour' | 'camp' | 'nonVoting'
/** Field names as JSON writes them, and as messages name them for each format. */
const JSON_FIELD: Record<ListField, string> = {
  id: 'id',
  name: 'name',
  otherName: 'otherName',
  seats: 'seats',
  colour: 'colour',
  camp: 'camp',
  nonVoting: 'nonVoting',
}
const CSV_FIELD: Record<ListField, string> = {
  id: 'id',
  name: 'name',
  otherName: 'other_name',
  seats: 'seats',
  colour: 'colour',
  camp: 'camp',
  nonVoting: 'non_voting',
}

// ---------------------------------------------------------------------------------------------
// Messages

function issue(
  row: number,
  field: string,
  code: ImportIssueCode,
  values: Record<string, string | number> = {},
): ImportIssue {
  return { row, field, code, values, message: englishMessage(code, values) }
}

/** The English text for an issue; the interface translates by `code`. */
export function englishMessage(code: ImportIssueCode, v: Record<string, string | number>): string {
  switch (code) {
    case 'binary':
      return `This is ${FILE_KINDS[v.kind as FileKind] ?? FILE_KINDS.binary}, not a CSV or JSON file.`
    case 'encoding':
      return 'The text is not UTF-8 (perhaps Windows-1252 or another legacy encoding). Save the file as "CSV UTF-8" and import it again.'
    case 'too-large':
      return `The file is ${v.size} bytes; the largest file Kutla reads is ${v.max} bytes.`
    case 'too-many-rows':
      return `The file has ${v.count} rows; a parliament can have at most ${v.max} lists.`
    case 'empty-file':
      return 'The file is empty.'
    case 'json-syntax':
      return `The file starts like JSON but is not valid JSON (${v.detail}).`
    case 'json-shape':
      return 'JSON must be an array of lists or an object with a "lists" array.'
    case 'missing-column':
      return `The column "${v.column}" is missing. The columns are: ${CSV_COLUMNS.join(', ')}.`
    case 'unknown-column':
      return `"${v.column}" is not a column Kutla reads. The columns are: ${CSV_COLUMNS.join(', ')}.`
    case 'duplicate-column':
      return `The column "${v.column}" appears twice.`
    case 'extra-cell':
      return `This row has a value in column ${v.column}, beyond the header's ${v.width} columns.`
    case 'unclosed-quote':
      return 'A quoted cell is never closed (a " is missing).'
    case 'required':
      return 'is empty; every list needs one.'
    case 'wrong-type':
      return `must be ${EXPECTED_TEXT[v.expected as Expected] ?? v.expected}.`
    case 'not-number':
      return `"${v.value}" is not a number of seats.`
    case 'not-whole':
      return `"${v.value}" is not a whole number of seats.`
    case 'negative':
      return `"${v.value}" is negative.`
    case 'too-big':
      return `"${v.value}" is more than the ${v.max} seats a list can have.`
    case 'total-too-big':
      return `The seats add up to ${v.total} by this row, more than the ${v.max} a chamber can have.`
    case 'duplicate-name':
      return `"${v.name}" is already the name of row ${v.other}.`
    case 'duplicate-id':
      return `"${v.id}" is already the id of row ${v.other}.`
    case 'bad-id':
      return `"${v.id}" is not an id: use lowercase letters, digits and single hyphens.`
    case 'formula':
      return `"${v.value}" is a spreadsheet formula; Kutla does not run formulas. Put the value itself in the cell (or start it with ' to keep it as text).`
    case 'colour':
      return `"${v.value}" is not a colour written #rrggbb.`
    case 'non-voting':
      return `"${v.value}" is not a number of non-voting seats (or yes / no).`
    case 'non-voting-too-many':
      return `${v.value} non-voting seats is more than the list's ${v.seats}.`
    case 'too-long':
      return `is longer than ${v.max} characters.`
    case 'no-lists':
      return 'The file has no lists.'
    case 'chamber-size':
      return `The chamber size "${v.value}" must be a whole number from 1 to ${v.max}.`
    case 'chamber-over':
      return `The lists hold ${v.sum} seats, more than the chamber's ${v.value}; the difference is shown.`
    case 'unknown-list':
      return `"${v.value}" is not a list of this file.`
    case 'markup':
      return 'looks like HTML; it is kept and shown as plain text.'
  }
}

// ---------------------------------------------------------------------------------------------
// Bytes to text

/** Kinds of non-text file recognised by their first bytes (values of a 'binary' issue). */
export type FileKind = 'png' | 'jpeg' | 'gif' | 'pdf' | 'zip' | 'xls' | 'binary'
const FILE_KINDS: Record<FileKind, string> = {
  png: 'a PNG image',
  jpeg: 'a JPEG image',
  gif: 'a GIF image',
  pdf: 'a PDF document',
  zip: 'a ZIP archive (an .xlsx or .ods workbook is one: save it as CSV)',
  xls: 'an old Office document (.xls): save it as CSV',
  binary: 'a binary file',
}

const SIGNATURES: readonly [readonly number[], FileKind][] = [
  [[0x89, 0x50, 0x4e, 0x47], 'png'],
  [[0xff, 0xd8, 0xff], 'jpeg'],
  [[0x47, 0x49, 0x46, 0x38], 'gif'],
  [[0x25, 0x50, 0x44, 0x46], 'pdf'],
  [[0x50, 0x4b, 0x03, 0x04], 'zip'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'xls'],
]

/** What a value of the wrong JSON type should have been (values of a 'wrong-type' issue). */
export type Expected = 'text' | 'number' | 'number-or-yes-no' | 'fixed-or-sum' | 'object' | 'one'
const EXPECTED_TEXT: Record<Expected, string> = {
  text: 'text',
  number: 'a number',
  'number-or-yes-no': 'a number or yes / no',
  'fixed-or-sum': '"fixed" or "sum"',
  object: 'an object',
  one: '1',
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b)
}

/**
 * The offset of the first byte that breaks UTF-8, or -1. Checks lead and continuation bytes, and
 * rejects overlong forms and surrogates as TextDecoder does.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0
  while (i < bytes.length) {
    const b = bytes[i]!
    if (b < 0x80) {
      i++
      continue
    }
    let need: number
    let min = 0x80
    let max = 0xbf
    if (b >= 0xc2 && b <= 0xdf) need = 1
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2
      if (b === 0xe0) min = 0xa0
      if (b === 0xed) max = 0x9f
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3
      if (b === 0xf0) min = 0x90
      if (b === 0xf4) max = 0x8f
    } else return i
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k]
      if (c === undefined) return i
      const lo = k === 1 ? min : 0x80
      const hi = k === 1 ? max : 0xbf
      if (c < lo || c > hi) return i
    }
    i += need + 1
  }
  return -1
}

/** Where a byte offset falls: its row (1-based line) and its CSV column name, as best known. */
function locateByte(bytes: Uint8Array, offset: number): { row: number; field: string } {
  let row = 1
  let lineStart = 0
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      row++
      lineStart = i + 1
    }
  }
  const headerEnd = bytes.indexOf(0x0a)
  const header = new TextDecoder('utf-8').decode(
    bytes.subarray(0, headerEnd < 0 ? offset : headerEnd),
  )
  const delimiter = [';', '\t', ','].reduce((best, d) =>
    header.split(d).length > header.split(best).length ? d : best,
  )
  const delimiterByte = delimiter.charCodeAt(0)
  let column = 0
  for (let i = lineStart; i < offset; i++) if (bytes[i] === delimiterByte) column++
  const name = header.split(delimiter)[column]?.trim()
  return { row, field: name || `column ${column + 1}` }
}

type Decoded = { ok: true; text: string } | { ok: false; errors: ImportIssue[] }

/** What kind of non-text file the bytes are, if a known one, else null. */
function binaryKind(bytes: Uint8Array): FileKind | null {
  for (const [signature, kind] of SIGNATURES) if (startsWith(bytes, signature)) return kind
  return null
}

/** The file's text: UTF-8 (with or without a byte-order mark) or UTF-16 with one. */
export function decodeText(bytes: Uint8Array): Decoded {
  const kind = binaryKind(bytes)
  if (kind) return { ok: false, errors: [issue(0, 'file', 'binary', { kind })] }
  try {
    if (startsWith(bytes, [0xff, 0xfe]))
      return { ok: true, text: new TextDecoder('utf-16le', { fatal: true }).decode(bytes) }
    if (startsWith(bytes, [0xfe, 0xff]))
      return { ok: true, text: new TextDecoder('utf-16be', { fatal: true }).decode(bytes) }
  } catch {
    return { ok: false, errors: [issue(0, 'file', 'encoding')] }
  }
  const head = bytes.subarray(0, 4096)
  if (head.includes(0)) {
    return { ok: false, errors: [issue(0, 'file', 'binary', { kind: 'binary' })] }
  }
  try {
    // TextDecoder drops a UTF-8 byte-order mark by itself.
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) }
  } catch {
    const at = firstInvalidUtf8(bytes)
    const where = at < 0 ? { row: 0, field: 'file' } : locateByte(bytes, at)
    return { ok: false, errors: [issue(where.row, where.field, 'encoding')] }
  }
}

// ---------------------------------------------------------------------------------------------
// Cells to values

const WHOLE = /^[0-9]+$/
const NUMBERISH = /^[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)(e[+-]?[0-9]+)?$/i
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/
const HEX6 = /^#[0-9a-f]{6}$/i
const HEX3 = /^#[0-9a-f]{3}$/i
/** A spreadsheet's "this is text" mark before a character that would start a formula. */
const QUOTED_TEXT = /^'(?='*[=+\-@\t\r])/
const MARKUP = /<\s*[a-z!/?]/i
const YES = new Set(['yes', 'y', 'true', 'x', '✓', 'نعم'])
const NO = new Set(['', 'no', 'n', 'false', 'لا'])

/** Arabic-Indic (٠-٩) and Eastern Arabic-Indic (۰-۹) digits as 0-9, for figures typed in Arabic. */
function westernDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) =>
    String((d.charCodeAt(0) - 0x0660) % (0x06f0 - 0x0660)),
  )
}

/** Reports issues through zod, carrying our code and values for the message. */
function fail(
  ctx: z.RefinementCtx,
  code: ImportIssueCode,
  values: Record<string, string | number> = {},
) {
  ctx.addIssue({ code: 'custom', message: code, params: { code, values } })
  return z.NEVER
}

function shorten(text: string): string {
  const chars = Array.from(text)
  return chars.length > 40 ? `${chars.slice(0, 40).join('')}…` : text
}

type Format = 'csv' | 'json'

/**
 * The schema of one list, as read from a CSV row (every value a string) or a JSON object.
 * Formulas exist only in spreadsheet cells: in CSV a cell starting with `=` is refused and the
 * spreadsheet's `'` text mark dropped; JSON strings are text as they are.
 */
function listSchemaFor(format: Format) {
  const csv = format === 'csv'
  const cell = (value: string, ctx: z.RefinementCtx): string => {
    const trimmed = value.trim()
    if (!csv) return trimmed
    if (trimmed.startsWith('=')) return fail(ctx, 'formula', { value: shorten(trimmed) })
    return trimmed.replace(QUOTED_TEXT, '')
  }

  const text = (max: number) =>
    z.string().transform((value, ctx) => {
      const clean = cell(value, ctx)
      if (Array.from(clean).length > max) return fail(ctx, 'too-long', { max })
      return clean
    })

  const seats = z.union([z.string(), z.number()]).transform((raw, ctx) => {
    const value = typeof raw === 'number' ? String(raw) : westernDigits(raw.trim())
    if (value === '') return fail(ctx, 'required')
    if (csv && value.startsWith('=')) return fail(ctx, 'formula', { value: shorten(value) })
    if (!NUMBERISH.test(value)) return fail(ctx, 'not-number', { value: shorten(value) })
    const n = Number(value)
    if (!Number.isFinite(n)) {
      return fail(ctx, 'too-big', { value: shorten(value), max: MAX_LIST_SEATS })
    }
    if (n < 0) return fail(ctx, 'negative', { value })
    if (!Number.isInteger(n)) return fail(ctx, 'not-whole', { value })
    if (n > MAX_LIST_SEATS) return fail(ctx, 'too-big', { value, max: MAX_LIST_SEATS })
    return n
  })

  const nonVoting = z
    .union([z.string(), z.number(), z.boolean()])
    .transform((raw, ctx): number | 'all' => {
      if (typeof raw === 'boolean') return raw ? 'all' : 0
      const value = westernDigits(String(raw).trim())
      if (csv && value.startsWith('=')) return fail(ctx, 'formula', { value: shorten(value) })
      const word = value.toLowerCase()
      if (NO.has(word)) return 0
      if (YES.has(word)) return 'all'
      if (WHOLE.test(value)) return Number(value)
      return fail(ctx, 'non-voting', { value: shorten(value) })
    })

  const colour = z.string().transform((raw, ctx) => {
    const value = cell(raw, ctx)
    if (value === '') return ''
    if (HEX6.test(value)) return value.toLowerCase()
    if (HEX3.test(value)) {
      const [r, g, b] = value.slice(1).toLowerCase()
      return `#${r}${r}${g}${g}${b}${b}`
    }
    return fail(ctx, 'colour', { value: shorten(value) })
  })

  const id = z.string().transform((raw, ctx) => {
    const value = cell(raw, ctx)
    if (value === '') return ''
    if (!SLUG.test(value) || value.length > 40) return fail(ctx, 'bad-id', { id: shorten(value) })
    return value
  })

  return z.strictObject({
    id: id.optional(),
    name: text(MAX_LIST_NAME_LENGTH).transform((v, ctx) => (v === '' ? fail(ctx, 'required') : v)),
    otherName: text(MAX_LIST_NAME_LENGTH).optional(),
    seats,
    colour: colour.optional(),
    camp: text(MAX_CAMP_LENGTH).optional(),
    nonVoting: nonVoting.optional(),
  })
}

const LIST_SCHEMA = { csv: listSchemaFor('csv'), json: listSchemaFor('json') }
type ReadList = z.output<ReturnType<typeof listSchemaFor>>

interface IssueParams {
  code?: ImportIssueCode
  values?: Record<string, string | number>
}

/** What each field of a list should be. */
const EXPECTED: Record<ListField, Expected> = {
  id: 'text',
  name: 'text',
  otherName: 'text',
  seats: 'number',
  colour: 'text',
  camp: 'text',
  nonVoting: 'number-or-yes-no',
}

/** Turns a zod error on one list into our issues. */
function listIssues(
  error: z.ZodError,
  row: number,
  fieldName: (field: ListField) => string,
): ImportIssue[] {
  return error.issues.flatMap((i): ImportIssue[] => {
    if (i.code === 'unrecognized_keys') {
      return i.keys.map((key) => issue(row, key, 'unknown-column', { column: key }))
    }
    const key = typeof i.path[0] === 'string' ? (i.path[0] as ListField) : null
    const field = key ? fieldName(key) : 'file'
    const params = (i as { params?: IssueParams }).params
    if (params?.code) return [issue(row, field, params.code, params.values)]
    if (i.code === 'invalid_type' && i.input === undefined) return [issue(row, field, 'required')]
    return [issue(row, field, 'wrong-type', { expected: EXPECTED[key ?? 'name'] })]
  })
}

// ---------------------------------------------------------------------------------------------
// Rows to a parliament

interface RowList {
  row: number
  list: ReadList
}

function nameKey(name: string): string {
  return name.normalize('NFC').toLocaleLowerCase('en').replace(/\s+/g, ' ')
}

/** Checks what one list cannot see alone (unique names and ids, totals) and builds the lists. */
function assemble(rows: readonly RowList[], fieldName: (f: ListField) => string) {
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
      errors.push(
        issue(row, fieldName('name'), 'duplicate-name', { name: shorten(list.name), other }),
      )
    } else names.set(key, row)
    if (list.id) {
      const otherId = ids.get(list.id)
      if (otherId !== undefined) {
        errors.push(issue(row, fieldName('id'), 'duplicate-id', { id: list.id, other: otherId }))
      } else ids.set(list.id, row)
    }
    const nonVoting = list.nonVoting === 'all' ? list.seats : (list.nonVoting ?? 0)
    if (nonVoting > list.seats) {
      errors.push(
        issue(row, fieldName('nonVoting'), 'non-voting-too-many', {
          value: nonVoting,
          seats: list.seats,
        }),
      )
    }
    total += list.seats
    if (total > MAX_LIST_SEATS && !totalReported) {
      totalReported = true
      errors.push(issue(row, fieldName('seats'), 'total-too-big', { total, max: MAX_LIST_SEATS }))
    }
    if (MARKUP.test(list.name)) warnings.push(issue(row, fieldName('name'), 'markup'))
  }
  const taken = new Set(ids.keys())
  const lists: OwnList[] = rows.map(({ list }, index) => {
    const id = list.id || uniqueListId(list.name, taken)
    taken.add(id)
    const nonVoting = list.nonVoting === 'all' ? list.seats : (list.nonVoting ?? 0)
    return {
      id,
      name: cleanListName(list.name).trim(),
      ...(list.otherName ? { otherName: cleanListName(list.otherName).trim() } : {}),
      seats: list.seats,
      color: list.colour || listColor(index),
      camp: list.camp || 'unknown',
      ...(nonVoting > 0 ? { nonVoting } : {}),
    }
  })
  return { errors, warnings, lists }
}

/** Counts line breaks, to refuse a file with far too many rows before parsing it. */
function countLines(bytes: Uint8Array): number {
  let n = 1
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0x0a) n++
  if (bytes[bytes.length - 1] === 0x0a) n--
  return n
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
  const title = cleanListName(spaced).trim()
  if (!title) return 'Imported parliament'
  const first = String.fromCodePoint(title.codePointAt(0)!)
  return first.toLocaleUpperCase('en') + title.slice(first.length)
}

// ---------------------------------------------------------------------------------------------
// CSV

function normaliseHeader(cell: string): string {
  return cell
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_')
}

/**
 * The separator of a CSV file: whichever of comma, semicolon, tab and bar splits the header row
 * into the most cells (papaparse's own guess is thrown off by blank lines at the end).
 */
function guessDelimiter(text: string): string {
  const header = text.slice(0, text.search(/\r?\n|$/))
  let best = ','
  let most = 0
  for (const d of [',', ';', '\t', '|']) {
    const cells = header.split(d).length
    if (cells > most) {
      best = d
      most = cells
    }
  }
  return best
}

function readCsv(text: string): Read {
  const parsed = Papa.parse<string[]>(text, {
    header: false,
    skipEmptyLines: false,
    delimiter: guessDelimiter(text),
  })
  const errors: ImportIssue[] = []
  for (const e of parsed.errors) {
    if (e.type === 'Quotes') errors.push(issue((e.row ?? 0) + 1, 'file', 'unclosed-quote'))
  }
  if (errors.length) return { rows: [], errors }
  const records = parsed.data
  const header = records[0] ?? []
  const fields: (ListField | null)[] = []
  const seen = new Set<ListField>()
  header.forEach((cell, column) => {
    const name = normaliseHeader(cell)
    const field = Object.hasOwn(COLUMN_NAMES, name) ? COLUMN_NAMES[name]! : undefined
    if (name === '' && header.slice(column).every((c) => c.trim() === '')) {
      fields.push(null) // Trailing empty header cells, as spreadsheets sometimes write.
    } else if (!field) {
      errors.push(
        issue(1, cell.trim() || `column ${column + 1}`, 'unknown-column', { column: cell.trim() }),
      )
      fields.push(null)
    } else if (seen.has(field)) {
      errors.push(issue(1, cell.trim(), 'duplicate-column', { column: cell.trim() }))
      fields.push(null)
    } else {
      seen.add(field)
      fields.push(field)
    }
  })
  for (const required of ['name', 'seats'] as const) {
    if (!seen.has(required)) {
      errors.push(issue(1, CSV_FIELD[required], 'missing-column', { column: CSV_FIELD[required] }))
    }
  }
  if (errors.length) return { rows: [], errors }

  const rows: RowList[] = []
  records.slice(1).forEach((cells, index) => {
    const row = index + 2
    if (cells.every((c) => c.trim() === '')) return
    const extra = cells.findIndex((c, column) => column >= fields.length && c.trim() !== '')
    if (extra >= 0) {
      errors.push(
        issue(row, `column ${extra + 1}`, 'extra-cell', {
          column: extra + 1,
          columns: fields.length,
        }),
      )
      return
    }
    // Name and seats are always passed (an empty one is an error); other empty cells are absent.
    const record: Partial<Record<ListField, string>> = { name: '', seats: '' }
    fields.forEach((field, column) => {
      const cell = cells[column] ?? ''
      if (field && (cell.trim() !== '' || field === 'name' || field === 'seats')) {
        record[field] = cell
      }
    })
    const result = LIST_SCHEMA.csv.safeParse(record)
    if (result.success) rows.push({ row, list: result.data })
    else errors.push(...listIssues(result.error, row, (f) => CSV_FIELD[f]))
  })
  return { rows, errors }
}

// ---------------------------------------------------------------------------------------------
// JSON

const JSON_LIST_ALIASES: Readonly<Record<string, ListField>> = {
  color: 'colour',
  nameAr: 'otherName',
}

const jsonFileSchema = z.strictObject({
  kutla: z.literal(1).optional(),
  title: z.string().max(MAX_LIST_NAME_LENGTH).optional(),
  chamberSize: z.number().optional(),
  chamberMode: z.enum(['fixed', 'sum']).optional(),
  lists: z.array(z.unknown()),
  coalitions: z
    .array(z.strictObject({ name: z.string().max(60).optional(), lists: z.array(z.string()) }))
    .max(12)
    .optional(),
})

type JsonFile = z.output<typeof jsonFileSchema>

/** Lists read from a file (each with its row), the problems found, and a JSON file's settings. */
interface Read {
  rows: RowList[]
  errors: ImportIssue[]
  file?: JsonFile
}

function readJson(text: string): Read {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (e) {
    return {
      rows: [],
      errors: [issue(0, 'file', 'json-syntax', { detail: shorten(String((e as Error).message)) })],
    }
  }
  const file = jsonFileSchema.safeParse(Array.isArray(data) ? { lists: data } : data)
  if (!file.success) {
    const errors = file.error.issues.flatMap((i) => {
      if (i.code === 'unrecognized_keys') {
        return i.keys.map((key) => issue(0, key, 'unknown-column', { column: key }))
      }
      if (i.path.length === 0 || i.path[0] === 'lists') return [issue(0, 'file', 'json-shape')]
      const field = i.path.map(String).join('.')
      const expected: Expected =
        i.path[0] === 'chamberMode'
          ? 'fixed-or-sum'
          : i.path[0] === 'chamberSize'
            ? 'number'
            : i.path[0] === 'kutla'
              ? 'one'
              : 'text'
      return [issue(0, field, 'wrong-type', { expected })]
    })
    return { rows: [], errors }
  }
  if (file.data.lists.length > MAX_LISTS) {
    const count = file.data.lists.length
    return {
      rows: [],
      errors: [issue(MAX_LISTS + 1, 'name', 'too-many-rows', { count, max: MAX_LISTS })],
    }
  }
  const rows: RowList[] = []
  const errors: ImportIssue[] = []
  file.data.lists.forEach((item, index) => {
    const row = index + 1
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      errors.push(issue(row, 'file', 'wrong-type', { expected: 'object' }))
      return
    }
    const record: Record<string, unknown> = {}
    for (const [key, value] of Object.entries(item)) {
      record[Object.hasOwn(JSON_LIST_ALIASES, key) ? JSON_LIST_ALIASES[key]! : key] = value
    }
    const result = LIST_SCHEMA.json.safeParse(record)
    if (result.success) rows.push({ row, list: result.data })
    else errors.push(...listIssues(result.error, row, (f) => JSON_FIELD[f]))
  })
  return { rows, errors, file: file.data }
}

// ---------------------------------------------------------------------------------------------

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
  const read = isJson ? readJson(text) : readCsv(text)
  const fieldName = (f: ListField) => (isJson ? JSON_FIELD[f] : CSV_FIELD[f])
  const count = read.rows.length + read.errors.length
  if (!isJson && read.rows.length > MAX_LISTS) {
    const first = read.rows[MAX_LISTS]!.row
    return {
      ok: false,
      errors: [issue(first, fieldName('name'), 'too-many-rows', { count, max: MAX_LISTS })],
    }
  }
  const built = assemble(read.rows, fieldName)
  // "No lists" only when no row was read at all, not when every row had a problem.
  const errors = [
    ...read.errors,
    ...built.errors.filter((e) => e.code !== 'no-lists' || read.errors.length === 0),
  ]

  const file: JsonFile | undefined = read.file
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
      else
        errors.push(issue(0, `coalitions.${index}.lists`, 'unknown-list', { value: shorten(ref) }))
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

/**
 * A parliament file in CSV (comma, semicolon, tab or bar separated; papaparse reads it) with a
 * header row, to lists. Columns: `name` and `seats` are required; `id`, `other_name`, `colour`,
 * `camp` and `non_voting` are optional. Any other column is refused, so a typo ("seat") is not
 * silently ignored. Pure.
 */
import Papa from 'papaparse'
import { type ImportIssue, issue } from './import-issues'
import { FIELD_NAMES, type ReadRows, type RowList, readListRecord } from './import-rows'
import type { OwnListField } from './own-list-rules'

/** Column names a CSV header may use (lowercase, spaces and hyphens as '_'), by field. */
const COLUMN_NAMES: Readonly<Record<string, OwnListField>> = {
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

const CSV_FIELD = FIELD_NAMES.csv

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

/** The lists of a CSV file's text, each with its row, and every problem found. */
export function readCsv(text: string): ReadRows {
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
  const fields: (OwnListField | null)[] = []
  const seen = new Set<OwnListField>()
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
          width: fields.length,
        }),
      )
      return
    }
    // Name and seats are always passed (an empty one is an error); other empty cells are absent.
    const record: Record<string, unknown> = Object.create(null)
    record.name = ''
    record.seats = ''
    fields.forEach((field, column) => {
      const cell = cells[column] ?? ''
      if (field && (cell.trim() !== '' || field === 'name' || field === 'seats')) {
        record[field] = cell
      }
    })
    const result = readListRecord(record, row, 'csv')
    if (result.ok) rows.push({ row, list: result.list })
    else errors.push(...result.errors)
  })
  return { rows, errors }
}

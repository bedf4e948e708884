/**
 * One row of a parliament file (a CSV record or a JSON object) to a checked list: zod checks the
 * JSON types and refuses unknown fields, then the rules shared with links (own-list-rules.ts)
 * check the values. Pure; import-csv.ts and import-json.ts call it.
 */
import '../zod-config'
import { z } from 'zod'
import { type Expected, type ImportIssue, issue } from './import-issues'
import { type CheckedOwnList, type OwnListField, checkOwnList } from './own-list-rules'

export type Format = 'csv' | 'json'

/** Field names as each format writes them, and as messages name them. */
export const FIELD_NAMES: Record<Format, Record<OwnListField, string>> = {
  json: {
    id: 'id',
    name: 'name',
    otherName: 'otherName',
    seats: 'seats',
    colour: 'colour',
    camp: 'camp',
    nonVoting: 'nonVoting',
  },
  csv: {
    id: 'id',
    name: 'name',
    otherName: 'other_name',
    seats: 'seats',
    colour: 'colour',
    camp: 'camp',
    nonVoting: 'non_voting',
  },
}

/** What each field of a list should be, for a value of the wrong JSON type. */
const EXPECTED: Record<OwnListField, Expected> = {
  id: 'text',
  name: 'text',
  otherName: 'text',
  seats: 'number',
  colour: 'text',
  camp: 'text',
  nonVoting: 'number-or-yes-no',
}

/** The JSON types of a list's fields; unknown fields are refused. */
const listShape = z.strictObject({
  id: z.string().optional(),
  name: z.string(),
  otherName: z.string().optional(),
  seats: z.union([z.string(), z.number()]),
  colour: z.string().optional(),
  camp: z.string().optional(),
  nonVoting: z.union([z.string(), z.number(), z.boolean()]).optional(),
})

/** One list read from a file, with its row. */
export interface RowList {
  row: number
  list: CheckedOwnList
}

/** Lists read from a file (each with its row) and the problems found. */
export interface ReadRows {
  rows: RowList[]
  errors: ImportIssue[]
}

/**
 * One row's list, or its problems (each naming the row and the field as the format writes it).
 * `record` has no prototype, so a `__proto__` key is a field like any other (and refused).
 */
export function readListRecord(
  record: Record<string, unknown>,
  row: number,
  format: Format,
): { ok: true; list: CheckedOwnList } | { ok: false; errors: ImportIssue[] } {
  const names = FIELD_NAMES[format]
  const shape = listShape.safeParse(record)
  if (!shape.success) {
    const errors = shape.error.issues.flatMap((i): ImportIssue[] => {
      if (i.code === 'unrecognized_keys') {
        return i.keys.map((key) => issue(row, key, 'unknown-column', { column: key }))
      }
      const key = typeof i.path[0] === 'string' ? (i.path[0] as OwnListField) : null
      const field = key ? names[key] : 'file'
      if (i.code === 'invalid_type' && i.input === undefined) return [issue(row, field, 'required')]
      return [issue(row, field, 'wrong-type', { expected: EXPECTED[key ?? 'name'] })]
    })
    return { ok: false, errors }
  }
  const checked = checkOwnList(shape.data, { cells: format === 'csv' })
  if (checked.ok) return { ok: true, list: checked.list }
  return {
    ok: false,
    errors: checked.problems.map((p) => issue(row, names[p.field], p.code, p.values)),
  }
}

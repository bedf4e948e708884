/**
 * A parliament file in JSON to lists: an array of lists, or `{ "title", "chamberSize",
 * "chamberMode", "lists", "coalitions" }` as Kutla exports it. Lists have `name`, `seats` and
 * optionally `id`, `otherName` (or `nameAr`), `colour` (or `color`), `camp`, `nonVoting`.
 * Objects are read without a prototype, so a `__proto__` key cannot supply a field: it is refused
 * as an unknown field like any other. Pure.
 */
import '../zod-config'
import { z } from 'zod'
import { quoteText } from './field-rules'
import { type Expected, type ImportIssue, issue } from './import-issues'
import { type ReadRows, type RowList, readListRecord } from './import-rows'
import { QUOTE_LENGTH, type OwnListField } from './own-list-rules'
import { MAX_LIST_NAME_LENGTH, MAX_LISTS } from './parliament-edits'

const JSON_LIST_ALIASES: Readonly<Record<string, OwnListField>> = {
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

export type JsonFile = z.output<typeof jsonFileSchema>

/** JSON.parse, with every object made without a prototype (`__proto__` is then a plain key). */
function parseWithoutPrototypes(text: string): unknown {
  return JSON.parse(text, (_key, value: unknown) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return value
    return Object.assign(Object.create(null) as object, value)
  })
}

/** The lists of a JSON file's text, each with its row, every problem found, and its settings. */
export function readJson(text: string): ReadRows & { file?: JsonFile } {
  let data: unknown
  try {
    data = parseWithoutPrototypes(text)
  } catch (e) {
    const detail = quoteText(String((e as Error).message), QUOTE_LENGTH)
    return { rows: [], errors: [issue(0, 'file', 'json-syntax', { detail })] }
  }
  const file = jsonFileSchema.safeParse(Array.isArray(data) ? { lists: data } : data)
  if (!file.success) {
    const errors = file.error.issues.flatMap((i) => {
      if (i.code === 'unrecognized_keys') {
        return i.keys.map((key) => issue(0, key, 'unknown-column', { column: key }))
      }
      if (i.path.length === 0 || i.path[0] === 'lists') return [issue(0, 'file', 'json-shape')]
      if (i.code === 'too_big' && i.path.length === 1 && i.path[0] === 'coalitions') {
        const count = Array.isArray((data as { coalitions?: unknown }).coalitions)
          ? (data as { coalitions: unknown[] }).coalitions.length
          : 0
        return [issue(0, 'coalitions', 'too-many-coalitions', { count, max: 12 })]
      }
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
    const record: Record<string, unknown> = Object.create(null)
    for (const [key, value] of Object.entries(item)) {
      record[Object.hasOwn(JSON_LIST_ALIASES, key) ? JSON_LIST_ALIASES[key]! : key] = value
    }
    const result = readListRecord(record, row, 'json')
    if (result.ok) rows.push({ row, list: result.list })
    else errors.push(...result.errors)
  })
  return { rows, errors, file: file.data }
}

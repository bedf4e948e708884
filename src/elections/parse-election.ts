/**
 * The one way election data enters the app: unknown JSON in, a checked Election or a list of
 * problems out. Never throws.
 */
import '../zod-config.js'
import { en } from 'zod/locales'
import * as z from 'zod/mini'
import type { ElectionCatalog } from './catalog'
import { COLOUR_PATTERN, DATE_PATTERN, LIST_ID_PATTERN } from './field-rules.js'
import type { Election } from './types'
import { formatIssuePath } from './issue-path.js'

// zod/mini has the same checks as zod in a fraction of the bytes (the page loads it only to read
// a file or a stored entry; the shipped files are checked at build time). It ships without
// messages: English gives the same wording as zod's default.
z.config(en())

const slug = z
  .string()
  .check(z.regex(LIST_ID_PATTERN, 'must be a lowercase slug of a-z, 0-9 and -'))
const isoDate = z.string().check(z.regex(DATE_PATTERN, 'must be a date YYYY-MM-DD'))
const seatCount = z
  .number()
  .check(z.int('must be a whole number'), z.minimum(0, 'must not be negative'))
const text = z.string().check(z.minLength(1))

const sourceSchema = z.object({
  id: slug,
  url: z.url({ protocol: /^https?$/ }),
  description: text,
  publisher: z.optional(text),
  title: z.optional(text),
  date: z.optional(isoDate),
})

const partySchema = z.object({
  id: slug,
  name: text,
  shortName: text,
  nameAr: text,
  shortNameAr: z.optional(text),
  altNames: z._default(z.array(z.string()), []),
  leader: z.nullable(text),
  leaderAr: z._default(z.nullable(text), null),
  camp: text,
  color: z.string().check(z.regex(COLOUR_PATTERN, 'must be a colour #rrggbb')),
  seats: z.record(slug, seatCount),
  quotaSeats: z.optional(z.boolean()),
  notes: z.optional(z.array(z.string())),
  notesAr: z.optional(z.array(z.string())),
  sourceIds: z.array(slug).check(z.minLength(1, 'needs at least one source')),
})

const electionSchema = z
  .object({
    id: slug,
    title: text,
    titleAr: z.optional(text),
    country: text,
    electionDate: isoDate,
    chamberSize: z.number().check(z.int(), z.minimum(1), z.maximum(10_000)),
    chamberNote: z.optional(z.string()),
    chamberNoteAr: z.optional(z.string()),
    defaultVersion: slug,
    versions: z
      .array(
        z.object({
          id: slug,
          label: text,
          labelAr: z.optional(text),
          date: isoDate,
          description: text,
          descriptionAr: z.optional(text),
          sourceIds: z.array(slug).check(z.minLength(1, 'needs at least one source')),
        }),
      )
      .check(z.minLength(1)),
    parties: z.array(partySchema).check(z.minLength(1)),
    sources: z.array(sourceSchema).check(z.minLength(1)),
    uncertainties: z._default(z.array(z.string()), []),
    uncertaintiesAr: z.optional(z.array(z.string())),
  })
  .check(
    z.superRefine((e, ctx) => {
      const issue = (path: (string | number)[], message: string) =>
        ctx.addIssue({ code: 'custom', path, message })
      const sourceIds = new Set(e.sources.map((s) => s.id))
      const versionIds = e.versions.map((v) => v.id)
      if (!versionIds.includes(e.defaultVersion)) issue(['defaultVersion'], 'names no version')
      // A translation is read item by item against the English: a missing or extra item would
      // pair each sentence with the wrong one.
      if (e.uncertaintiesAr && e.uncertaintiesAr.length !== e.uncertainties.length) {
        issue(
          ['uncertaintiesAr'],
          `has ${e.uncertaintiesAr.length} items, not the ${e.uncertainties.length} of uncertainties`,
        )
      }
      const seen = new Set<string>()
      e.parties.forEach((p, i) => {
        if (seen.has(p.id)) issue(['parties', i, 'id'], `duplicate list id "${p.id}"`)
        if (p.notesAr && p.notesAr.length !== (p.notes?.length ?? 0)) {
          issue(
            ['parties', i, 'notesAr'],
            `has ${p.notesAr.length} items, not the ${p.notes?.length ?? 0} of notes`,
          )
        }
        seen.add(p.id)
        for (const v of versionIds) {
          if (p.seats[v] === undefined) issue(['parties', i, 'seats', v], 'is missing')
        }
        p.sourceIds.forEach((s, j) => {
          if (!sourceIds.has(s)) issue(['parties', i, 'sourceIds', j], `unknown source "${s}"`)
        })
      })
      e.versions.forEach((v, i) => {
        const total = e.parties.reduce((sum, p) => sum + (p.seats[v.id] ?? 0), 0)
        if (total !== e.chamberSize)
          issue(
            ['versions', i],
            `seats of version "${v.id}" sum to ${total}, not the chamber size ${e.chamberSize}`,
          )
        v.sourceIds.forEach((s, j) => {
          if (!sourceIds.has(s)) issue(['versions', i, 'sourceIds', j], `unknown source "${s}"`)
        })
      })
    }),
  )

export type ParseResult<T> = { ok: true; value: T } | { ok: false; errors: string[] }

/**
 * Checks unknown JSON against the election schema. Each error names the field path,
 * e.g. `parties[3].seats.may2018: must not be negative`.
 */
export function parseElection(input: unknown, fileName = 'election'): ParseResult<Election> {
  const result = electionSchema.safeParse(input)
  if (result.success) return { ok: true, value: result.data as Election }
  return {
    ok: false,
    errors: result.error.issues.map((i) => `${fileName}: ${formatIssuePath(i.path)}: ${i.message}`),
  }
}

/**
 * A catalog of the elections in `files` (by file name) that pass the schema, with every problem
 * of the others, naming the file and field. The build checks the shipped files this way; tests
 * build catalogs of their own.
 *
 * @example buildCatalog({ 'a.json': json }).errors // []
 */
export function buildCatalog(files: Record<string, unknown>): ElectionCatalog {
  const elections: Election[] = []
  const errors: string[] = []
  for (const [name, json] of Object.entries(files)) {
    const parsed = parseElection(json, name)
    if (parsed.ok) elections.push(parsed.value)
    else errors.push(...parsed.errors)
  }
  return { elections, errors }
}

/**
 * The one way election data enters the app: unknown JSON in, a checked Election or a list of
 * problems out. Never throws.
 */
import { z } from 'zod'
import type { Election } from './types'

const slug = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lowercase slug of a-z, 0-9 and -')
const isoDate = z.string().regex(/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/, 'must be a date YYYY-MM-DD')
const seatCount = z.number().int('must be a whole number').min(0, 'must not be negative')

const sourceSchema = z.object({
  id: slug,
  url: z.url({ protocol: /^https?$/ }),
  description: z.string().min(1),
  publisher: z.string().min(1).optional(),
  title: z.string().min(1).optional(),
  date: isoDate.optional(),
})

const partySchema = z.object({
  id: slug,
  name: z.string().min(1),
  shortName: z.string().min(1),
  nameAr: z.string().min(1),
  shortNameAr: z.string().min(1).optional(),
  altNames: z.array(z.string()).default([]),
  leader: z.string().min(1).nullable(),
  leaderAr: z.string().min(1).nullable().default(null),
  camp: z.string().min(1),
  color: z.string().regex(/^#[0-9a-f]{6}$/i, 'must be a colour #rrggbb'),
  seats: z.record(slug, seatCount),
  quotaSeats: z.boolean().optional(),
  notes: z.array(z.string()).optional(),
  sourceIds: z.array(slug).min(1, 'needs at least one source'),
})

const electionSchema = z
  .object({
    id: slug,
    title: z.string().min(1),
    titleAr: z.string().min(1).optional(),
    country: z.string().min(1),
    electionDate: isoDate,
    chamberSize: z.number().int().min(1).max(10_000),
    chamberNote: z.string().optional(),
    defaultVersion: slug,
    versions: z
      .array(
        z.object({
          id: slug,
          label: z.string().min(1),
          labelAr: z.string().min(1).optional(),
          date: isoDate,
          description: z.string().min(1),
          sourceIds: z.array(slug).min(1, 'needs at least one source'),
        }),
      )
      .min(1),
    parties: z.array(partySchema).min(1),
    sources: z.array(sourceSchema).min(1),
    uncertainties: z.array(z.string()).default([]),
  })
  .superRefine((e, ctx) => {
    const issue = (path: (string | number)[], message: string) =>
      ctx.addIssue({ code: 'custom', path, message })
    const sourceIds = new Set(e.sources.map((s) => s.id))
    const versionIds = e.versions.map((v) => v.id)
    if (!versionIds.includes(e.defaultVersion)) issue(['defaultVersion'], 'names no version')
    const seen = new Set<string>()
    e.parties.forEach((p, i) => {
      if (seen.has(p.id)) issue(['parties', i, 'id'], `duplicate list id "${p.id}"`)
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
  })

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
    errors: result.error.issues.map((i) => `${fileName}: ${formatPath(i.path)}: ${i.message}`),
  }
}

function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(root)'
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`))
    .join('')
}

/**
 * The cross-election camp map (data/mappings/camps.json) enters the app here: unknown JSON in, a
 * checked map or a list of problems out. Never throws. `campProblems` then checks it against the
 * elections: a camp's lists must be exactly the lists an election gives that camp, every camp an
 * election uses must be in the map, and an election where a camp or lineage has no list must say
 * why, so a missing mapping is always explicit.
 */
import '../zod-config.js'
import { z } from 'zod'
import type { ParseResult } from './parse-election'
import type { Election } from './types'
import { formatIssuePath } from './issue-path.js'

const slug = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lowercase slug of a-z, 0-9 and -')
const text = (max: number) =>
  z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`)

/** One election's part of a camp or lineage: its lists, or why there are none. */
const entrySchema = z
  .object({
    lists: z.array(slug),
    note: text(300).optional(),
    noteAr: text(400).optional(),
    noMapping: text(300).optional(),
    noMappingAr: text(400).optional(),
  })
  .superRefine((entry, ctx) => {
    // Every explanation is read in both languages.
    for (const [field, twin] of [
      ['note', 'noteAr'],
      ['noMapping', 'noMappingAr'],
    ] as const) {
      if (entry[field] !== undefined && entry[twin] === undefined)
        ctx.addIssue({ code: 'custom', path: [twin], message: `must give ${field} in Arabic` })
      if (entry[field] === undefined && entry[twin] !== undefined)
        ctx.addIssue({ code: 'custom', path: [field], message: `must give ${twin} in English` })
    }
    if (entry.lists.length === 0 && entry.noMapping === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['noMapping'],
        message: 'must say why there is no list',
      })
    if (entry.lists.length > 0 && entry.noMapping !== undefined)
      ctx.addIssue({ code: 'custom', path: ['noMapping'], message: 'is given beside lists' })
  })

const groupSchema = z.object({
  id: slug,
  name: text(100),
  nameAr: text(100).optional(),
  /** For a lineage: what in the election files shows the lists continue one another. */
  basis: text(400).optional(),
  basisAr: text(600).optional(),
  byElection: z.record(slug, entrySchema),
})

const campMapSchema = z.object({
  elections: z.array(slug).min(1),
  camps: z.array(groupSchema).min(1),
  lineages: z.array(groupSchema.extend({ basis: text(400), basisAr: text(600) })).default([]),
})

export type CampMap = z.output<typeof campMapSchema>
export type CampGroup = CampMap['camps'][number]

/** Checks unknown JSON against the camp map schema; errors name the field path. */
export function parseCampMap(input: unknown, fileName = 'camps'): ParseResult<CampMap> {
  const result = campMapSchema.safeParse(input)
  if (result.success) return { ok: true, value: result.data }
  return {
    ok: false,
    errors: result.error.issues.map((i) => `${fileName}: ${formatIssuePath(i.path)}: ${i.message}`),
  }
}

/**
 * What does not fit between a parsed camp map and the elections it names. Empty when it fits.
 *
 * @example campProblems(map, [iraq2010, iraq2018, iraq2021, iraq2025]) // []
 */
export function campProblems(
  map: CampMap,
  elections: readonly Election[],
  fileName = 'camps',
): string[] {
  const problems: string[] = []
  const say = (path: string, message: string) => problems.push(`${fileName}: ${path}: ${message}`)
  const byId = new Map(elections.map((e) => [e.id, e]))
  map.elections.forEach((id, i) => {
    if (!byId.has(id)) say(`elections[${i}]`, `unknown election "${id}"`)
  })
  const named = map.elections.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []))

  const checkGroup = (kind: 'camps' | 'lineages', group: CampGroup, i: number) => {
    for (const key of Object.keys(group.byElection))
      if (!map.elections.includes(key))
        say(`${kind}[${i}].byElection.${key}`, 'is not one of the elections')
    for (const e of named) {
      const entry = group.byElection[e.id]
      const at = `${kind}[${i}].byElection.${e.id}`
      if (!entry) {
        say(at, 'is missing (give the lists, or noMapping)')
        continue
      }
      entry.lists.forEach((id, j) => {
        if (!e.parties.some((p) => p.id === id)) say(`${at}.lists[${j}]`, `unknown list "${id}"`)
      })
      if (kind === 'camps') {
        const expected = e.parties.filter((p) => p.camp === group.id).map((p) => p.id)
        const missing = expected.filter((id) => !entry.lists.includes(id))
        const extra = entry.lists.filter((id) => !expected.includes(id))
        if (missing.length || extra.length)
          say(
            `${at}.lists`,
            `are not the lists ${e.id} gives camp "${group.id}" (missing: ${missing.join(', ') || 'none'}; not in it: ${extra.join(', ') || 'none'})`,
          )
      }
    }
  }
  map.camps.forEach((c, i) => checkGroup('camps', c, i))
  map.lineages.forEach((l, i) => checkGroup('lineages', l, i))

  const campIds = new Set(map.camps.map((c) => c.id))
  for (const e of named)
    for (const camp of new Set(e.parties.map((p) => p.camp)))
      if (!campIds.has(camp)) say('camps', `has no camp "${camp}", which ${e.id} uses`)
  for (const kind of ['camps', 'lineages'] as const) {
    const seen = new Set<string>()
    map[kind].forEach((g, i) => {
      if (seen.has(g.id)) say(`${kind}[${i}].id`, `duplicate id "${g.id}"`)
      seen.add(g.id)
    })
  }
  return problems
}

/** A camp map read for the app: parsed, then checked against the elections. */
export function readCampMapFile(
  json: unknown,
  fileName: string,
  elections: readonly Election[],
): { map: CampMap | undefined; errors: string[] } {
  const parsed = parseCampMap(json, fileName)
  if (!parsed.ok) return { map: undefined, errors: parsed.errors }
  const problems = campProblems(parsed.value, elections, fileName)
  return problems.length ? { map: undefined, errors: problems } : { map: parsed.value, errors: [] }
}

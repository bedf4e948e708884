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
import { majorityThreshold, twoThirdsThreshold } from '../coalition/majority.js'

// zod/mini has the same checks as zod in a fraction of the bytes (the page loads it only to read
// a file or a stored entry; the shipped files are checked at build time). It ships without
// messages: English gives the same wording as zod's default.
z.config(en())

const slug = z
  .string()
  .check(z.regex(LIST_ID_PATTERN, 'must be a lowercase slug of a-z, 0-9 and -'))
const isoDate = z.string().check(z.regex(DATE_PATTERN, 'must be a date YYYY-MM-DD'))
/** A date known to the day, the month or the year only (sources and events are often undated). */
const partialDate = z
  .string()
  .check(
    z.regex(/^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$/, 'must be a date YYYY-MM-DD, YYYY-MM or YYYY'),
  )
const confidence = z.enum(['high', 'medium', 'low'])
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
  date: z.optional(partialDate),
  /** What the date is when there is no exact one (e.g. "later revision, undated"). */
  dateNote: z.optional(text),
})

/** A seat count an outlet reported that the table does not use. */
const variantSchema = z.object({
  seats: seatCount,
  /** The seat version the count was reported for (the list's count in it differs). */
  versionId: slug,
  reportedBy: text,
  sourceIds: z.array(slug).check(z.minLength(1, 'needs at least one source')),
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
  /**
   * Where `nameAr` comes from, when not plainly from a source: "unverified" (the reference gives
   * it with a caveat, said in the notes) or "missing" (no Arabic name was found: `nameAr` repeats
   * the English `name` rather than inventing one).
   */
  nameArStatus: z.optional(z.enum(['unverified', 'missing'])),
  seats: z.record(slug, seatCount),
  quotaSeats: z.optional(z.boolean()),
  /**
   * One member's seat shown on its own, not a list: an independent elected alone, or a quota
   * seat whose winner's list is not known. No press moves more than this one seat, and such
   * entries are never a bloc.
   */
  individual: z.optional(z.boolean()),
  /** How far the row's seat count in each version can be trusted, by version id. */
  confidence: z.optional(z.record(slug, confidence)),
  variants: z.optional(z.array(variantSchema)),
  notes: z.optional(z.array(z.string())),
  notesAr: z.optional(z.array(z.string())),
  sourceIds: z.array(slug).check(z.minLength(1, 'needs at least one source')),
})

/**
 * A rung a coalition may need to reach, with the rule that sets it. `kind` says how the seats
 * follow from the chamber size (checked), so the data cannot drift from the arithmetic.
 */
const thresholdSchema = z.object({
  id: slug,
  kind: z.enum(['majority', 'two-thirds']),
  seats: seatCount,
  label: text,
  labelAr: z.optional(text),
  /** What the rung is needed for, and the rule (constitution article, court ruling). */
  rule: text,
  ruleAr: z.optional(text),
  /** The day the rule applied from, when it came after the election (a court ruling). */
  from: z.optional(isoDate),
  sourceIds: z.array(slug).check(z.minLength(1, 'needs at least one source')),
})

/** A seat figure someone claimed for a bloc: a count, or a text when the claim was a range. */
const claimSchema = z.object({
  bloc: text,
  seats: z.optional(seatCount),
  seatsText: z.optional(text),
})

/** A dated event after the election: a session, a ruling, an alliance. */
const eventSchema = z.object({
  date: partialDate,
  /** Last day (or month), for events that span several. */
  dateEnd: z.optional(partialDate),
  /** A date as the sources give it, where `date` cannot say it (e.g. "late August"). */
  dateNote: z.optional(text),
  text,
  textAr: z.optional(text),
  /** MPs present, as the most cited source gives it. */
  attendance: z.optional(seatCount),
  /** Every attendance figure reported, when sources disagree (includes `attendance`). */
  attendanceVariants: z.optional(z.array(seatCount)),
  /** The threshold the session needed present (an id of `thresholds`). */
  thresholdId: z.optional(slug),
  claims: z.optional(z.array(claimSchema)),
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
          /** How far the table as a whole can be trusted; rows may say more. */
          confidence: z.optional(confidence),
          /** Whether the table was published as such or worked out from other figures. */
          derived: z.optional(z.boolean()),
        }),
      )
      .check(z.minLength(1)),
    parties: z.array(partySchema).check(z.minLength(1)),
    sources: z.array(sourceSchema).check(z.minLength(1)),
    uncertainties: z._default(z.array(z.string()), []),
    uncertaintiesAr: z.optional(z.array(z.string())),
    thresholds: z.optional(z.array(thresholdSchema)),
    events: z.optional(z.array(eventSchema)),
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
        if (p.nameArStatus === 'missing' && p.nameAr !== p.name)
          issue(
            ['parties', i, 'nameAr'],
            'must repeat the English name when nameArStatus is "missing"',
          )
        if (p.individual && Object.values(p.seats).some((n) => n > 1))
          issue(['parties', i, 'seats'], 'an individual member holds at most one seat')
        for (const v of Object.keys(p.confidence ?? {}))
          if (!versionIds.includes(v)) issue(['parties', i, 'confidence', v], 'names no version')
        p.variants?.forEach((variant, j) => {
          if (!versionIds.includes(variant.versionId))
            issue(
              ['parties', i, 'variants', j, 'versionId'],
              `unknown seat version "${variant.versionId}"`,
            )
          variant.sourceIds.forEach((s, k) => {
            if (!sourceIds.has(s))
              issue(['parties', i, 'variants', j, 'sourceIds', k], `unknown source "${s}"`)
          })
        })
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
      const thresholdIds = new Set<string>()
      e.thresholds?.forEach((t, i) => {
        if (thresholdIds.has(t.id))
          issue(['thresholds', i, 'id'], `duplicate threshold id "${t.id}"`)
        thresholdIds.add(t.id)
        const expected =
          t.kind === 'majority'
            ? majorityThreshold(e.chamberSize)
            : twoThirdsThreshold(e.chamberSize)
        if (t.seats !== expected)
          issue(
            ['thresholds', i, 'seats'],
            `is ${t.seats} but ${t.kind} of ${e.chamberSize} seats is ${expected}`,
          )
        t.sourceIds.forEach((s, j) => {
          if (!sourceIds.has(s)) issue(['thresholds', i, 'sourceIds', j], `unknown source "${s}"`)
        })
      })
      e.events?.forEach((ev, i) => {
        if (ev.dateEnd !== undefined && ev.dateEnd < ev.date)
          issue(['events', i, 'dateEnd'], 'is before the date')
        if (ev.thresholdId !== undefined && !thresholdIds.has(ev.thresholdId))
          issue(['events', i, 'thresholdId'], `unknown threshold "${ev.thresholdId}"`)
        for (const [field, n] of [
          ['attendance', ev.attendance],
          ...(ev.attendanceVariants ?? []).map((v, j) => [`attendanceVariants[${j}]`, v] as const),
        ] as const)
          if (n !== undefined && n > e.chamberSize)
            issue(['events', i, field], `is ${n}, more than the chamber size ${e.chamberSize}`)
        if (
          ev.attendance !== undefined &&
          ev.attendanceVariants &&
          !ev.attendanceVariants.includes(ev.attendance)
        )
          issue(
            ['events', i, 'attendanceVariants'],
            `does not include the attendance ${ev.attendance}`,
          )
        ev.claims?.forEach((c, j) => {
          if (c.seats === undefined && c.seatsText === undefined)
            issue(['events', i, 'claims', j], 'needs seats or seatsText')
        })
        ev.sourceIds.forEach((s, j) => {
          if (!sourceIds.has(s)) issue(['events', i, 'sourceIds', j], `unknown source "${s}"`)
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

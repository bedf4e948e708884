/**
 * The guided story (a sequence of dated scenarios with captions and sources) enters the app here:
 * unknown JSON in, a checked Story or a list of problems out. Never throws.
 * `storyProblems` then checks a parsed story against the election it is about.
 */
import '../zod-config.js'
import { z } from 'zod'
import type { ElectionCatalog } from './catalog'
import type { Election } from './types'
import type { ParseResult } from './parse-election'
import { LIST_ID_PATTERN } from './field-rules.js'
import { formatIssuePath } from './issue-path.js'
import { majorityThreshold, twoThirdsThreshold } from '../coalition/majority.js'
import type { StoryCatalog } from './story-catalog'

const slug = z.string().regex(LIST_ID_PATTERN, 'must be a lowercase slug of a-z, 0-9 and -')
const isoDate = z.string().regex(/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/, 'must be a date YYYY-MM-DD')
/** A source's date may be known to the month only. */
const isoDay = z
  .string()
  .regex(/^[0-9]{4}-[0-9]{2}(-[0-9]{2})?$/, 'must be a date YYYY-MM-DD or YYYY-MM')
const text = (max: number) =>
  z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`)
const count = z.number().int('must be a whole number').min(0, 'must not be negative')

const sourceSchema = z.object({
  id: slug,
  url: z.url({ protocol: /^https?$/ }),
  publisher: text(120),
  title: text(300).optional(),
  date: isoDay,
  /** What the source says that the story uses. */
  description: text(600),
})

const coalitionSchema = z.object({
  id: z.string().regex(/^c[0-9]{1,3}$/, 'must be c followed by a number, e.g. c1'),
  name: text(60),
  nameAr: text(60).optional(),
  partyIds: z.array(slug).min(1, 'needs at least one list'),
})

/**
 * A seat figure a caption quotes that is computed from the seat table: the lists' seats add up to
 * `seats` (in the step's seat version unless `versionId` says otherwise), and, when given,
 * `short` is how far that falls below the majority.
 */
const figureSchema = z.object({
  partyIds: z.array(slug).min(1, 'needs at least one list'),
  seats: count,
  versionId: slug.optional(),
  short: count.optional(),
  /** How far the seats fall below two-thirds of the chamber, when the caption says so. */
  shortOfTwoThirds: count.optional(),
})

/**
 * A seat figure someone claimed that the seat table cannot give (a bloc counted with allied
 * independents, a press estimate). The caption quotes it; several claims for one bloc show a
 * disagreement.
 */
const claimSchema = z.object({
  bloc: text(80),
  blocAr: text(80).optional(),
  seats: count,
  sourceIds: z.array(slug).min(1, 'needs at least one source'),
})

/**
 * MPs present at a session, against the quorum it needed. `needed` is checked against the rung
 * it names; `variants` are the other figures reported.
 */
const attendanceSchema = z.object({
  present: count,
  variants: z.array(count).default([]),
  rung: z.enum(['majority', 'two-thirds']),
  needed: count,
  sourceIds: z.array(slug).min(1, 'needs at least one source'),
})

/** A list the step adds to the chamber (seats that changed hands in a way no list had). */
const addedListSchema = z.object({
  id: slug,
  name: text(80),
  nameAr: text(80).optional(),
  seats: count,
  color: z.string().regex(/^#[0-9a-f]{6}$/i, 'must be a colour #rrggbb'),
  camp: text(40),
})

const stepSchema = z.object({
  id: slug,
  date: isoDate,
  /** Last day, for steps that span several days. */
  dateEnd: isoDate.optional(),
  title: text(120),
  titleAr: text(160).optional(),
  caption: text(700),
  captionAr: text(900).optional(),
  /** A longer explanation, shown under the caption. */
  note: text(700).optional(),
  noteAr: text(900).optional(),
  scenario: z.object({
    versionId: slug,
    coalitions: z.array(coalitionSchema).min(1, 'needs at least one coalition').max(12),
    activeCoalitionId: z.string(),
    /**
     * An edit of the chamber from this step on (e.g. resignations): lists' seats that differ
     * from the version, by list id, and lists added. The chamber keeps its size.
     */
    seatEdits: z.record(slug, count).optional(),
    addedLists: z.array(addedListSchema).max(5).optional(),
  }),
  sourceIds: z.array(slug).min(1, 'needs at least one source'),
  figures: z.array(figureSchema).default([]),
  claims: z.array(claimSchema).default([]),
  attendance: attendanceSchema.optional(),
})

const storySchema = z
  .object({
    id: slug,
    electionId: slug,
    title: text(120),
    titleAr: text(160).optional(),
    intro: text(400),
    introAr: text(500).optional(),
    sources: z.array(sourceSchema).min(1),
    steps: z.array(stepSchema).min(1).max(30),
  })
  .superRefine((story, ctx) => {
    const issue = (path: (string | number)[], message: string) =>
      ctx.addIssue({ code: 'custom', path, message })
    const sourceIds = new Set<string>()
    story.sources.forEach((s, i) => {
      if (sourceIds.has(s.id)) issue(['sources', i, 'id'], `duplicate source id "${s.id}"`)
      sourceIds.add(s.id)
    })
    const stepIds = new Set<string>()
    story.steps.forEach((step, i) => {
      if (stepIds.has(step.id)) issue(['steps', i, 'id'], `duplicate step id "${step.id}"`)
      stepIds.add(step.id)
      if (step.dateEnd !== undefined && step.dateEnd < step.date)
        issue(['steps', i, 'dateEnd'], 'is before the date')
      step.sourceIds.forEach((id, j) => {
        if (!sourceIds.has(id)) issue(['steps', i, 'sourceIds', j], `unknown source "${id}"`)
      })
      const { coalitions, activeCoalitionId } = step.scenario
      const coalitionIds = new Set<string>()
      coalitions.forEach((c, j) => {
        if (coalitionIds.has(c.id))
          issue(['steps', i, 'scenario', 'coalitions', j, 'id'], `duplicate coalition id "${c.id}"`)
        coalitionIds.add(c.id)
        if (new Set(c.partyIds).size !== c.partyIds.length)
          issue(['steps', i, 'scenario', 'coalitions', j, 'partyIds'], 'names a list twice')
      })
      if (!coalitionIds.has(activeCoalitionId))
        issue(['steps', i, 'scenario', 'activeCoalitionId'], `names no coalition of this step`)
      const cited = [
        ...step.claims.flatMap((c, j) =>
          c.sourceIds.map((id, k) => [['claims', j, 'sourceIds', k], id] as const),
        ),
        ...(step.attendance?.sourceIds ?? []).map(
          (id, k) => [['attendance', 'sourceIds', k], id] as const,
        ),
      ]
      for (const [path, id] of cited)
        if (!sourceIds.has(id)) issue(['steps', i, ...path], `unknown source "${id}"`)
    })
  })

export type Story = z.output<typeof storySchema>
export type StoryStep = Story['steps'][number]
export type StorySource = Story['sources'][number]
export type StoryFigure = StoryStep['figures'][number]

/**
 * Checks unknown JSON against the story schema. Each error names the field path,
 * e.g. `story: steps[2].scenario.activeCoalitionId: names no coalition of this step`.
 */
export function parseStory(input: unknown, fileName = 'story'): ParseResult<Story> {
  const result = storySchema.safeParse(input)
  if (result.success) return { ok: true, value: result.data }
  return {
    ok: false,
    errors: result.error.issues.map((i) => `${fileName}: ${formatIssuePath(i.path)}: ${i.message}`),
  }
}

/**
 * What does not fit between a parsed story and its election: unknown list ids or seat versions,
 * and quoted seat figures that the seat table does not give (or that the caption does not quote).
 * An empty array means the story can be shown.
 *
 * @example storyProblems(story, election) // []
 */
export function storyProblems(story: Story, election: Election, fileName = 'story'): string[] {
  const problems: string[] = []
  const say = (path: string, message: string) => problems.push(`${fileName}: ${path}: ${message}`)
  if (story.electionId !== election.id) say('electionId', `is not "${election.id}"`)
  const versions = new Set(election.versions.map((v) => v.id))
  const seatsIn = (versionId: string) =>
    new Map(election.parties.map((p) => [p.id, p.seats[versionId] ?? 0]))
  const majority = majorityThreshold(election.chamberSize)
  const twoThirds = twoThirdsThreshold(election.chamberSize)

  story.steps.forEach((step, i) => {
    const at = `steps[${i}]`
    const { versionId, coalitions } = step.scenario
    if (!versions.has(versionId))
      say(`${at}.scenario.versionId`, `unknown seat version "${versionId}"`)
    coalitions.forEach((c, j) =>
      c.partyIds.forEach((id, k) => {
        if (!election.parties.some((p) => p.id === id))
          say(`${at}.scenario.coalitions[${j}].partyIds[${k}]`, `unknown list "${id}"`)
      }),
    )
    // The step's table: its version with its edits (a figure naming a version reads it plain).
    const { seatEdits = {}, addedLists = [] } = step.scenario
    const edited = seatsIn(versionId)
    for (const [id, n] of Object.entries(seatEdits)) {
      if (!edited.has(id)) say(`${at}.scenario.seatEdits.${id}`, `unknown list "${id}"`)
      else edited.set(id, n)
    }
    addedLists.forEach((list, j) => {
      if (edited.has(list.id))
        say(`${at}.scenario.addedLists[${j}].id`, `is already a list ("${list.id}")`)
      edited.set(list.id, list.seats)
    })
    if (versions.has(versionId) && (addedLists.length || Object.keys(seatEdits).length)) {
      const total = [...edited.values()].reduce((a, b) => a + b, 0)
      if (total !== election.chamberSize)
        say(
          `${at}.scenario`,
          `the edited seats sum to ${total}, not the chamber size ${election.chamberSize}`,
        )
    }
    const texts = [
      ['caption', `${step.caption} ${step.note ?? ''}`],
      [
        'captionAr',
        step.captionAr === undefined ? undefined : `${step.captionAr} ${step.noteAr ?? ''}`,
      ],
    ] as const
    const mustQuote = (n: number) => {
      for (const [field, value] of texts)
        if (value !== undefined && !quotes(value, n))
          say(`${at}.${field}`, `does not quote the figure ${n}`)
    }
    step.claims.forEach((claim) => mustQuote(claim.seats))
    if (step.attendance) {
      const { present, variants, rung, needed } = step.attendance
      const expected = rung === 'majority' ? majority : twoThirds
      if (needed !== expected)
        say(
          `${at}.attendance.needed`,
          `is ${needed} but ${rung} of ${election.chamberSize} is ${expected}`,
        )
      if (present > election.chamberSize)
        say(`${at}.attendance.present`, `is more than the chamber size ${election.chamberSize}`)
      for (const n of [present, needed, ...variants]) mustQuote(n)
    }
    step.figures.forEach((figure, j) => {
      const where = `${at}.figures[${j}]`
      const version = figure.versionId ?? versionId
      if (!versions.has(version))
        return say(`${where}.versionId`, `unknown seat version "${version}"`)
      const seats = figure.versionId === undefined ? edited : seatsIn(version)
      const unknown = figure.partyIds.filter((id) => !seats.has(id))
      if (unknown.length) return say(`${where}.partyIds`, `unknown list "${unknown.join('", "')}"`)
      const sum = figure.partyIds.reduce((total, id) => total + (seats.get(id) ?? 0), 0)
      if (sum !== figure.seats)
        say(`${where}.seats`, `is ${figure.seats} but the ${version} table gives ${sum}`)
      if (figure.short !== undefined && figure.short !== majority - figure.seats)
        say(
          `${where}.short`,
          `is ${figure.short} but ${majority} − ${figure.seats} = ${majority - figure.seats}`,
        )
      if (
        figure.shortOfTwoThirds !== undefined &&
        figure.shortOfTwoThirds !== twoThirds - figure.seats
      )
        say(
          `${where}.shortOfTwoThirds`,
          `is ${figure.shortOfTwoThirds} but ${twoThirds} − ${figure.seats} = ${twoThirds - figure.seats}`,
        )
      mustQuote(figure.seats)
      if (figure.short !== undefined) mustQuote(figure.short)
      if (figure.shortOfTwoThirds !== undefined) mustQuote(figure.shortOfTwoThirds)
    })
  })
  return problems
}

/** Whether the text has the number as a whole number (not part of a longer one). */
function quotes(text: string, n: number): boolean {
  return new RegExp(`(^|[^0-9])${n}([^0-9]|$)`).test(text)
}

/**
 * A story file read for the app: parsed, then checked against its election in `from`. A story
 * that fails either check is left out, with its problems. The build runs this on the shipped
 * story (and stops on any problem); the app loads the result.
 *
 * @example readStoryFile(json, 'data/story-2018.json', catalog).errors // []
 */
export function readStoryFile(
  json: unknown,
  fileName: string,
  from: ElectionCatalog,
): StoryCatalog {
  const parsed = parseStory(json, fileName)
  if (!parsed.ok) return { story: undefined, errors: parsed.errors }
  const election = from.elections.find((e) => e.id === parsed.value.electionId)
  if (!election)
    return {
      story: undefined,
      errors: [`${fileName}: electionId: unknown election "${parsed.value.electionId}"`],
    }
  const problems = storyProblems(parsed.value, election, fileName)
  return problems.length
    ? { story: undefined, errors: problems }
    : { story: parsed.value, errors: [] }
}

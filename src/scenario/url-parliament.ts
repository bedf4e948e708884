/**
 * The part of a link that carries the parliament itself: list edits (merges, added and removed
 * lists, names, colours, non-voting seats), the chamber's size rule, and a parliament of the
 * reader's own. Pure; url-codec.ts calls it, and README.md ("Links") documents the parameters.
 *
 * Everything here was added to format v1 without changing any existing parameter, so every v1
 * link still means what it meant, and a link from before these parameters simply has none.
 *
 * A parliament of one's own travels whole in the link while it is small (MAX_LINK_LISTS lists,
 * MAX_LINK_PARLIAMENT_CHARS characters). A larger one would make links too long to paste, so the
 * link names it instead (`pf=<title>`) and opens only where that parliament has been imported;
 * elsewhere it says which file it needs.
 */
import type { ChamberMode } from '../coalition/chamber'
import type { PartyId } from '../coalition/types'
import type { ElectionCatalog } from '../elections/catalog'
import { CUSTOM_PARLIAMENT_ID, type OwnList, buildParliament } from '../elections/own-parliament'
import {
  type ListEdit,
  type ListOp,
  MAX_LIST_SEATS,
  MAX_LISTS,
  applyParliamentEdits,
  baseParliament,
  cleanListName,
} from '../elections/parliament-edits'
import type { Election } from '../elections/types'
import type { ScenarioState } from './scenario-store'

export const PARLIAMENT_PARAMS = {
  /** One list operation, repeated in order: `m.<new>.<a>.<b>*<name>`, `a.<new>.<seats>.<rrggbb>.<camp>*<name>`, `r.<id>`. */
  listOp: 'o',
  /** A list's new name, repeated: `<id>*<name>`. */
  listName: 'ln',
  /** New colours: `<id>.<rrggbb>` joined by `_`. */
  listColour: 'lc',
  /** Non-voting seats: `<id>.<n>` joined by `_`. */
  nonVoting: 'nv',
  /** `sum` when the chamber follows the sum of seats (fixed is the default). */
  chamberMode: 'cm',
  /** A fixed chamber's size, when the reader changed it. */
  chamberSize: 'cs',
  /** A parliament of one's own: its title, */
  ownTitle: 'pt',
  /** the date of its figures (YYYY-MM-DD), */
  ownDate: 'pd',
  /** its chamber size when it differs from the sum of its seats, */
  ownSize: 'pz',
  /** its lists, repeated: `<id>.<seats>.<rrggbb>.<non-voting>*<name>`, */
  ownList: 'pp',
  /** a list's name in another script, repeated: `<id>*<name>`, */
  ownOtherName: 'po',
  /** a list's camp, repeated: `<id>*<camp>`; */
  ownCamp: 'pc',
  /** or, for one too large for a link, the title of the parliament the link needs. */
  ownFile: 'pf',
} as const

/** A parliament of one's own travels in the link only up to this many lists… */
export const MAX_LINK_LISTS = 60
/** …and this many characters of list entries. */
export const MAX_LINK_PARLIAMENT_CHARS = 3000
/** The most list operations a link may carry. */
export const MAX_LINK_OPS = 100

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/
const HEX6 = /^[0-9a-f]{6}$/i
const DATE = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/
const NAME_SEPARATOR = '*'
const ENTRY_SEPARATOR = '_'

type Warn = (warning: string) => void

/** Link text quoted for a warning: control characters removed, at most 24 characters. */
function quote(raw: string): string {
  // eslint-disable-next-line no-control-regex
  const chars = Array.from(raw.replace(/[\u0000-\u001f\u007f]/g, ''))
  return `"${chars.length > 24 ? `${chars.slice(0, 24).join('')}…` : chars.join('')}"`
}

/** A whole number from 0 to max in ASCII digits (links are written by Kutla), else null. */
function whole(raw: string | undefined, max: number): number | null {
  if (raw === undefined || !/^[0-9]{1,6}$/.test(raw)) return null
  const n = Number(raw)
  return n <= max ? n : null
}

/** Splits `head*name` at the first `*`. */
function splitName(raw: string): [string, string] {
  const star = raw.indexOf(NAME_SEPARATOR)
  return star < 0 ? [raw, ''] : [raw.slice(0, star), raw.slice(star + 1)]
}

// ---------------------------------------------------------------------------------------------
// Encoding

/** Whether a parliament of one's own is small enough to travel whole in a link. */
export function fitsInLink(parliament: Election): boolean {
  if (parliament.parties.length > MAX_LINK_LISTS) return false
  return ownListEntries(parliament).join('&').length <= MAX_LINK_PARLIAMENT_CHARS
}

function ownListEntries(parliament: Election): string[] {
  const version = parliament.defaultVersion
  return parliament.parties.map(
    (p) =>
      `${p.id}.${p.seats[version] ?? 0}.${p.color.slice(1)}.${p.nonVoting ?? 0}${NAME_SEPARATOR}${p.name}`,
  )
}

/** The parliament a scenario's edits apply to: its own, or the catalog's (unedited) election. */
export function linkBase(scenario: ScenarioState, from: ElectionCatalog): Election | undefined {
  if (scenario.electionId === CUSTOM_PARLIAMENT_ID) return scenario.customParliament ?? undefined
  const election = from.elections.find((e) => e.id === scenario.electionId)
  return election && baseParliament(election)
}

/** Appends the parameters of a scenario's parliament, list edits and chamber rule. */
export function encodeParliamentParams(
  scenario: ScenarioState,
  q: URLSearchParams,
  base: Election | undefined,
): void {
  const P = PARLIAMENT_PARAMS
  const own = scenario.electionId === CUSTOM_PARLIAMENT_ID ? scenario.customParliament : null
  if (own) {
    if (fitsInLink(own)) {
      q.set(P.ownTitle, own.title)
      if (DATE.test(own.electionDate)) q.set(P.ownDate, own.electionDate)
      const sum = own.parties.reduce((s, p) => s + (p.seats[own.defaultVersion] ?? 0), 0)
      if (own.chamberSize !== sum) q.set(P.ownSize, String(own.chamberSize))
      for (const entry of ownListEntries(own)) q.append(P.ownList, entry)
      for (const p of own.parties) {
        if (p.nameAr !== p.name) q.append(P.ownOtherName, `${p.id}${NAME_SEPARATOR}${p.nameAr}`)
        if (p.camp !== 'unknown') q.append(P.ownCamp, `${p.id}${NAME_SEPARATOR}${p.camp}`)
      }
    } else q.set(P.ownFile, own.title)
  }

  for (const op of scenario.listOps) {
    if (op.kind === 'remove') q.append(P.listOp, `r.${op.id}`)
    else if (op.kind === 'merge') {
      q.append(P.listOp, `m.${op.id}.${op.ids[0]}.${op.ids[1]}${NAME_SEPARATOR}${op.name}`)
    } else {
      const camp = SLUG.test(op.camp) ? op.camp : 'unknown'
      q.append(
        P.listOp,
        `a.${op.id}.${op.seats}.${op.color.slice(1)}.${camp}${NAME_SEPARATOR}${op.name}`,
      )
    }
  }

  const shown = base && applyParliamentEdits(base, scenario.listOps, {})
  const colours: string[] = []
  const nonVoting: string[] = []
  for (const party of shown?.parties ?? []) {
    if (!Object.hasOwn(scenario.listEdits, party.id)) continue
    const edit = scenario.listEdits[party.id]!
    if (edit.name?.trim()) {
      q.append(P.listName, `${party.id}${NAME_SEPARATOR}${cleanListName(edit.name).trim()}`)
    }
    if (edit.color && HEX6.test(edit.color.slice(1))) {
      colours.push(`${party.id}.${edit.color.slice(1).toLowerCase()}`)
    }
    if (edit.nonVoting !== undefined) nonVoting.push(`${party.id}.${edit.nonVoting}`)
  }
  if (colours.length) q.set(P.listColour, colours.join(ENTRY_SEPARATOR))
  if (nonVoting.length) q.set(P.nonVoting, nonVoting.join(ENTRY_SEPARATOR))

  if (scenario.chamberMode === 'sum') q.set(P.chamberMode, 'sum')
  if (scenario.chamberSize !== null) q.set(P.chamberSize, String(scenario.chamberSize))
}

// ---------------------------------------------------------------------------------------------
// Decoding

export type OwnParliamentResult = { ok: true; parliament: Election } | { ok: false; reason: string }

/**
 * The parliament of one's own a link (`e=custom`) carries, or the one it names that the reader
 * has already imported (found in `from`).
 */
export function ownParliamentFromLink(
  params: URLSearchParams,
  from: ElectionCatalog,
  warn: Warn,
): OwnParliamentResult {
  const P = PARLIAMENT_PARAMS
  const needed = params.get(P.ownFile)
  const entries = params.getAll(P.ownList)
  if (entries.length === 0) {
    const title = needed ?? ''
    const have = from.elections.find((e) => e.id === CUSTOM_PARLIAMENT_ID && e.title === title)
    if (have) return { ok: true, parliament: baseParliament(have) }
    return {
      ok: false,
      reason: needed
        ? `This link needs the parliament ${quote(needed)}, which is too large to travel in a link. Import its file (Export JSON makes one), then open the link again.`
        : 'This link is for a parliament of your own, but it carries none.',
    }
  }
  if (entries.length > MAX_LISTS) {
    return { ok: false, reason: `This link carries more than ${MAX_LISTS} lists.` }
  }
  const lists: OwnList[] = []
  const ids = new Set<string>()
  let total = 0
  for (const entry of entries) {
    const [head, rawName] = splitName(entry)
    const [id = '', seatsText, colour = '', nonVotingText] = head.split('.')
    const seats = whole(seatsText, MAX_LIST_SEATS)
    const nonVoting = whole(nonVotingText ?? '0', MAX_LIST_SEATS)
    const name = cleanListName(rawName).trim()
    if (!SLUG.test(id) || ids.has(id) || seats === null || !HEX6.test(colour) || !name) {
      warn(`Ignored the list ${quote(entry)} of the parliament in the link.`)
      continue
    }
    ids.add(id)
    total += seats
    lists.push({
      id,
      name,
      seats,
      color: `#${colour.toLowerCase()}`,
      camp: 'unknown',
      ...(nonVoting ? { nonVoting: Math.min(nonVoting, seats) } : {}),
    })
  }
  if (lists.length === 0 || total > MAX_LIST_SEATS) {
    return { ok: false, reason: 'The parliament in this link could not be read.' }
  }
  const byId = new Map(lists.map((l) => [l.id, l]))
  for (const [param, field] of [
    [P.ownOtherName, 'otherName'],
    [P.ownCamp, 'camp'],
  ] as const) {
    for (const raw of params.getAll(param)) {
      const [id, text] = splitName(raw)
      const list = byId.get(id)
      const value = cleanListName(text).trim()
      if (list && value) list[field] = value
      else warn(`Ignored ${quote(raw)} in the parliament in the link.`)
    }
  }
  const date = params.get(P.ownDate) ?? ''
  const size = params.get(P.ownSize)
  const chamberSize = size === null ? null : whole(size, MAX_LIST_SEATS)
  if (size !== null && !chamberSize) warn(`Ignored the chamber size ${quote(size)}.`)
  const parliament = buildParliament({
    title: cleanListName(params.get(P.ownTitle) ?? '').trim() || 'Parliament from a link',
    lists,
    ...(chamberSize ? { chamberSize } : {}),
    date: DATE.test(date) ? date : '2000-01-01',
  })
  return { ok: true, parliament }
}

export interface ParliamentEditsFromLink {
  listOps: ListOp[]
  listEdits: Record<PartyId, ListEdit>
  chamberMode: ChamberMode
  chamberSize: number | null
  /** The parliament with the link's edits applied: the lists the rest of the link names. */
  parliament: Election
}

/** The list edits and chamber rule a link carries, checked against the parliament they edit. */
export function parliamentEditsFromLink(
  params: URLSearchParams,
  base: Election,
  warn: Warn,
): ParliamentEditsFromLink {
  const P = PARLIAMENT_PARAMS
  const listOps: ListOp[] = []
  let parliament = base
  const rawOps = params.getAll(P.listOp)
  if (rawOps.length > MAX_LINK_OPS) {
    warn(`Kept the first ${MAX_LINK_OPS} list changes and ignored ${rawOps.length - MAX_LINK_OPS}.`)
  }
  for (const raw of rawOps.slice(0, MAX_LINK_OPS)) {
    const op = readOp(raw)
    const next = op && applyParliamentEdits(parliament, [op], {})
    const changed =
      !!next &&
      (next.parties.length !== parliament.parties.length ||
        next.parties.some((p, i) => p.id !== parliament.parties[i]?.id))
    if (!op || !next || !changed) {
      warn(`Ignored the list change ${quote(raw)}.`)
      continue
    }
    listOps.push(op)
    parliament = next
  }

  const ids = new Set(parliament.parties.map((p) => p.id))
  const listEdits: Record<PartyId, ListEdit> = {}
  const edit = (id: string, change: ListEdit) => {
    listEdits[id] = { ...listEdits[id], ...change }
  }
  for (const raw of params.getAll(P.listName)) {
    const [id, rawName] = splitName(raw)
    const name = cleanListName(rawName).trim()
    if (ids.has(id) && name) edit(id, { name })
    else warn(`Ignored the list name ${quote(raw)}.`)
  }
  for (const entry of entries(params.get(P.listColour))) {
    const [id = '', colour = ''] = entry.split('.')
    if (ids.has(id) && HEX6.test(colour)) edit(id, { color: `#${colour.toLowerCase()}` })
    else warn(`Ignored the colour ${quote(entry)}.`)
  }
  for (const entry of entries(params.get(P.nonVoting))) {
    const [id = '', count] = entry.split('.')
    const n = whole(count, MAX_LIST_SEATS)
    if (ids.has(id) && n !== null) edit(id, { nonVoting: n })
    else warn(`Ignored the non-voting seats ${quote(entry)}.`)
  }
  parliament = applyParliamentEdits(base, listOps, listEdits)

  const mode = params.get(P.chamberMode)
  if (mode !== null && mode !== 'sum' && mode !== 'fixed') {
    warn(`Ignored the chamber rule ${quote(mode)}.`)
  }
  const sizeText = params.get(P.chamberSize)
  const chamberSize = sizeText === null ? null : whole(sizeText, MAX_LIST_SEATS)
  if (sizeText !== null && chamberSize === null)
    warn(`Ignored the chamber size ${quote(sizeText)}.`)
  return {
    listOps,
    listEdits,
    chamberMode: mode === 'sum' ? 'sum' : 'fixed',
    chamberSize: chamberSize === base.chamberSize ? null : chamberSize,
    parliament,
  }
}

function entries(value: string | null): string[] {
  return (value ?? '').split(ENTRY_SEPARATOR).filter((e) => e !== '')
}

/** One list operation from its link form, or null if it is not one. */
function readOp(raw: string): ListOp | null {
  const [head, rawName] = splitName(raw)
  const parts = head.split('.')
  const name = cleanListName(rawName).trim()
  const [kind, id = '', x = '', y = '', z = ''] = parts
  if (!SLUG.test(id)) return null
  if (kind === 'r' && parts.length === 2) return { kind: 'remove', id }
  if (kind === 'm' && parts.length === 4 && SLUG.test(x) && SLUG.test(y)) {
    return { kind: 'merge', id, ids: [x, y], name }
  }
  const seats = whole(x, MAX_LIST_SEATS)
  if (kind === 'a' && parts.length === 5 && seats !== null && HEX6.test(y) && SLUG.test(z)) {
    return { kind: 'add', id, name: name || id, seats, color: `#${y.toLowerCase()}`, camp: z }
  }
  return null
}

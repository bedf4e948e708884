/**
 * The part of a link that carries the parliament itself: list edits (merges, added and removed
 * lists, names, colours, non-voting seats), the chamber's size rule, and a parliament of the
 * reader's own. Pure; url-codec.ts calls it, and docs/links.md documents the parameters.
 *
 * Everything here was added to format v1 without changing any existing parameter, so every v1
 * link still means what it meant, and a link from before these parameters simply has none.
 *
 * A parliament of one's own travels whole in the link while it packs small (MAX_PACKED_PARLIAMENT
 * characters deflated, link-packing.ts), so the link carries everything. A larger one is kept on
 * this device (kept-parliaments.ts, parliament-keeper.ts) and the link names it by title and a
 * hash of its content (`pt=<title>&pf=<hash>`): it opens on this device, after a reload and from
 * Recent too, and elsewhere once its file has been imported; otherwise it says which file it
 * needs. Links from before the hash (`pf=<title>`) open where a parliament of that title is known.
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
  listColor,
} from '../elections/parliament-edits'
import type { Election } from '../elections/types'
import { keptParliament, keptParliamentTitled } from './kept-parliaments'
import { packText, packingReady } from './link-packing'
import {
  DATE_PATTERN,
  isColour,
  isListId,
  quoteText,
  readColour,
  wholeOrNull,
} from '../elections/field-rules'
import { checkOwnList } from '../elections/own-list-rules'
import { LINK_QUOTE_LENGTH, type LinkReason, type LinkWarning } from './link-problems'
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
  /**
   * or, for one too large for a link, the hash of the parliament the link needs (with its title
   * in `pt`); links from before the hash have its title here.
   */
  ownFile: 'pf',
} as const

/**
 * A parliament of one's own travels in the link while its parameters pack (deflate, base64url)
 * into at most this many characters, leaving room for the rest of the scenario in a link of
 * LINK_BUDGET (2,000) characters: about 140 lists named "List 1", "List 2"…, fewer with longer,
 * more varied names.
 */
export const MAX_PACKED_PARLIAMENT = 1400
/** …and while they are at most this many characters unpacked (the decoder reads 20,000). */
export const MAX_LINK_PARLIAMENT_CHARS = 16_000
/** A content hash as `pf` writes it: 16 hexadecimal digits. */
const HASH = /^[0-9a-f]{16}$/
/** The most list operations a link may carry. */
export const MAX_LINK_OPS = 100

const NAME_SEPARATOR = '*'
const ENTRY_SEPARATOR = '_'

/** Reports one problem of the link (link-problems.ts). */
type Warn = (warning: LinkWarning) => void
type Values = Record<string, string | number>

/** Link text as a problem quotes it. */
const quote = (raw: string) => quoteText(raw, LINK_QUOTE_LENGTH)

/** Splits `head*name` at the first `*`. */
function splitName(raw: string): [string, string] {
  const star = raw.indexOf(NAME_SEPARATOR)
  return star < 0 ? [raw, ''] : [raw.slice(0, star), raw.slice(star + 1)]
}

// ---------------------------------------------------------------------------------------------
// Encoding

const fits = new WeakMap<Election, boolean>()

/**
 * Whether a parliament of one's own is small enough to travel whole in a link (packed). Computed
 * once per parliament (an Election is never changed in place).
 */
export function fitsInLink(parliament: Election): boolean {
  let known = fits.get(parliament)
  if (known === undefined) {
    const text = ownParliamentParams(parliament).toString()
    if (text.length > MAX_LINK_PARLIAMENT_CHARS) known = false
    // Until the packing code is here, only what fits unpacked (url-sync.ts loads it and writes
    // the link again; nothing is remembered meanwhile).
    else if (!packingReady()) return text.length <= MAX_PACKED_PARLIAMENT
    else known = packText(text).length <= MAX_PACKED_PARLIAMENT
    fits.set(parliament, known)
  }
  return known
}

/**
 * The parameters that carry a parliament of one's own whole: `pt`, `pd`, `pz`, then `pp`, `po`
 * and `pc` per list.
 */
export function ownParliamentParams(own: Election): URLSearchParams {
  const P = PARLIAMENT_PARAMS
  const q = new URLSearchParams()
  q.set(P.ownTitle, own.title)
  if (DATE_PATTERN.test(own.electionDate)) q.set(P.ownDate, own.electionDate)
  const sum = own.parties.reduce((s, p) => s + (p.seats[own.defaultVersion] ?? 0), 0)
  if (own.chamberSize !== sum) q.set(P.ownSize, String(own.chamberSize))
  for (const entry of ownListEntries(own)) q.append(P.ownList, entry)
  for (const p of own.parties) {
    if (p.nameAr !== p.name) q.append(P.ownOtherName, `${p.id}${NAME_SEPARATOR}${p.nameAr}`)
    if (p.camp !== 'unknown') q.append(P.ownCamp, `${p.id}${NAME_SEPARATOR}${p.camp}`)
  }
  return q
}

const hashes = new WeakMap<Election, string>()

/**
 * A hash of what a parliament's link would carry (its date left out, so importing the same file
 * on another day gives the same hash): 16 hexadecimal digits of cyrb53's two 32-bit lanes. Not
 * cryptographic; it tells apart the few parliaments kept on one device.
 *
 * @example parliamentHash(parliament) // 'a41f09c2e3b7d815'
 */
export function parliamentHash(own: Election): string {
  let known = hashes.get(own)
  if (known === undefined) {
    const params = ownParliamentParams(own)
    params.delete(PARLIAMENT_PARAMS.ownDate)
    known = hashText(params.toString())
    hashes.set(own, known)
  }
  return known
}

function hashText(text: string): string {
  let h1 = 0xdeadbeef
  let h2 = 0x41c6ce57
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    h1 = Math.imul(h1 ^ c, 2654435761)
    h2 = Math.imul(h2 ^ c, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  const hex = (n: number) => (n >>> 0).toString(16).padStart(8, '0')
  return hex(h2) + hex(h1)
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
      for (const [name, value] of ownParliamentParams(own)) q.append(name, value)
    } else {
      q.set(P.ownTitle, own.title)
      q.set(P.ownFile, parliamentHash(own))
    }
  }

  for (const op of scenario.listOps) {
    if (op.kind === 'remove') q.append(P.listOp, `r.${op.id}`)
    else if (op.kind === 'merge') {
      q.append(P.listOp, `m.${op.id}.${op.ids[0]}.${op.ids[1]}${NAME_SEPARATOR}${op.name}`)
    } else {
      const camp = isListId(op.camp) ? op.camp : 'unknown'
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
    if (edit.color && isColour(edit.color)) {
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

export type OwnParliamentResult =
  { ok: true; parliament: Election } | { ok: false; reason: LinkReason }

const refuse = (code: LinkReason['code'], values: Values = {}): OwnParliamentResult => ({
  ok: false,
  reason: { code, values },
})

/**
 * The parliament of one's own a link (`e=custom`) carries, or the one it names (`pf`): kept on
 * this device under that hash (`lookup`), or, failing that, one of the same title that the reader
 * has open (`from`) or kept. Each list is checked by the rules a file's lists obey
 * (own-list-rules.ts): a list that breaks one is left out, with the problem a file would report.
 */
export function ownParliamentFromLink(
  params: URLSearchParams,
  from: ElectionCatalog,
  warn: Warn,
  lookup: (hash: string) => Election | undefined = keptParliament,
): OwnParliamentResult {
  const P = PARLIAMENT_PARAMS
  const needed = params.get(P.ownFile)
  const entries = params.getAll(P.ownList)
  if (entries.length === 0) {
    const kept = needed !== null && HASH.test(needed) ? lookup(needed) : undefined
    if (kept) return { ok: true, parliament: kept }
    // A link from before the hash names the parliament by its title in `pf`.
    const title = params.get(P.ownTitle) ?? (needed !== null && !HASH.test(needed) ? needed : '')
    const have =
      from.elections.find((e) => e.id === CUSTOM_PARLIAMENT_ID && e.title === title) ??
      (title ? keptParliamentTitled(title) : undefined)
    if (have) return { ok: true, parliament: baseParliament(have) }
    return needed
      ? refuse('parliament-elsewhere', { text: quote(title || needed) })
      : refuse('own-none')
  }
  if (entries.length > MAX_LISTS) return refuse('own-too-many-lists', { max: MAX_LISTS })
  const lists: OwnList[] = []
  const ids = new Set<string>()
  let total = 0
  for (const entry of entries) {
    const [head, name] = splitName(entry)
    const [id = '', seats = '', colour = '', nonVoting = '0'] = head.split('.')
    const checked = checkOwnList(
      { id, name, seats, colour: colour && `#${colour}`, nonVoting },
      { idRequired: true },
    )
    if (!checked.ok) {
      for (const problem of checked.problems.slice(0, 1)) {
        warn({ code: 'own-list', values: { text: quote(entry) }, problem })
      }
      continue
    }
    const list = checked.list
    if (ids.has(list.id)) {
      warn({ code: 'own-repeated-list', values: { text: quote(entry) } })
      continue
    }
    ids.add(list.id)
    total += list.seats
    lists.push({
      id: list.id,
      name: list.name,
      seats: list.seats,
      color: list.colour || listColor(lists.length),
      camp: 'unknown',
      ...(list.nonVoting ? { nonVoting: list.nonVoting } : {}),
    })
  }
  if (lists.length === 0) return refuse('own-no-lists')
  if (total > MAX_LIST_SEATS) return refuse('own-too-many-seats', { total, max: MAX_LIST_SEATS })
  if (total === 0) return refuse('own-no-seats')
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
      else warn({ code: 'own-extra', values: { text: quote(raw) } })
    }
  }
  const date = params.get(P.ownDate) ?? ''
  const size = params.get(P.ownSize)
  const chamberSize = wholeOrNull(size, MAX_LIST_SEATS)
  if (size !== null && !chamberSize)
    warn({ code: 'bad-chamber-size', values: { text: quote(size) } })
  const parliament = buildParliament({
    title: cleanListName(params.get(P.ownTitle) ?? '').trim() || 'Parliament from a link',
    lists,
    ...(chamberSize ? { chamberSize } : {}),
    date: DATE_PATTERN.test(date) ? date : '2000-01-01',
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
    warn({
      code: 'too-many-list-changes',
      values: { max: MAX_LINK_OPS, count: rawOps.length - MAX_LINK_OPS },
    })
  }
  for (const raw of rawOps.slice(0, MAX_LINK_OPS)) {
    const op = readOp(raw)
    const next = op && applyParliamentEdits(parliament, [op], {})
    const changed =
      !!next &&
      (next.parties.length !== parliament.parties.length ||
        next.parties.some((p, i) => p.id !== parliament.parties[i]?.id))
    if (!op || !next || !changed) {
      warn({ code: 'bad-list-change', values: { text: quote(raw) } })
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
    else warn({ code: 'bad-list-name', values: { text: quote(raw) } })
  }
  for (const entry of entries(params.get(P.listColour))) {
    const [id = '', colour = ''] = entry.split('.')
    const color = colour && readColour(`#${colour}`)
    if (ids.has(id) && color) edit(id, { color })
    else warn({ code: 'bad-list-colour', values: { text: quote(entry) } })
  }
  for (const entry of entries(params.get(P.nonVoting))) {
    const [id = '', count] = entry.split('.')
    const n = wholeOrNull(count, MAX_LIST_SEATS)
    if (ids.has(id) && n !== null) edit(id, { nonVoting: n })
    else warn({ code: 'bad-non-voting', values: { text: quote(entry) } })
  }
  parliament = applyParliamentEdits(base, listOps, listEdits)

  const mode = params.get(P.chamberMode)
  if (mode !== null && mode !== 'sum' && mode !== 'fixed') {
    warn({ code: 'unknown-chamber-rule', values: { text: quote(mode) } })
  }
  const sizeText = params.get(P.chamberSize)
  const chamberSize = wholeOrNull(sizeText, MAX_LIST_SEATS)
  if (sizeText !== null && chamberSize === null) {
    warn({ code: 'bad-chamber-size', values: { text: quote(sizeText) } })
  }
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
  if (!isListId(id)) return null
  if (kind === 'r' && parts.length === 2) return { kind: 'remove', id }
  if (kind === 'm' && parts.length === 4 && isListId(x) && isListId(y)) {
    return { kind: 'merge', id, ids: [x, y], name }
  }
  const seats = wholeOrNull(x, MAX_LIST_SEATS)
  const color = y && readColour(`#${y}`)
  if (kind === 'a' && parts.length === 5 && seats !== null && color && isListId(z)) {
    return { kind: 'add', id, name: name || id, seats, color, camp: z }
  }
  return null
}

/**
 * Reading the parliament back from a link: a parliament of one's own carried whole or named by
 * its hash (ownParliamentFromLink), and the list edits and chamber rule checked against the
 * parliament they edit (parliamentEditsFromLink). Nothing here throws: a list or an edit that
 * breaks a rule is left out and reported through `warn`, with the problem a file would report.
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
import { DATE_PATTERN, isListId, readColour, wholeOrNull } from '../elections/field-rules'
import { checkOwnList } from '../elections/own-list-rules'
import type { LinkReason } from './link-problems'
import {
  HASH,
  MAX_LINK_OPS,
  PARLIAMENT_PARAMS,
  type Values,
  type Warn,
  entries,
  quote,
  splitName,
} from './parliament-params'

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

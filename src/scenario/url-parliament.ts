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
 *
 * This module writes those parameters; the parameters themselves and their limits are in
 * parliament-params.ts, reading them back in parliament-from-link.ts (both re-exported here).
 */
import type { ElectionCatalog } from '../elections/catalog'
import { CUSTOM_PARLIAMENT_ID } from '../elections/own-parliament'
import { applyParliamentEdits, baseParliament, cleanListName } from '../elections/parliament-edits'
import type { Election } from '../elections/types'
import { packText, packingReady } from './link-packing'
import { DATE_PATTERN, isColour, isListId } from '../elections/field-rules'
import type { ScenarioState } from './scenario-store'
import {
  ENTRY_SEPARATOR,
  MAX_LINK_PARLIAMENT_CHARS,
  MAX_PACKED_PARLIAMENT,
  NAME_SEPARATOR,
  PARLIAMENT_PARAMS,
} from './parliament-params'

export {
  MAX_LINK_OPS,
  MAX_LINK_PARLIAMENT_CHARS,
  MAX_PACKED_PARLIAMENT,
  PARLIAMENT_PARAMS,
} from './parliament-params'
export {
  type OwnParliamentResult,
  type ParliamentEditsFromLink,
  ownParliamentFromLink,
  parliamentEditsFromLink,
} from './parliament-from-link'

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

/**
 * Changes a user makes to the lists themselves (merge, add, split, remove, rename, recolour, mark
 * non-voting seats), applied on top of a base parliament. Pure.
 *
 * Why edits on top of a base rather than a copy of the whole parliament in the store: a link
 * carries the scenario, and "merge KDP and PUK" is `kdp.puk` in a link while a copy of the 2018
 * parliament is several kilobytes. Keeping the base untouched also keeps its source figures,
 * so every edited list can still be shown against them ("Fatah 50 (source: 47)"), and undoing or
 * resetting is dropping edits. Only a parliament that has no base in the catalog (imported from a
 * file, or started blank) is held whole.
 *
 * Structural changes are an ordered list of operations, since a later one may name a list an
 * earlier one made (merge the list that a split created). Renames, colours and non-voting seats
 * are a map by list id: typing a name overwrites one entry instead of appending one per key.
 * An operation that names a list that does not exist (any more) is skipped, so edits from a
 * hand-made link cannot break the parliament.
 */
import type { PartyId } from '../coalition/types'
import { cleanText, isColour } from './field-rules'
import type { Election, Party } from './types'

/** The longest list name kept, in characters. */
export const MAX_LIST_NAME_LENGTH = 100
/** The most seats one list may hold (as many as the largest chamber the data schema allows). */
export const MAX_LIST_SEATS = 10_000
/** The most lists a parliament may have. */
export const MAX_LISTS = 1_000
/** The longest list id made from a name. */
const MAX_ID_LENGTH = 40

export type ListOp =
  /** Two lists run as one: `id` replaces both, at the place of the first. */
  | { kind: 'merge'; id: PartyId; ids: readonly [PartyId, PartyId]; name: string }
  /** A new list (also the second half of a split, with its seats taken from the first). */
  | { kind: 'add'; id: PartyId; name: string; seats: number; color: string; camp: string }
  | { kind: 'remove'; id: PartyId }

/** Changes to one list's attributes. */
export interface ListEdit {
  name?: string
  /** `#rrggbb`. */
  color?: string
  /** Seats of the list that do not vote. */
  nonVoting?: number
}

export type ListEdits = Readonly<Record<PartyId, ListEdit>>

/**
 * A name as it is kept (field-rules.ts's clean text): control characters become spaces,
 * noncharacters and lone surrogates go, at most MAX_LIST_NAME_LENGTH characters. Not trimmed, so
 * a name can be typed with spaces in it.
 *
 * @example cleanListName('Fatah\nAlliance') // 'Fatah Alliance'
 */
export function cleanListName(name: string): string {
  return cleanText(name, MAX_LIST_NAME_LENGTH)
}

/**
 * A lowercase slug of a-z, 0-9 and '-' made from any text; letters lose their accents, other
 * scripts are dropped, so an Arabic-only name gives ''.
 *
 * @example slugify('Kurdistan  Alliance!') // 'kurdistan-alliance'
 * @example slugify('Ça va') // 'ca-va'
 */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_ID_LENGTH)
    .replace(/^-+|-+$/g, '')
}

/**
 * An id for a new list, from its name, not among `taken`: 'fatah-nasr', then 'fatah-nasr-2', …
 * A name with nothing to slug (e.g. Arabic only) gives 'list', 'list-2', …
 *
 * @example uniqueListId('Fatah', new Set(['fatah'])) // 'fatah-2'
 */
export function uniqueListId(name: string, taken: ReadonlySet<string>): PartyId {
  const base = slugify(name) || 'list'
  if (!taken.has(base)) return base
  for (let n = 2; ; n++) {
    const id = `${base}-${n}`
    if (!taken.has(id)) return id
  }
}

/** Colours for lists that bring none (Tableau 10, in order). */
export const LIST_COLORS = [
  '#4e79a7',
  '#f28e2b',
  '#e15759',
  '#76b7b2',
  '#59a14f',
  '#edc948',
  '#b07aa1',
  '#ff9da7',
  '#9c755f',
  '#bab0ac',
] as const

/** The n-th colour of LIST_COLORS, cycling. */
export function listColor(n: number): string {
  return LIST_COLORS[((n % LIST_COLORS.length) + LIST_COLORS.length) % LIST_COLORS.length]!
}

/**
 * A lighter shade of a colour, for a list split off from another (halfway to white).
 *
 * @example lighterColor('#000000') // '#808080'
 */
export function lighterColor(hex: string): string {
  if (!isColour(hex)) return listColor(0)
  const channel = (i: number) => {
    const v = parseInt(hex.slice(i, i + 2), 16)
    return Math.round(v + (255 - v) / 2)
      .toString(16)
      .padStart(2, '0')
  }
  return `#${channel(1)}${channel(3)}${channel(5)}`
}

function newParty(
  base: Election,
  fields: Pick<Party, 'id' | 'name' | 'camp' | 'color'> & Partial<Party>,
  seats: (versionId: string) => number,
): Party {
  return {
    shortName: fields.name,
    nameAr: fields.name,
    altNames: [],
    leader: null,
    leaderAr: null,
    sourceIds: [],
    ...fields,
    seats: Object.fromEntries(base.versions.map((v) => [v.id, seats(v.id)])),
  }
}

function mergeParties(base: Election, a: Party, b: Party, id: PartyId, name: string): Party {
  const nonVoting = (a.nonVoting ?? 0) + (b.nonVoting ?? 0)
  return newParty(
    base,
    {
      id,
      name,
      shortName: name,
      nameAr: `${a.shortNameAr ?? a.nameAr} + ${b.shortNameAr ?? b.nameAr}`,
      camp: a.camp === b.camp ? a.camp : 'mixed',
      color: a.color,
      sourceIds: [...new Set([...a.sourceIds, ...b.sourceIds])],
      ...(nonVoting > 0 ? { nonVoting } : {}),
    },
    (v) => (a.seats[v] ?? 0) + (b.seats[v] ?? 0),
  )
}

/** Applies one list edit's attributes to a list. */
function editParty(party: Party, edit: ListEdit): Party {
  const out = { ...party }
  const name = edit.name?.trim()
  if (name) {
    // The user's name is the only one that fits, in every interface language.
    out.name = name
    out.shortName = name
    out.nameAr = name
    out.shortNameAr = name
  }
  if (edit.color && isColour(edit.color)) out.color = edit.color.toLowerCase()
  if (edit.nonVoting !== undefined) {
    const n = Math.max(0, Math.floor(edit.nonVoting))
    if (n > 0) out.nonVoting = n
    else delete out.nonVoting
  }
  return out
}

/**
 * The parliament after the user's list operations and edits. Every version's seat table follows
 * the operations (a merged list has the sum of its parts in each), so seats in force are still
 * compared with these "source figures". With nothing to apply, returns `base` itself.
 *
 * @example applyParliamentEdits(e, [{ kind: 'remove', id: 'kdp' }], {}).parties.some((p) => p.id === 'kdp') // false
 */
export function applyParliamentEdits(
  base: Election,
  ops: readonly ListOp[],
  edits: ListEdits,
): Election {
  if (ops.length === 0 && Object.keys(edits).length === 0) return base
  const edited = applyEdits(base, ops, edits)
  editedFrom.set(edited, base)
  return edited
}

/** Each edited parliament made here, to the parliament it was made from (its parent). */
const editedFrom = new WeakMap<Election, Election>()

/**
 * The parliament an edited one was made from (itself if it was not made by
 * applyParliamentEdits). Lets code that is handed the parliament on screen find the figures
 * the edits apply to, e.g. to read a link's edits without applying them twice.
 */
export function baseParliament(election: Election): Election {
  let base = election
  for (let parent = editedFrom.get(base); parent; parent = editedFrom.get(base)) base = parent
  return base
}

function applyEdits(base: Election, ops: readonly ListOp[], edits: ListEdits): Election {
  let parties = base.parties
  for (const op of ops) {
    const has = (id: PartyId) => parties.some((p) => p.id === id)
    if (op.kind === 'remove') {
      if (has(op.id)) parties = parties.filter((p) => p.id !== op.id)
    } else if (op.kind === 'add') {
      if (has(op.id) || parties.length >= MAX_LISTS) continue
      const seats = Math.min(MAX_LIST_SEATS, Math.max(0, Math.floor(op.seats)))
      const party = newParty(
        base,
        { id: op.id, name: cleanListName(op.name).trim() || op.id, camp: op.camp, color: op.color },
        () => seats,
      )
      parties = [...parties, party]
    } else {
      const [idA, idB] = op.ids
      const a = parties.find((p) => p.id === idA)
      const b = parties.find((p) => p.id === idB)
      if (!a || !b || a === b || (has(op.id) && op.id !== idA && op.id !== idB)) continue
      const name = cleanListName(op.name).trim() || `${a.shortName} + ${b.shortName}`
      const merged = mergeParties(base, a, b, op.id, name)
      parties = parties.flatMap((p) => (p === a ? [merged] : p === b ? [] : [p]))
    }
  }
  if (Object.keys(edits).length > 0) {
    parties = parties.map((p) => {
      const edit = Object.hasOwn(edits, p.id) ? edits[p.id] : undefined
      return edit ? editParty(p, edit) : p
    })
  }
  return { ...base, parties }
}

/** The non-voting seats of each list that has any, by id. */
export function nonVotingSeats(election: Election): Record<PartyId, number> {
  const out: Record<PartyId, number> = Object.create(null)
  for (const p of election.parties) if (p.nonVoting) out[p.id] = p.nonVoting
  return out
}

/**
 * The base lists a list of the edited parliament stands for: itself if it is in the base, the
 * parts of a merge (recursively), nothing for a list the user added. Used to keep coalitions when
 * all edits are reset.
 *
 * @example baseListIds([{ kind: 'merge', id: 'ab', ids: ['a', 'b'], name: '' }], 'ab') // ['a', 'b']
 */
export function baseListIds(ops: readonly ListOp[], id: PartyId): PartyId[] {
  for (let i = ops.length - 1; i >= 0; i--) {
    const op = ops[i]!
    if (op.kind === 'merge' && op.id === id) {
      const earlier = ops.slice(0, i)
      return [...baseListIds(earlier, op.ids[0]), ...baseListIds(earlier, op.ids[1])]
    }
    if (op.kind === 'add' && op.id === id) return []
  }
  return [id]
}

/** One structural edit in words: what the user merged, added or removed, by list names. */
export type ListOpSummary =
  | { kind: 'merge'; name: string; parts: [string, string] }
  | { kind: 'add'; name: string; seats: number }
  | { kind: 'remove'; name: string }

/**
 * The structural edits that took effect, named by the lists' names at the time (skipped
 * operations are left out).
 *
 * @example summarizeListOps(iraq, [{ kind: 'remove', id: 'qarar' }]) // [{ kind: 'remove', name: 'Qarar' }]
 */
export function summarizeListOps(base: Election, ops: readonly ListOp[]): ListOpSummary[] {
  const out: ListOpSummary[] = []
  let current = base
  for (const op of ops) {
    const next = applyParliamentEdits(current, [op], {})
    if (next.parties.length !== current.parties.length || op.kind === 'add') {
      const nameOf = (id: PartyId) => current.parties.find((p) => p.id === id)?.shortName ?? id
      const made = next.parties.find((p) => p.id === op.id)
      if (op.kind === 'remove') out.push({ kind: 'remove', name: nameOf(op.id) })
      else if (op.kind === 'merge' && made) {
        out.push({
          kind: 'merge',
          name: made.shortName,
          parts: [nameOf(op.ids[0]), nameOf(op.ids[1])],
        })
      } else if (op.kind === 'add' && made && !current.parties.some((p) => p.id === op.id)) {
        out.push({ kind: 'add', name: made.shortName, seats: op.seats })
      }
    }
    current = next
  }
  return out
}

/**
 * The elections the app ships, parsed once at start-up. A file that fails the schema is kept out
 * of the catalog and its errors are reported, so the UI can say what is wrong instead of going blank.
 */
import iraq2018 from '../../data/iraq-2018.json'
import { parseElection } from './parse-election'
import type { Election } from './types'

export interface ElectionCatalog {
  elections: readonly Election[]
  /** Problems found in data files, one message each, naming the file and field. */
  errors: readonly string[]
}

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

export const catalog: ElectionCatalog = buildCatalog({ 'data/iraq-2018.json': iraq2018 })

export const DEFAULT_ELECTION_ID = 'iraq-2018'

/** The election with this id, or undefined. */
export function findElection(id: string, from: ElectionCatalog = catalog): Election | undefined {
  return from.elections.find((e) => e.id === id)
}

/** The seats of one version of an election, by list id. */
export function versionSeats(election: Election, versionId: string): Record<string, number> {
  const out: Record<string, number> = Object.create(null)
  for (const p of election.parties) out[p.id] = p.seats[versionId] ?? 0
  return out
}

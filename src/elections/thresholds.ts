/**
 * The rungs a parliament's data names beyond the Constitution's own (pure). In 2021 and 2025 the
 * two-thirds rung is also the quorum the Federal Supreme Court set (decision 16/2022) for the
 * session that elects the President: the data gives it the id `president-quorum`, with its rule
 * and sources, and the app then names the rung after it.
 */
import type { Confidence, Election, Party, Threshold } from './types'

export const PRESIDENT_QUORUM_ID = 'president-quorum'

/**
 * The quorum to elect the President, where the election's data gives one; otherwise undefined.
 *
 * @example presidentQuorum(iraq2021)?.seats // 220
 * @example presidentQuorum(iraq2018) // undefined
 */
export function presidentQuorum(election: Election | undefined): Threshold | undefined {
  return election?.thresholds?.find((t) => t.id === PRESIDENT_QUORUM_ID && t.kind === 'two-thirds')
}

/**
 * How far a seat table can be trusted: its own confidence where the data gives one (else the
 * lowest of its rows', else 'high'), and the lists of medium and of low confidence in it.
 *
 * @example tableTrust(iraq2025, 'results').level // 'medium'
 */
export function tableTrust(
  election: Election,
  versionId: string,
): { level: Confidence; medium: Party[]; low: Party[]; derived: boolean } {
  const version = election.versions.find((v) => v.id === versionId)
  const of = (level: Confidence) =>
    election.parties.filter((p) => p.confidence?.[versionId] === level)
  const medium = of('medium')
  const low = of('low')
  const rowsLevel: Confidence = low.length ? 'low' : medium.length ? 'medium' : 'high'
  return {
    level: version?.confidence ?? rowsLevel,
    medium,
    low,
    derived: version?.derived === true,
  }
}

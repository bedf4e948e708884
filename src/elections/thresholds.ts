/**
 * The rungs a parliament's data names beyond the Constitution's own (pure). In 2021 and 2025 the
 * two-thirds rung is also the quorum the Federal Supreme Court set (decision 16/2022) for the
 * session that elects the President: the data gives it the id `president-quorum`, with its rule
 * and sources, and the app then names the rung after it.
 */
import type { Election, Threshold } from './types'

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

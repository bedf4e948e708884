/**
 * Words for results: pure, so the sentences the UI shows and screen readers announce can be
 * tested without React.
 */
import type { CoalitionResult } from './types'

/** "1 seat", "2 seats". */
export function seatsText(n: number): string {
  return `${n} ${n === 1 ? 'seat' : 'seats'}`
}

/**
 * The distance to the line, in words.
 *
 * @example formatMargin({ margin: -64, ... }) // '64 short of a majority'
 * @example formatMargin({ margin: 7, ... })   // 'majority with 7 to spare'
 * @example formatMargin({ margin: 0, ... })   // 'majority with none to spare'
 */
export function formatMargin(result: Pick<CoalitionResult, 'margin' | 'hasMajority'>): string {
  if (!result.hasMajority) return `${-result.margin} short of a majority`
  return result.margin === 0
    ? 'majority with none to spare'
    : `majority with ${result.margin} to spare`
}

/**
 * The one-line verdict for a coalition.
 *
 * @example describeResult({ seats: 101, margin: -64, hasMajority: false, ... }) // '101 seats — 64 short of a majority'
 */
export function describeResult(result: CoalitionResult): string {
  return `${seatsText(result.seats)} — ${formatMargin(result)}`
}

/**
 * What to call a coalition: its name, else its members joined with " + ", else a placeholder.
 *
 * @example coalitionLabel('', ['Sairoon', 'Fatah']) // 'Sairoon + Fatah'
 */
export function coalitionLabel(name: string, memberNames: readonly string[]): string {
  const trimmed = name.trim()
  if (trimmed) return trimmed
  return memberNames.length ? memberNames.join(' + ') : 'Empty coalition'
}

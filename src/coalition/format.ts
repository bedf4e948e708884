/**
 * Words for results: pure, so the sentences the UI shows and screen readers announce can be
 * tested without React. The wording comes from a `VerdictWords` object: English by default, and
 * the interface passes one built from its message files for other languages (see
 * src/i18n/verdict-words.ts). Numbers are placed by those functions, so they also choose digits.
 */
import type { CoalitionResult } from './types'

/** The phrases a verdict is built from, in one language. */
export interface VerdictWords {
  /** "1 seat", "101 seats". */
  seats: (n: number) => string
  /** "64 short of a majority" (n ≥ 1). */
  short: (n: number) => string
  /** "majority with 7 to spare"; n may be 0 ("none to spare"). */
  spare: (n: number) => string
  /** Joins the seats and the margin: "101 seats — 64 short of a majority". */
  verdict: (seats: string, margin: string) => string
  /** What an unnamed coalition without members is called. */
  emptyCoalition: string
  /** Between member names in a coalition's default name: " + ". */
  memberJoin: string
}

export const ENGLISH_WORDS: VerdictWords = {
  seats: (n) => `${n} ${n === 1 ? 'seat' : 'seats'}`,
  short: (n) => `${n} short of a majority`,
  spare: (n) => (n === 0 ? 'majority with none to spare' : `majority with ${n} to spare`),
  verdict: (seats, margin) => `${seats} — ${margin}`,
  emptyCoalition: 'Empty coalition',
  memberJoin: ' + ',
}

/** "1 seat", "2 seats". */
export function seatsText(n: number, words: VerdictWords = ENGLISH_WORDS): string {
  return words.seats(n)
}

/**
 * The distance to the line, in words.
 *
 * @example formatMargin({ margin: -64, ... }) // '64 short of a majority'
 * @example formatMargin({ margin: 7, ... })   // 'majority with 7 to spare'
 * @example formatMargin({ margin: 0, ... })   // 'majority with none to spare'
 */
export function formatMargin(
  result: Pick<CoalitionResult, 'margin' | 'hasMajority'>,
  words: VerdictWords = ENGLISH_WORDS,
): string {
  return result.hasMajority ? words.spare(result.margin) : words.short(-result.margin)
}

/**
 * The one-line verdict for a coalition.
 *
 * @example describeResult({ seats: 101, margin: -64, hasMajority: false, ... }) // '101 seats — 64 short of a majority'
 */
export function describeResult(
  result: CoalitionResult,
  words: VerdictWords = ENGLISH_WORDS,
): string {
  return words.verdict(words.seats(result.seats), formatMargin(result, words))
}

/**
 * What to call a coalition: its name, else its members joined with " + ", else a placeholder.
 *
 * @example coalitionLabel('', ['Sairoon', 'Fatah']) // 'Sairoon + Fatah'
 */
export function coalitionLabel(
  name: string,
  memberNames: readonly string[],
  words: Pick<VerdictWords, 'emptyCoalition' | 'memberJoin'> = ENGLISH_WORDS,
): string {
  const trimmed = name.trim()
  if (trimmed) return trimmed
  return memberNames.length ? memberNames.join(words.memberJoin) : words.emptyCoalition
}

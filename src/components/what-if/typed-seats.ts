import { wholeOrNull } from '../../elections/field-rules'

/**
 * A whole number typed into a seat field (in any digits the app reads), or null while it is not
 * one (empty, say). The store clamps it to what a list can hold.
 *
 * @example typedSeats(' 12 ') // 12
 * @example typedSeats('') // null
 */
export function typedSeats(value: string): number | null {
  return wholeOrNull(value.trim(), Number.MAX_SAFE_INTEGER)
}

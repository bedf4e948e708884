/**
 * The one-line text "Copy as text" puts on the clipboard: reads well in a chat, ends with the link.
 */

export interface SummaryInput {
  /** The coalition being edited: what it is called on screen and its seats; null if there is none. */
  coalition: { label: string; seats: number } | null
  totalSeats: number
  /** Seats needed for a majority. */
  majority: number
  link: string
}

/**
 * A one-line summary of a coalition against the majority, followed by the link.
 *
 * @example summaryLine({ coalition: { label: 'Sairoon + Fatah + Nasr', seats: 143 }, totalSeats: 329, majority: 165, link: 'https://…' })
 *          // 'Sairoon + Fatah + Nasr: 143 of 329 seats, 22 short of a majority (165) — https://…'
 * @example summaryLine({ coalition: null, totalSeats: 329, majority: 165, link: 'https://…' })
 *          // '329 seats, 165 for a majority — https://…'
 */
export function summaryLine({ coalition, totalSeats, majority, link }: SummaryInput): string {
  if (!coalition) return `${totalSeats} seats, ${majority} for a majority — ${link}`
  const margin = coalition.seats - majority
  const verdict =
    margin < 0
      ? `${-margin} short of a majority`
      : margin === 0
        ? 'a majority with none to spare'
        : `a majority with ${margin} to spare`
  return `${coalition.label}: ${coalition.seats} of ${totalSeats} seats, ${verdict} (${majority}) — ${link}`
}

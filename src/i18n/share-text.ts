/**
 * The one-line text "Copy as text" puts on the clipboard: reads well in a chat, ends with the link.
 * Pure: the wording comes from a `SummaryWords` object (English by default; the share panel builds
 * one from the message files with `summaryWords(t)`), which also places the numbers, so it
 * chooses the digits.
 */
import type { Translate } from './use-t'

export interface SummaryInput {
  /** The coalition being edited: what it is called on screen and its seats; null if there is none. */
  coalition: { label: string; seats: number } | null
  totalSeats: number
  /** Seats needed for a majority. */
  majority: number
  link: string
}

/** The phrases a summary is built from, in one language. */
export interface SummaryWords {
  /** "22 short of a majority (165)" (short ≥ 1). */
  short: (short: number, majority: number) => string
  /** "a majority with 5 to spare (165)"; spare may be 0 ("none to spare"). */
  spare: (spare: number, majority: number) => string
  /** "Sairoon + Fatah: 143 of 329 seats, <verdict> — <link>". */
  coalition: (label: string, seats: number, total: number, verdict: string, link: string) => string
  /** "329 seats, 165 for a majority — <link>". */
  chamber: (total: number, majority: number, link: string) => string
}

const n = (value: number) => new Intl.NumberFormat('en').format(value)

export const ENGLISH_SUMMARY_WORDS: SummaryWords = {
  short: (short, majority) => `${n(short)} short of a majority (${n(majority)})`,
  spare: (spare, majority) =>
    `a majority with ${spare === 0 ? 'none' : n(spare)} to spare (${n(majority)})`,
  coalition: (label, seats, total, verdict, link) =>
    `${label}: ${n(seats)} of ${n(total)} ${total === 1 ? 'seat' : 'seats'}, ${verdict} — ${link}`,
  chamber: (total, majority, link) =>
    `${n(total)} ${total === 1 ? 'seat' : 'seats'}, ${n(majority)} for a majority — ${link}`,
}

/** The summary phrases from the `share` messages, in the language and digits `t` uses. */
export function summaryWords(t: Translate): SummaryWords {
  return {
    short: (count, majority) => t('summary.short', { count, majority }),
    spare: (count, majority) => t('summary.spare', { count, majority }),
    coalition: (label, seats, count, verdict, link) =>
      t('summary.coalition', { label, seats, count, verdict, link }),
    chamber: (count, majority, link) => t('summary.chamber', { count, majority, link }),
  }
}

/**
 * A one-line summary of a coalition against the majority, followed by the link.
 *
 * @example summaryLine({ coalition: { label: 'Sairoon + Fatah + Nasr', seats: 143 }, totalSeats: 329, majority: 165, link: 'https://…' })
 *          // 'Sairoon + Fatah + Nasr: 143 of 329 seats, 22 short of a majority (165) — https://…'
 * @example summaryLine({ coalition: null, totalSeats: 329, majority: 165, link: 'https://…' })
 *          // '329 seats, 165 for a majority — https://…'
 * @example summaryLine({ coalition: { label: 'سائرون + الفتح', seats: 101 }, totalSeats: 329, majority: 165, link }, summaryWords(arabicT))
 *          // 'سائرون + الفتح: 101 من أصل 329 مقعدًا، ينقصه 64 مقعدًا لبلوغ الأغلبية المطلقة (165) — …'
 */
export function summaryLine(
  { coalition, totalSeats, majority, link }: SummaryInput,
  words: SummaryWords = ENGLISH_SUMMARY_WORDS,
): string {
  if (!coalition) return words.chamber(totalSeats, majority, link)
  const margin = coalition.seats - majority
  const verdict = margin < 0 ? words.short(-margin, majority) : words.spare(margin, majority)
  return words.coalition(coalition.label, coalition.seats, totalSeats, verdict, link)
}

/**
 * The analysis in the reader's language: explain.ts's sentences from the `analysis` messages,
 * list names, and numbers (percentages, exact counts) with the reader's digits.
 */
import { useMemo } from 'react'
import type { ExplainWords } from '../../coalition/explain'
import type { ThresholdId } from '../../coalition/pivots'
import { intlLocale } from '../../i18n/locales'
import { partyShortName } from '../../i18n/names'
import { type Translate, useT } from '../../i18n/use-t'
import { presidentQuorum } from '../../elections/thresholds'
import { useElection, usePartiesById } from '../../scenario/selectors'

/** The message key of a rung (`rung.twoThirds.name`, `ladder.status.twoThirds.short`). */
export function rungKey(
  id: ThresholdId,
  /** Whether two-thirds is, in this parliament, the quorum to elect the President (2021, 2025). */
  quorum = false,
): 'majority' | 'twoThirds' | 'quorum' | 'blockingThird' {
  if (id === 'two-thirds') return quorum ? 'quorum' : 'twoThirds'
  return id === 'blocking-third' ? 'blockingThird' : id
}

/** explain.ts's phrases from the messages. */
export function explainWords(t: Translate): ExplainWords {
  return {
    needed: (name, count, threshold) => t('explain.needed', { name, count, threshold }),
    notNeeded: (name, count, threshold) => t('explain.notNeeded', { name, count, threshold }),
    inShortCoalition: (name, count, total, threshold) =>
      t('explain.inShort', { name, count, total, threshold }),
    minimalWinning: (seats, threshold) => t('explain.minimalWinning', { seats, threshold }),
    oversized: (count, members, seats, threshold) =>
      t('explain.oversized', { count, members, seats, threshold }),
    short: (seats, threshold, count) => t('explain.short', { seats, threshold, count }),
    additions: (suggestions) =>
      t('explain.additions', { suggestions: suggestions.join(t('explain.or')) }),
    noAdditions: (threshold) => t('explain.noAdditions', { threshold }),
    memberJoin: t('explain.join'),
  }
}

/**
 * A stand-in count for choosing a plural form of a BigInt: the same category in English and
 * Arabic (which look at n, and at n mod 100 above 100) without converting a huge number.
 *
 * @example pluralCount(1_069_113_380n) // 1080
 */
export function pluralCount(n: bigint): number {
  return n < 1000n ? Number(n) : 1000 + Number(n % 100n)
}

/**
 * A figure set apart from the sentence around it (Unicode first-strong isolate), so "17.8%" after
 * an Arabic letter stays "17.8%" and does not turn into "%17.8".
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`
}

export interface AnalysisFormat {
  /** 0.1234 → "12.3%"; exactly 0 → "0%", so no power reads apart from very little. */
  percent: (share: number) => string
  /** A share as a whole percentage: 1 → "100%". */
  wholePercent: (share: number) => string
  /** A whole number, BigInt included, grouped: "1,069,113,380". */
  count: (n: bigint | number) => string
  /** A number without grouping, for years and article numbers: "2005". */
  plain: (n: number) => string
}

export function useAnalysisFormat(): AnalysisFormat {
  const { locale, digits } = useT()
  return useMemo(() => {
    const tag = intlLocale(locale, digits)
    const percent = new Intl.NumberFormat(tag, {
      style: 'percent',
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
    })
    const zero = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 0 })
    const count = new Intl.NumberFormat(tag)
    const plain = new Intl.NumberFormat(tag, { useGrouping: false })
    return {
      percent: (share) => (share === 0 ? zero : percent).format(share),
      wholePercent: (share) => zero.format(share),
      count: (n) => count.format(n),
      plain: (n) => plain.format(n),
    }
  }, [locale, digits])
}

/** The analysis messages, with explain.ts's words and list names in the reader's language. */
export function useAnalysisText() {
  const text = useT('analysis')
  const partiesById = usePartiesById()
  const format = useAnalysisFormat()
  const quorum = presidentQuorum(useElection())
  return useMemo(() => {
    const nameOf = (id: string) => {
      const party = partiesById.get(id)
      return party ? partyShortName(party, text.locale).text : id
    }
    const names = (ids: readonly string[]) => ids.map(nameOf).join(text.t('explain.join'))
    /** The messages' key for a rung in this parliament (two-thirds may be the President's quorum). */
    const keyOf = (id: ThresholdId) => rungKey(id, quorum !== undefined)
    return { ...text, ...format, words: explainWords(text.t), nameOf, names, keyOf, quorum }
  }, [text, partiesById, format, quorum])
}

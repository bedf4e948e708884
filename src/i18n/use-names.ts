/**
 * Read hooks for the interface in the reader's language: verdict wording, list names and
 * coalition labels. They wrap the selectors, so components stay thin.
 */
import { useMemo } from 'react'
import { type VerdictWords, coalitionLabel } from '../coalition/format'
import { twoThirdsThreshold } from '../coalition/majority'
import { presidentQuorum } from '../elections/thresholds'
import type { Party } from '../elections/types'
import {
  type CoalitionView,
  useChamber,
  useCoalitionViews,
  useElection,
  usePartiesById,
} from '../scenario/selectors'
import { partyShortName } from './names'
import { type Translate, useT } from './use-t'

/** The verdict phrases of format.ts, from the message files. */
export function verdictWords(t: Translate): VerdictWords {
  return {
    seats: (count) => t('seats', { count }),
    short: (count) => t('verdict.short', { count }),
    spare: (count) => t('verdict.spare', { count }),
    verdict: (seats, margin) => t('verdict.line', { seats, margin }),
    emptyCoalition: t('coalition.empty'),
    memberJoin: t('coalition.join'),
  }
}

export function useVerdictWords(): VerdictWords {
  const { t } = useT()
  return useMemo(() => verdictWords(t), [t])
}

/**
 * Adds the quorum to elect a president to a verdict, where the parliament has one (2021, 2025:
 * two-thirds of the members must be present): "155 seats — 10 short of a majority, 65 short of
 * the quorum to elect a president". Elsewhere the verdict stays as it is.
 */
export function useWithQuorum(): (verdict: string, seats: number) => string {
  const { t } = useT()
  const quorum = presidentQuorum(useElection()) !== undefined
  const { totalSeats } = useChamber()
  const needed = twoThirdsThreshold(totalSeats)
  return (verdict, seats) =>
    quorum
      ? t('verdict.withQuorum', {
          verdict,
          quorum:
            seats >= needed
              ? t('verdict.quorumReached')
              : t('verdict.quorumShort', { count: needed - seats }),
        })
      : verdict
}

/** A list's short name in the interface language (English where no Arabic name is known). */
export function usePartyShortName(): (party: Party | undefined, fallback: string) => string {
  const { locale } = useT()
  return useMemo(
    () => (party: Party | undefined, fallback: string) =>
      party ? partyShortName(party, locale).text : fallback,
    [locale],
  )
}

/** The coalitions with labels in the interface language: a name typed by the reader is kept as is. */
export function useLocalizedCoalitionViews(): CoalitionView[] {
  const views = useCoalitionViews()
  const partiesById = usePartiesById()
  const words = useVerdictWords()
  const shortName = usePartyShortName()
  return useMemo(
    () =>
      views.map((view) => ({
        ...view,
        label: coalitionLabel(
          view.coalition.name,
          view.coalition.partyIds.map((id) => shortName(partiesById.get(id), id)),
          words,
        ),
      })),
    [views, partiesById, words, shortName],
  )
}

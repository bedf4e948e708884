/**
 * The challenge's read hooks and its one store write: the task the store's id names, the chamber a
 * check needs, the task in words, and starting a task. challenge-panel.tsx, challenge-verdict.tsx
 * and challenge-builder.tsx read the challenge only through these.
 */
import { useMemo } from 'react'
import {
  type ChallengeChamber,
  type ChallengeRule,
  challengeTarget,
} from '../../coalition/challenges'
import { type Challenge, findChallenge } from '../../elections/challenge-catalog'
import type { ReadyChallenge } from '../../elections/parse-challenges'
import { usePartyShortName } from '../../i18n/use-names'
import { useT } from '../../i18n/use-t'
import { pickScenario, useScenarioStore } from '../../scenario/scenario-store'
import { challengeScenario } from '../../scenario/challenge-scenario'
import { useChamber, useElection, usePartiesById, useSeats } from '../../scenario/selectors'
import { localDigits } from './classroom-text'
import { useChallengeCatalog } from '../layout/use-shipped-data'

/** The chamber a check needs, from the seats in force. */
export function useChallengeChamber(): ChallengeChamber | undefined {
  const election = useElection()
  const seats = useSeats()
  const { totalSeats } = useChamber()
  return useMemo(
    () =>
      election && {
        seats,
        totalSeats,
        campOf: Object.fromEntries(election.parties.map((p) => [p.id, p.camp])),
      },
    [election, seats, totalSeats],
  )
}

/**
 * The task named by the store's challenge id, or undefined; `loading` while the ready-made
 * challenges are still on their way (the id may name one of them).
 */
export function useChallenge(): {
  id: string | null
  challenge: Challenge | undefined
  loading: boolean
} {
  const id = useScenarioStore((s) => s.challengeId)
  const election = useElection()
  const ready = useChallengeCatalog(useScenarioStore((s) => s.electionId))?.challenges
  const challenge = useMemo(
    () => (id && election && ready ? findChallenge(id, ready, election) : undefined),
    [id, election, ready],
  )
  return { id, challenge, loading: !ready }
}

/** Starts a task: a fresh scenario on its seat table, one empty coalition, the id in the link. */
export function startChallenge(id: string, versionId: string | null) {
  const { loadScenario } = useScenarioStore.getState()
  loadScenario(challengeScenario(id, versionId, pickScenario(useScenarioStore.getState())))
}

/** The title and task text of a challenge in the reader's language. */
export function useChallengeTexts(challenge: Challenge): { title: string; task: string } {
  const { t, locale, digits } = useT('classroom')
  const describe = useRuleText()
  if (challenge.kind === 'ready') {
    const c: ReadyChallenge = challenge.challenge
    const ar = locale === 'ar'
    return {
      title: localDigits(ar && c.titleAr ? c.titleAr : c.title, digits),
      task: localDigits(ar && c.taskAr ? c.taskAr : c.task, digits),
    }
  }
  return { title: t('challenge.customTitle'), task: describe(challenge.rule) }
}

/** A rule in words: "Reach a majority: 165 seats; with at most 4 lists; without Sairoon". */
export function useRuleText(): (rule: ChallengeRule) => string {
  const { t } = useT('classroom')
  const chamber = useChallengeChamber()
  const partiesById = usePartiesById()
  const shortName = usePartyShortName()
  return (rule) => {
    if (!chamber) return ''
    const target = challengeTarget(rule.target, chamber.seats, chamber.totalSeats)
    const names = (ids: readonly string[]) =>
      ids.map((id) => shortName(partiesById.get(id), id)).join(t('challenge.rule.listJoin'))
    const parts = [
      rule.target.kind === 'majority'
        ? t('challenge.rule.majority', { target })
        : rule.target.kind === 'two-thirds'
          ? t('challenge.rule.twoThirds', { target })
          : t('challenge.rule.beat', { target, names: names(rule.target.partyIds) }),
    ]
    if (rule.maxLists !== null) parts.push(t('challenge.rule.maxLists', { max: rule.maxLists }))
    if (rule.minimal) parts.push(t('challenge.rule.minimal'))
    if (rule.excludeCamps.length)
      parts.push(
        t('challenge.rule.withoutCamps', {
          camps: rule.excludeCamps.map((c) => t(`camps.${c}`)).join(t('challenge.rule.listJoin')),
        }),
      )
    if (rule.excludeLists.length)
      parts.push(t('challenge.rule.without', { names: names(rule.excludeLists) }))
    return parts.join(t('challenge.rule.join'))
  }
}

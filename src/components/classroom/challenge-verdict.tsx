/**
 * Whether the coalition being edited solves the challenge on, and why not: the verdict under the
 * task, and the status block the projector view and the page header show.
 */
import { type ChallengeReason, checkChallenge } from '../../coalition/challenges'
import type { Challenge } from '../../elections/challenge-catalog'
import { useLocalizedCoalitionViews, usePartyShortName } from '../../i18n/use-names'
import { type Translate, useT } from '../../i18n/use-t'
import { useScenarioStore } from '../../scenario/scenario-store'
import { usePartiesById } from '../../scenario/selectors'
import { useChallenge, useChallengeChamber, useChallengeTexts } from './challenge-state'

/** The challenge on, in one block: its title and the verdict (for the projector view). */
export function ChallengeStatus() {
  const { t } = useT('classroom')
  const { challenge } = useChallenge()
  if (!challenge) return null
  return (
    <section className="challenge-status" aria-label={t('challenge.current')}>
      <ChallengeStatusTitle challenge={challenge} />
      <ChallengeVerdict challenge={challenge} />
    </section>
  )
}

function ChallengeStatusTitle({ challenge }: { challenge: Challenge }) {
  const { t } = useT('classroom')
  const { title } = useChallengeTexts(challenge)
  return (
    <p className="challenge-status-title">
      {t('challenge.current')}: <strong>{title}</strong>
    </p>
  )
}

/** Pass or fail for the coalition being edited, with every reason it fails. */
export function ChallengeVerdict({ challenge }: { challenge: Challenge }) {
  const { t } = useT('classroom')
  const chamber = useChallengeChamber()
  const activeId = useScenarioStore((s) => s.activeCoalitionId)
  const active = useLocalizedCoalitionViews().find((v) => v.coalition.id === activeId)
  const partiesById = usePartiesById()
  const shortName = usePartyShortName()
  if (!chamber) return null
  if (!active) return <p className="challenge-verdict is-open">{t('challenge.noCoalition')}</p>
  const check = checkChallenge(challenge.rule, active.coalition.partyIds, chamber)
  const name = (id: string) => shortName(partiesById.get(id), id)
  return (
    <div className={`challenge-verdict ${check.solved ? 'is-solved' : 'is-open'}`}>
      <p className="challenge-verdict-line">
        <span className="challenge-checking">
          {t('challenge.checking', { name: active.label })}
        </span>{' '}
        <strong>
          <span aria-hidden="true">{check.solved ? '✔ ' : '✖ '}</span>
          {check.solved
            ? t('challenge.solved', { seats: check.seats, target: check.target })
            : t('challenge.notYet')}
        </strong>
      </p>
      {!check.solved && (
        <ul className="challenge-reasons">
          {check.reasons.map((r) => (
            <li key={reasonKey(r)}>{reasonText(r, t, name)}</li>
          ))}
        </ul>
      )}
    </div>
  )
}

function reasonKey(r: ChallengeReason): string {
  return 'partyId' in r ? `${r.kind}-${r.partyId}` : r.kind
}

function reasonText(r: ChallengeReason, t: Translate, name: (id: string) => string): string {
  switch (r.kind) {
    case 'empty':
      return t('challenge.reason.empty')
    case 'excluded-list':
      return t('challenge.reason.excludedList', { name: name(r.partyId) })
    case 'excluded-camp':
      return t('challenge.reason.excludedCamp', {
        name: name(r.partyId),
        camp: t(`camps.${r.camp}`),
      })
    case 'too-many-lists':
      return t('challenge.reason.tooMany', { lists: r.lists, max: r.maxLists })
    case 'short':
      return t('challenge.reason.short', { seats: r.seats, short: r.short, target: r.target })
    case 'not-minimal':
      return t('challenge.reason.notMinimal', { name: name(r.spare), seats: r.seatsWithout })
  }
}

import { useMemo, useState } from 'react'
import { countChallengeSolutions } from '../../coalition/challenges'
import type { Challenge } from '../../elections/challenge-catalog'
import { useT } from '../../i18n/use-t'
import { useScenarioStore } from '../../scenario/scenario-store'
import { useElection } from '../../scenario/selectors'
import { localDigits } from './classroom-text'
import { useChallengeCatalog } from '../layout/use-shipped-data'
import './classroom.css'
import {
  startChallenge,
  useChallenge,
  useChallengeChamber,
  useChallengeTexts,
} from './challenge-state'
import { ChallengeVerdict } from './challenge-verdict'
import { ChallengeBuilder } from './challenge-builder'

// The projector view and the page show the status with the panel's chunk.
export { ChallengeStatus } from './challenge-verdict'

/**
 * Classroom challenges: ready-made tasks and a form to write one; while a task is on, the coalition
 * being edited is checked against it, with the reasons it fails and, on request, how many
 * coalitions solve it.
 */
export function ChallengePanel() {
  const { t } = useT('classroom')
  const { id, challenge, loading } = useChallenge()
  const election = useElection()
  if (!election) return null
  return (
    <section className="panel challenge" aria-labelledby="challenge-heading" aria-busy={loading}>
      <h2 id="challenge-heading">{t('challenge.heading')}</h2>
      {loading ? null : id === null ? (
        <ChallengeChooser />
      ) : challenge ? (
        <ChallengeTask key={id} challenge={challenge} />
      ) : (
        <>
          <p role="alert">{t('challenge.unknown', { id })}</p>
          <LeaveButton />
        </>
      )}
    </section>
  )
}

function LeaveButton() {
  const { t } = useT('classroom')
  const setChallenge = useScenarioStore((s) => s.setChallenge)
  return (
    <button type="button" onClick={() => setChallenge(null)}>
      {t('challenge.leave')}
    </button>
  )
}

function ChallengeChooser() {
  const { t, locale, digits } = useT('classroom')
  const ready = useChallengeCatalog(useScenarioStore((s) => s.electionId))?.challenges ?? []
  const ar = locale === 'ar'
  return (
    <>
      <p className="hint">{t('challenge.intro')}</p>
      <ul className="challenge-list">
        {ready.map((c) => {
          const title = localDigits(ar && c.titleAr ? c.titleAr : c.title, digits)
          return (
            <li key={c.id} className="challenge-item">
              <h3 lang={ar && !c.titleAr ? 'en' : undefined}>{title}</h3>
              <p lang={ar && !c.taskAr ? 'en' : undefined}>
                {localDigits(ar && c.taskAr ? c.taskAr : c.task, digits)}
              </p>
              <button type="button" onClick={() => startChallenge(c.id, c.versionId)}>
                {t('challenge.try')}
                <span className="visually-hidden">{`: ${title}`}</span>
              </button>
            </li>
          )
        })}
      </ul>
      <details className="challenge-builder">
        <summary>{t('challenge.write')}</summary>
        <ChallengeBuilder />
      </details>
    </>
  )
}

function ChallengeTask({ challenge }: { challenge: Challenge }) {
  const { t, num } = useT('classroom')
  const { title, task } = useChallengeTexts(challenge)
  const chamber = useChallengeChamber()
  const edited = useScenarioStore((s) => Object.keys(s.seatEdits).length > 0)
  const [revealed, setRevealed] = useState(false)
  const solutions = useMemo(
    () => (revealed && chamber ? countChallengeSolutions(challenge.rule, chamber) : null),
    [revealed, chamber, challenge.rule],
  )

  return (
    <div className="challenge-task">
      <p className="challenge-kicker">{t('challenge.current')}</p>
      <h3>{title}</h3>
      <p>{task}</p>
      <ChallengeVerdict challenge={challenge} />
      {edited && <p className="hint">{t('challenge.edited')}</p>}
      {solutions ? (
        <p className="challenge-solutions">
          {t('challenge.solutions', { count: Number(solutions.all) })}
          {!challenge.rule.minimal && solutions.all > 0n && (
            <> {t('challenge.solutionsMinimal', { minimal: num(Number(solutions.minimal)) })}</>
          )}
        </p>
      ) : (
        <button type="button" onClick={() => setRevealed(true)}>
          {t('challenge.reveal')}
        </button>
      )}
      <LeaveButton />
    </div>
  )
}

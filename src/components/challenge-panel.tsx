import { type FormEvent, useMemo, useState } from 'react'
import {
  type ChallengeChamber,
  type ChallengeReason,
  type ChallengeRule,
  challengeTarget,
  checkChallenge,
  countChallengeSolutions,
  encodeChallengeId,
} from '../coalition/challenges'
import { type Challenge, findChallenge } from '../elections/challenge-catalog'
import type { ReadyChallenge } from '../elections/parse-challenges'
import { useLocalizedCoalitionViews, usePartyShortName } from '../i18n/use-names'
import { type Translate, useT } from '../i18n/use-t'
import { pickScenario, useScenarioStore } from '../scenario/scenario-store'
import { challengeScenario } from '../scenario/challenge-scenario'
import { useChamber, useElection, usePartiesById, useSeats } from '../scenario/selectors'
import { localDigits } from './classroom-text'
import { useChallengeCatalog } from './use-shipped-data'
import './classroom.css'

/** Links carry a challenge id of at most this many characters (see url-codec.ts). */
const MAX_ID_LENGTH = 60
const LIST_LIMITS = [2, 3, 4, 5, 6, 7, 8]

/** The chamber a check needs, from the seats in force. */
function useChallengeChamber(): ChallengeChamber | undefined {
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
function useChallenge(): { id: string | null; challenge: Challenge | undefined; loading: boolean } {
  const id = useScenarioStore((s) => s.challengeId)
  const election = useElection()
  const ready = useChallengeCatalog()?.challenges
  const challenge = useMemo(
    () => (id && election && ready ? findChallenge(id, ready, election) : undefined),
    [id, election, ready],
  )
  return { id, challenge, loading: !ready }
}

/** Starts a task: a fresh scenario on its seat table, one empty coalition, the id in the link. */
function startChallenge(id: string, versionId: string | null) {
  const { loadScenario } = useScenarioStore.getState()
  loadScenario(challengeScenario(id, versionId, pickScenario(useScenarioStore.getState())))
}

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
  const ready = useChallengeCatalog()?.challenges ?? []
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

/** The title and task text of a challenge in the reader's language. */
function useChallengeTexts(challenge: Challenge): { title: string; task: string } {
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
function useRuleText(): (rule: ChallengeRule) => string {
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

/** A form for a teacher's own task; the task is turned into a short id that links carry. */
function ChallengeBuilder() {
  const { t } = useT('classroom')
  const election = useElection()
  const chamber = useChallengeChamber()
  const shortName = usePartyShortName()
  const describe = useRuleText()
  const [twoThirds, setTwoThirds] = useState(false)
  const [maxLists, setMaxLists] = useState<number | null>(null)
  const [minimal, setMinimal] = useState(false)
  const [camps, setCamps] = useState<string[]>([])
  const [lists, setLists] = useState<string[]>([])
  if (!election || !chamber) return null

  const rule: ChallengeRule = {
    target: { kind: twoThirds ? 'two-thirds' : 'majority' },
    excludeLists: lists,
    excludeCamps: camps,
    maxLists,
    minimal,
  }
  const id = encodeChallengeId(rule)
  const tooLong = id.length > MAX_ID_LENGTH
  const allCamps = [...new Set(election.parties.map((p) => p.camp))]
  const parties = [...election.parties].sort(
    (a, b) => (chamber.seats[b.id] ?? 0) - (chamber.seats[a.id] ?? 0) || (a.id < b.id ? -1 : 1),
  )
  const toggle = (values: string[], value: string) =>
    values.includes(value) ? values.filter((v) => v !== value) : [...values, value]
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!tooLong) startChallenge(id, null)
  }

  return (
    <form className="challenge-form" onSubmit={submit}>
      <fieldset>
        <legend>{t('challenge.builder.target')}</legend>
        <label className="radio">
          <input
            type="radio"
            name="challenge-target"
            checked={!twoThirds}
            onChange={() => setTwoThirds(false)}
          />
          {t('challenge.builder.majority', {
            target: challengeTarget({ kind: 'majority' }, chamber.seats, chamber.totalSeats),
          })}
        </label>
        <label className="radio">
          <input
            type="radio"
            name="challenge-target"
            checked={twoThirds}
            onChange={() => setTwoThirds(true)}
          />
          {t('challenge.builder.twoThirds', {
            target: challengeTarget({ kind: 'two-thirds' }, chamber.seats, chamber.totalSeats),
          })}
        </label>
      </fieldset>
      <label className="challenge-field">
        <span>{t('challenge.builder.maxLists')}</span>
        <select
          value={maxLists ?? ''}
          onChange={(e) => setMaxLists(e.target.value === '' ? null : Number(e.target.value))}
        >
          <option value="">{t('challenge.builder.anyNumber')}</option>
          {LIST_LIMITS.map((n) => (
            <option key={n} value={n}>
              {t('challenge.builder.atMost', { max: n })}
            </option>
          ))}
        </select>
      </label>
      <label className="checkbox">
        <input type="checkbox" checked={minimal} onChange={() => setMinimal(!minimal)} />
        {t('challenge.builder.minimal')}
      </label>
      <fieldset>
        <legend>{t('challenge.builder.camps')}</legend>
        <div className="challenge-options">
          {allCamps.map((camp) => (
            <label key={camp} className="checkbox">
              <input
                type="checkbox"
                checked={camps.includes(camp)}
                onChange={() => setCamps(toggle(camps, camp))}
              />
              {t(`camps.${camp}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('challenge.builder.lists')}</legend>
        <div className="challenge-options is-lists">
          {parties.map((p) => (
            <label key={p.id} className="checkbox">
              <input
                type="checkbox"
                checked={lists.includes(p.id)}
                onChange={() => setLists(toggle(lists, p.id))}
              />
              {shortName(p, p.id)}
            </label>
          ))}
        </div>
      </fieldset>
      <p className="challenge-preview">
        <strong>{t('challenge.builder.preview')}:</strong> {describe(rule)}
      </p>
      {tooLong && <p role="alert">{t('challenge.builder.tooLong')}</p>}
      <button type="submit" className="primary" disabled={tooLong}>
        {t('challenge.builder.start')}
      </button>
    </form>
  )
}

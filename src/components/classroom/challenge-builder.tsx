/** The form a teacher writes a task of their own with; the task travels as a short id. */
import { type FormEvent, useState } from 'react'
import { type ChallengeRule, challengeTarget, encodeChallengeId } from '../../coalition/challenges'
import { usePartyShortName } from '../../i18n/use-names'
import { useT } from '../../i18n/use-t'
import { useElection } from '../../scenario/selectors'
import { startChallenge, useChallengeChamber, useRuleText } from './challenge-state'

/** Links carry a challenge id of at most this many characters (see url-codec.ts). */
const MAX_ID_LENGTH = 60

const LIST_LIMITS = [2, 3, 4, 5, 6, 7, 8]

/** A form for a teacher's own task; the task is turned into a short id that links carry. */
export function ChallengeBuilder() {
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

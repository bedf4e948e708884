import { describeResult } from '../../coalition/format'
import { partyShortName } from '../../i18n/names'
import { useLocalizedCoalitionViews, useVerdictWords } from '../../i18n/use-names'
import { useT } from '../../i18n/use-t'
import { useScenarioStore } from '../../scenario/scenario-store'
import {
  type CoalitionView,
  useChamber,
  useMembership,
  usePartiesById,
  useSeats,
} from '../../scenario/selectors'
import { usePartyPaint } from '../layout/use-party-colors'

/** The coalitions side by side: name, verdict, members, and the controls for each. */
export function CoalitionPanel() {
  const { t } = useT()
  const views = useLocalizedCoalitionViews()

  return (
    <section aria-labelledby="coalitions-heading" className="panel coalition-panel">
      <h2 id="coalitions-heading">{t('coalition.editHeading')}</h2>
      {views.length === 0 ? (
        <p className="hint">{t('coalition.none')}</p>
      ) : (
        <ol className="coalition-list">
          {views.map((view, index) => (
            <CoalitionCard key={view.coalition.id} view={view} index={index} views={views} />
          ))}
        </ol>
      )}
    </section>
  )
}

function CoalitionCard({
  view,
  index,
  views,
}: {
  view: CoalitionView
  index: number
  views: readonly CoalitionView[]
}) {
  const { t, num, locale } = useT()
  const words = useVerdictWords()
  const { coalition, label, result } = view
  const activeId = useScenarioStore((s) => s.activeCoalitionId)
  const selectCoalition = useScenarioStore((s) => s.selectCoalition)
  const rename = useScenarioStore((s) => s.renameCoalition)
  const remove = useScenarioStore((s) => s.removeCoalition)
  const togglePartyIn = useScenarioStore((s) => s.togglePartyInCoalition)
  const partiesById = usePartiesById()
  const paint = usePartyPaint()
  const seats = useSeats()
  const memberOf = useMembership()
  const { totalSeats, majority } = useChamber()
  const isActive = activeId === coalition.id
  const headingId = `coalition-${coalition.id}-title`
  const nameOf = (id: string) => {
    const party = partiesById.get(id)
    return party ? partyShortName(party, locale).text : id
  }
  const separator = t('coalition.listSeparator')
  const shared = coalition.partyIds
    .map((id) => ({
      id,
      others: (memberOf.get(id) ?? []).filter((c) => c !== coalition.id),
    }))
    .filter((s) => s.others.length > 0)
  const labelOf = new Map(views.map((v) => [v.coalition.id, v.label]))
  const fill = Math.min(100, (result.seats / Math.max(1, totalSeats)) * 100)
  const line = (majority / Math.max(1, totalSeats)) * 100

  return (
    <li
      className={`coalition-card${isActive ? ' is-active' : ''}${result.hasMajority ? ' has-majority' : ''}`}
      aria-labelledby={headingId}
    >
      <div className="card-head">
        <h3 id={headingId} className="card-title">
          <span className="visually-hidden">{t('coalition.number', { n: index + 1 })}</span>{' '}
          <bdi>{label}</bdi>
        </h3>
        <button
          type="button"
          className="edit-toggle"
          aria-pressed={isActive}
          onClick={() => selectCoalition(coalition.id)}
        >
          {isActive ? t('coalition.editing') : t('coalition.edit')}{' '}
          <span className="visually-hidden">{label}</span>
        </button>
      </div>
      <label className="name-field">
        <span>{t('coalition.nameLabel')}</span>
        <input
          type="text"
          dir="auto"
          value={coalition.name}
          placeholder={label}
          maxLength={60}
          onChange={(e) => rename(coalition.id, e.target.value)}
          aria-label={t('coalition.nameOf', { n: index + 1 })}
        />
      </label>
      <p className={`verdict ${result.hasMajority ? 'is-majority' : 'is-short'}`}>
        <span aria-hidden="true" className="verdict-icon">
          {result.hasMajority ? '✔' : '✖'}
        </span>{' '}
        {describeResult(result, words)}
      </p>
      <div
        className="meter"
        role="img"
        aria-label={t('coalition.meter', { seats: result.seats, total: totalSeats, majority })}
      >
        <div className="meter-fill" style={{ inlineSize: `${fill}%` }} />
        <div className="meter-line" style={{ insetInlineStart: `${line}%` }} />
      </div>
      {coalition.partyIds.length > 0 ? (
        <ul className="members" aria-label={t('coalition.members', { name: label })}>
          {coalition.partyIds.map((id) => {
            const name = nameOf(id)
            return (
              <li key={id} className="member">
                <span
                  className="swatch small"
                  style={{ background: paint.get(id)?.background }}
                  aria-hidden="true"
                />
                {name} <span className="member-seats">{num(seats[id] ?? 0)}</span>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={t('coalition.remove', { party: name, name: label })}
                  onClick={() => togglePartyIn(coalition.id, id)}
                >
                  ×
                </button>
              </li>
            )
          })}
        </ul>
      ) : (
        <p className="hint">{t('coalition.noLists')}</p>
      )}
      {shared.length > 0 && (
        <p className="shared-note">
          <strong>{t('coalition.sharedTitle')}</strong>{' '}
          {shared
            .map((s) =>
              t('coalition.sharedItem', {
                party: nameOf(s.id),
                others: s.others.map((o) => labelOf.get(o)).join(separator),
              }),
            )
            .join(t('coalition.clauseSeparator'))}
        </p>
      )}
      <button type="button" className="danger" onClick={() => remove(coalition.id)}>
        {t('coalition.delete')} <span className="visually-hidden">{label}</span>
      </button>
    </li>
  )
}

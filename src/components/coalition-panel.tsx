import { MAX_COALITIONS } from '../coalition/coalitions'
import { describeResult } from '../coalition/format'
import { useScenarioStore } from '../scenario/scenario-store'
import {
  type CoalitionView,
  useChamber,
  useCoalitionViews,
  useMembership,
  usePartiesById,
  useSeats,
} from '../scenario/selectors'

/** The coalitions side by side: name, verdict, members, and the controls for each. */
export function CoalitionPanel() {
  const views = useCoalitionViews()
  const addCoalition = useScenarioStore((s) => s.addCoalition)
  const full = views.length >= MAX_COALITIONS

  return (
    <section aria-labelledby="coalitions-heading" className="panel coalition-panel">
      <div className="panel-head">
        <h2 id="coalitions-heading">Coalitions</h2>
        <button type="button" onClick={() => addCoalition()} disabled={full}>
          New coalition
        </button>
      </div>
      {full && <p className="hint">{`At most ${MAX_COALITIONS} coalitions side by side.`}</p>}
      {views.length === 0 ? (
        <p className="hint">No coalition yet: press a list or “New coalition”.</p>
      ) : (
        <ol className="coalition-list">
          {views.map((view, index) => (
            <CoalitionCard key={view.coalition.id} view={view} index={index} />
          ))}
        </ol>
      )}
    </section>
  )
}

function CoalitionCard({ view, index }: { view: CoalitionView; index: number }) {
  const { coalition, label, result } = view
  const activeId = useScenarioStore((s) => s.activeCoalitionId)
  const selectCoalition = useScenarioStore((s) => s.selectCoalition)
  const rename = useScenarioStore((s) => s.renameCoalition)
  const remove = useScenarioStore((s) => s.removeCoalition)
  const togglePartyIn = useScenarioStore((s) => s.togglePartyInCoalition)
  const partiesById = usePartiesById()
  const seats = useSeats()
  const memberOf = useMembership()
  const views = useCoalitionViews()
  const { totalSeats, majority } = useChamber()
  const isActive = activeId === coalition.id
  const headingId = `coalition-${coalition.id}-title`
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
          <span className="visually-hidden">{`Coalition ${index + 1}: `}</span>
          {label}
        </h3>
        <button
          type="button"
          className="edit-toggle"
          aria-pressed={isActive}
          onClick={() => selectCoalition(coalition.id)}
        >
          {isActive ? 'Editing' : 'Edit'}
          <span className="visually-hidden">{` ${label}`}</span>
        </button>
      </div>
      <label className="name-field">
        <span>Name</span>
        <input
          type="text"
          value={coalition.name}
          placeholder={label}
          maxLength={60}
          onChange={(e) => rename(coalition.id, e.target.value)}
          aria-label={`Name of coalition ${index + 1}`}
        />
      </label>
      <p className={`verdict ${result.hasMajority ? 'is-majority' : 'is-short'}`}>
        <span aria-hidden="true" className="verdict-icon">
          {result.hasMajority ? '✔' : '✖'}
        </span>{' '}
        {describeResult(result)}
      </p>
      <div
        className="meter"
        role="img"
        aria-label={`${result.seats} of ${totalSeats} seats; the majority line is ${majority}`}
      >
        <div className="meter-fill" style={{ inlineSize: `${fill}%` }} />
        <div className="meter-line" style={{ insetInlineStart: `${line}%` }} />
      </div>
      {coalition.partyIds.length > 0 ? (
        <ul className="members" aria-label={`Members of ${label}`}>
          {coalition.partyIds.map((id) => {
            const party = partiesById.get(id)
            const name = party?.shortName ?? id
            return (
              <li key={id} className="member">
                <span className="swatch small" style={{ background: party?.color }} aria-hidden="true" />
                {name} <span className="member-seats">{seats[id] ?? 0}</span>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`Remove ${name} from ${label}`}
                  onClick={() => togglePartyIn(coalition.id, id)}
                >
                  ×
                </button>
              </li>
            )
          })}
        </ul>
      ) : (
        <p className="hint">No lists yet.</p>
      )}
      {shared.length > 0 && (
        <p className="shared-note">
          <strong>Claimed by more than one coalition:</strong>{' '}
          {shared
            .map(
              (s) =>
                `${partiesById.get(s.id)?.shortName ?? s.id} (also in ${s.others.map((o) => labelOf.get(o)).join(', ')})`,
            )
            .join('; ')}
        </p>
      )}
      <button type="button" className="danger" onClick={() => remove(coalition.id)}>
        Delete coalition<span className="visually-hidden">{` ${label}`}</span>
      </button>
    </li>
  )
}

import { seatsText } from '../coalition/format'
import { useScenarioStore } from '../scenario/scenario-store'
import {
  useCoalitionViews,
  useMembership,
  useSeats,
  useSortedParties,
} from '../scenario/selectors'

/** Every list, largest first; pressing one puts it into (or takes it out of) the coalition being edited. */
export function PartyList() {
  const parties = useSortedParties()
  const seats = useSeats()
  const memberOf = useMembership()
  const views = useCoalitionViews()
  const activeId = useScenarioStore((s) => s.activeCoalitionId)
  const toggle = useScenarioStore((s) => s.toggleParty)
  const labelOf = new Map(views.map((v) => [v.coalition.id, v.label]))
  const activeLabel = activeId ? labelOf.get(activeId) : undefined

  return (
    <section aria-labelledby="lists-heading" className="panel party-panel">
      <h2 id="lists-heading">Lists</h2>
      <p className="hint" id="lists-hint">
        {activeLabel
          ? `Press a list to add it to or remove it from “${activeLabel}”.`
          : 'Press a list to start a new coalition with it.'}
      </p>
      <ul className="party-list">
        {parties.map((p) => {
          const n = seats[p.id] ?? 0
          const inCoalitions = memberOf.get(p.id) ?? []
          const pressed = !!activeId && inCoalitions.includes(activeId)
          const elsewhere = inCoalitions.filter((id) => id !== activeId)
          return (
            <li key={p.id}>
              <button
                type="button"
                className="party"
                aria-pressed={pressed}
                aria-label={`${p.shortName}, ${seatsText(n)}`}
                aria-describedby={`party-${p.id}-details`}
                onClick={() => toggle(p.id)}
              >
                <span className="swatch" style={{ background: p.color }} aria-hidden="true">
                  {pressed ? '✓' : ''}
                </span>
                <span className="party-text">
                  <span className="party-name">{p.shortName}</span>
                  <span className="party-details" id={`party-${p.id}-details`}>
                    <span className="party-full">{p.name}</span>
                    <span className="party-ar" lang="ar" dir="rtl">
                      {p.nameAr}
                    </span>
                    {p.leader && <span className="party-leader">{p.leader}</span>}
                    {elsewhere.length > 0 && (
                      <span className="party-also">
                        Also in: {elsewhere.map((id) => labelOf.get(id)).join(', ')}
                      </span>
                    )}
                  </span>
                </span>
                <span className="party-seats" aria-hidden="true">
                  {n}
                </span>
              </button>
            </li>
          )
        })}
      </ul>
    </section>
  )
}

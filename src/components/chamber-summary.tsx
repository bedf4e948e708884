import { seatsText } from '../coalition/format'
import { useScenarioStore } from '../scenario/scenario-store'
import { useChamber, useCoalitionViews, useElection } from '../scenario/selectors'
import { VersionSwitch } from './version-switch'

/** The chamber at a glance, the seat version, the coalition being edited, and Reset. */
export function ChamberSummary() {
  const election = useElection()
  const { totalSeats, majority } = useChamber()
  const reset = useScenarioStore((s) => s.reset)
  const activeId = useScenarioStore((s) => s.activeCoalitionId)
  const active = useCoalitionViews().find((v) => v.coalition.id === activeId)
  if (!election) return null
  return (
    <section className="summary" aria-label="Chamber">
      <div className="summary-facts">
        <p className="big-number">
          <strong>{totalSeats}</strong> seats
        </p>
        <p className="big-number">
          <strong>{majority}</strong> for a majority
        </p>
        {active && (
          <p className={`big-number active-verdict ${active.result.hasMajority ? 'is-majority' : 'is-short'}`}>
            <strong>{active.result.seats}</strong>{' '}
            <span>
              {`in “${active.label}”: `}
              {active.result.hasMajority
                ? `${seatsText(active.result.margin)} to spare`
                : `${seatsText(-active.result.margin)} short`}
            </span>
          </p>
        )}
      </div>
      <div className="summary-controls">
        <VersionSwitch />
        <button type="button" onClick={reset}>
          Reset
        </button>
      </div>
    </section>
  )
}

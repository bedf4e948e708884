import { useScenarioStore } from '../scenario/scenario-store'
import { useElection } from '../scenario/selectors'

/** Chooses which seat table is shown; coalitions are kept. */
export function VersionSwitch() {
  const election = useElection()
  const versionId = useScenarioStore((s) => s.versionId)
  const setVersion = useScenarioStore((s) => s.setVersion)
  if (!election) return null
  return (
    <fieldset className="version-switch">
      <legend>Seat figures</legend>
      {election.versions.map((v) => (
        <label key={v.id} className="radio">
          <input
            type="radio"
            name="seat-version"
            value={v.id}
            checked={v.id === versionId}
            onChange={() => setVersion(v.id)}
          />
          <span>
            {v.label} <span className="muted">({formatDate(v.date)})</span>
          </span>
        </label>
      ))}
    </fieldset>
  )
}

/** "19 May 2018" from "2018-05-19", independent of the machine's time zone. */
export function formatDate(iso: string): string {
  return new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  )
}

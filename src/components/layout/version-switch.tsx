import { versionLabel } from '../../i18n/names'
import { useT } from '../../i18n/use-t'
import { useScenarioStore } from '../../scenario/scenario-store'
import { useElection } from '../../scenario/selectors'

/** Chooses which seat table is shown; coalitions are kept. */
export function VersionSwitch() {
  const { t, date, locale } = useT()
  const election = useElection()
  const versionId = useScenarioStore((s) => s.versionId)
  const setVersion = useScenarioStore((s) => s.setVersion)
  if (!election) return null
  return (
    <fieldset className="version-switch">
      <legend>{t('versions.legend')}</legend>
      {election.versions.map((v) => {
        const label = versionLabel(v, locale)
        return (
          <label key={v.id} className="radio">
            <input
              type="radio"
              name="seat-version"
              value={v.id}
              checked={v.id === versionId}
              onChange={() => setVersion(v.id)}
            />
            <span>
              <span lang={label.lang === locale ? undefined : label.lang}>{label.text}</span>{' '}
              <span className="muted">({date(v.date)})</span>
            </span>
          </label>
        )
      })}
    </fieldset>
  )
}

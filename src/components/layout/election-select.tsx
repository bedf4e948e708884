import { catalog } from '../../elections/catalog'
import { CUSTOM_PARLIAMENT_ID } from '../../elections/own-parliament'
import { electionTitle } from '../../i18n/names'
import { useT } from '../../i18n/use-t'
import { useScenarioStore } from '../../scenario/scenario-store'

/**
 * Chooses the parliament shown: each shipped election, and the reader's own parliament once there
 * is one. Hidden while there is nothing to choose between.
 */
export function ElectionSelect() {
  const { t, locale } = useT('whatif')
  const electionId = useScenarioStore((s) => s.electionId)
  const custom = useScenarioStore((s) => s.customParliament)
  const setElection = useScenarioStore((s) => s.setElection)
  const options = catalog.elections.map((e) => ({ id: e.id, label: electionTitle(e, locale).text }))
  if (custom) {
    options.push({ id: CUSTOM_PARLIAMENT_ID, label: t('election.custom', { title: custom.title }) })
  }
  if (options.length < 2) return null
  return (
    <label className="election-select">
      <span>{t('election.label')}</span>
      <select value={electionId} onChange={(e) => setElection(e.target.value)}>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  )
}

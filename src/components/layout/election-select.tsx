import { useState } from 'react'
import { electionIndex, ensureElection } from '../../elections/catalog'
import { CUSTOM_PARLIAMENT_ID } from '../../elections/own-parliament'
import { localDigits } from '../../i18n/locales'
import { useT } from '../../i18n/use-t'
import { useScenarioStore } from '../../scenario/scenario-store'

type Loading = { state: 'idle' } | { state: 'loading' | 'failed'; year: number }

/**
 * Chooses the parliament shown, at the head of the election's title line: each shipped election by
 * its year (2010, 2018, 2021, 2025; the title beside it says the rest), and
 * the reader's own parliament once there is one. An election other than 2018 loads when chosen
 * (13–23 KB gzip); until it is in, the page keeps showing the one before, and says so. A failed
 * load (offline, say) keeps the page as it was and asks to choose again.
 */
export function ElectionSelect() {
  const { t, num, digits } = useT()
  const electionId = useScenarioStore((s) => s.electionId)
  const custom = useScenarioStore((s) => s.customParliament)
  const [loading, setLoading] = useState<Loading>({ state: 'idle' })
  const year = (y: number) => localDigits(String(y), digits)
  const options = electionIndex.map((e) => ({
    id: e.id,
    label: year(e.year),
    description: t('election.option', { year: year(e.year), seats: num(e.chamberSize) }),
  }))
  if (custom) {
    const label = t('election.custom', { title: custom.title })
    options.push({ id: CUSTOM_PARLIAMENT_ID, label, description: label })
  }
  if (options.length < 2) return null

  const choose = (id: string) => {
    const entry = electionIndex.find((e) => e.id === id)
    if (!entry) {
      setLoading({ state: 'idle' })
      useScenarioStore.getState().setElection(id)
      return
    }
    setLoading({ state: 'loading', year: entry.year })
    ensureElection(id).then(
      () => {
        setLoading({ state: 'idle' })
        useScenarioStore.getState().setElection(id)
      },
      () => setLoading({ state: 'failed', year: entry.year }),
    )
  }

  return (
    <div className="election-select">
      <label>
        <span className="visually-hidden">{t('election.label')}</span>
        <select
          value={electionId}
          onChange={(e) => choose(e.target.value)}
          aria-busy={loading.state === 'loading' || undefined}
        >
          {options.map((o) => (
            <option key={o.id} value={o.id} title={o.description}>
              {o.label}
            </option>
          ))}
        </select>
      </label>
      <span role="status" className="election-select-status">
        {loading.state === 'loading' ? t('election.loading', { year: year(loading.year) }) : ''}
      </span>
      {loading.state === 'failed' && (
        <p role="alert" className="election-select-failed">
          {t('election.failed', { year: year(loading.year) })}
        </p>
      )}
    </div>
  )
}

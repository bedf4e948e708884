import { useLocalizedCoalitionViews } from '../i18n/use-names'
import { useT } from '../i18n/use-t'
import { useScenarioStore } from '../scenario/scenario-store'
import { useChamber, useElection } from '../scenario/selectors'
import { VersionSwitch } from './version-switch'

/** The chamber at a glance, the seat version, the coalition being edited, and Reset. */
export function ChamberSummary() {
  const { t, num } = useT()
  const election = useElection()
  const { totalSeats, majority } = useChamber()
  const reset = useScenarioStore((s) => s.reset)
  const activeId = useScenarioStore((s) => s.activeCoalitionId)
  const active = useLocalizedCoalitionViews().find((v) => v.coalition.id === activeId)
  if (!election) return null
  return (
    <section className="summary" aria-label={t('chamber.label')}>
      <div className="summary-facts">
        <p className="big-number">
          <strong>{num(totalSeats)}</strong> {t('chamber.seatsWord', { count: totalSeats })}
        </p>
        <p className="big-number">
          <strong>{num(majority)}</strong> {t('chamber.forMajority')}
        </p>
        {active && (
          <p
            className={`big-number active-verdict ${active.result.hasMajority ? 'is-majority' : 'is-short'}`}
          >
            <strong>{num(active.result.seats)}</strong>{' '}
            <span>
              {t('chamber.activeIn', { name: active.label })}{' '}
              {active.result.hasMajority
                ? t('chamber.toSpare', { count: active.result.margin })
                : t('chamber.short', { count: -active.result.margin })}
            </span>
          </p>
        )}
      </div>
      <div className="summary-controls">
        <VersionSwitch />
        <button type="button" onClick={reset}>
          {t('chamber.reset')}
        </button>
      </div>
    </section>
  )
}

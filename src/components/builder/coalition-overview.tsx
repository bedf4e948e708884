import { forwardRef } from 'react'
import { MAX_COALITIONS } from '../../coalition/coalitions'
import { describeResult, formatMargin } from '../../coalition/format'
import type { CoalitionResult } from '../../coalition/types'
import { useLocalizedCoalitionViews, useVerdictWords, useWithQuorum } from '../../i18n/use-names'
import { type Translate, useT } from '../../i18n/use-t'
import { useScenarioStore } from '../../scenario/scenario-store'
import { type CoalitionView, useChamber } from '../../scenario/selectors'

/**
 * The first thing on screen: the coalition being edited with its verdict, and every coalition of
 * the scenario as one compact row (seats and margin), each a button that makes it the one edited.
 */
export const CoalitionOverview = forwardRef<HTMLElement>(function CoalitionOverview(_, ref) {
  const { t, num } = useT()
  const words = useVerdictWords()
  const views = useLocalizedCoalitionViews()
  const { totalSeats, majority } = useChamber()
  const activeId = useScenarioStore((s) => s.activeCoalitionId)
  const addCoalition = useScenarioStore((s) => s.addCoalition)
  const selectCoalition = useScenarioStore((s) => s.selectCoalition)
  const active = views.find((v) => v.coalition.id === activeId)
  const full = views.length >= MAX_COALITIONS

  return (
    <section
      ref={ref}
      className={`panel overview${views.length > 1 ? ' has-rows' : ''}`}
      aria-labelledby="overview-heading"
    >
      <div className="overview-head">
        <h2 id="overview-heading">{t('coalition.heading')}</h2>
        <p className="overview-chamber">{t('overview.chamber', { total: totalSeats, majority })}</p>
        <button type="button" onClick={() => addCoalition()} disabled={full}>
          {t('coalition.new')}
        </button>
      </div>
      <ActiveVerdict view={active} totalSeats={totalSeats} majority={majority} />
      {views.length > 1 && (
        <ol className="overview-rows" aria-label={t('overview.all')}>
          {views.map((view) => {
            const isActive = view.coalition.id === activeId
            return (
              <li key={view.coalition.id}>
                <button
                  type="button"
                  className={`overview-row ${view.result.hasMajority ? 'is-majority' : 'is-short'}`}
                  aria-pressed={isActive}
                  onClick={() => selectCoalition(view.coalition.id)}
                >
                  <span className="overview-row-name">
                    <bdi>{view.label}</bdi>
                  </span>
                  <span className="overview-row-seats">{num(view.result.seats)}</span>
                  <span className="overview-row-margin">
                    <span aria-hidden="true">{view.result.hasMajority ? '✔ ' : '✖ '}</span>
                    {marginShort(view.result, t)}
                  </span>
                  <Meter result={view.result} totalSeats={totalSeats} majority={majority} />
                  <span className="visually-hidden">
                    {isActive ? t('overview.editing') : t('overview.editThis')}
                  </span>
                </button>
              </li>
            )
          })}
        </ol>
      )}
      {full && <p className="hint">{t('coalition.max', { count: MAX_COALITIONS })}</p>}
      <p className="visually-hidden">{active ? describeResult(active.result, words) : ''}</p>
    </section>
  )
})

/** "22 short", "3 to spare". */
function marginShort(result: CoalitionResult, t: Translate): string {
  return result.hasMajority
    ? t('chamber.toSpare', { count: result.margin })
    : t('chamber.short', { count: -result.margin })
}

function ActiveVerdict({
  view,
  totalSeats,
  majority,
}: {
  view: CoalitionView | undefined
  totalSeats: number
  majority: number
}) {
  const { t, num } = useT()
  const words = useVerdictWords()
  const withQuorum = useWithQuorum()
  if (!view) return <p className="overview-verdict is-none">{t('coalition.none')}</p>
  const { result } = view
  return (
    <div
      className={`overview-verdict ${result.hasMajority ? 'is-majority' : 'is-short'}`}
      data-verdict={result.seats}
    >
      <p className="overview-verdict-name">
        <span className="visually-hidden">{t('overview.editingLabel')} </span>
        <bdi>{view.label}</bdi>
      </p>
      <p className="overview-verdict-line">
        <span aria-hidden="true" className="verdict-icon">
          {result.hasMajority ? '✔' : '✖'}
        </span>{' '}
        <strong className="overview-seats">{num(result.seats)}</strong>{' '}
        <span>
          {t('chamber.seatsWord', { count: result.seats })} —{' '}
          {withQuorum(formatMargin(result, words), result.seats)}
        </span>
      </p>
      <Meter result={result} totalSeats={totalSeats} majority={majority} large />
    </div>
  )
}

/** The seats as a bar with the majority line: a picture of the verdict, hidden from screen readers. */
export function Meter({
  result,
  totalSeats,
  majority,
  large = false,
}: {
  result: CoalitionResult
  totalSeats: number
  majority: number
  large?: boolean
}) {
  const fill = Math.min(100, (result.seats / Math.max(1, totalSeats)) * 100)
  const line = Math.min(100, (majority / Math.max(1, totalSeats)) * 100)
  return (
    <span
      className={`meter${large ? ' is-large' : ''}${result.hasMajority ? ' has-majority' : ''}`}
      aria-hidden="true"
    >
      <span className="meter-fill" style={{ inlineSize: `${fill}%` }} />
      <span className="meter-line" style={{ insetInlineStart: `${line}%` }} />
    </span>
  )
}

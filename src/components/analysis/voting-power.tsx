import { Suspense, memo, useMemo, useState } from 'react'
import { seatedMembers } from '../../coalition/coalitions'
import { coalitionSeats } from '../../coalition/majority'
import { LOCALE_INFO } from '../../i18n/locales'
import { useLocalizedCoalitionViews } from '../../i18n/use-names'
import {
  useAnalysedCoalition,
  useChosenThreshold,
  usePowerTable,
} from '../../scenario/analysis-selectors'
import { useScenarioStore } from '../../scenario/scenario-store'
import { useVotingSeats } from '../../scenario/selectors'
import type { PowerChartRow, PowerChartWords } from '../charts/power-chart'
import { lazyWithRetry } from '../layout/lazy-with-retry'
import { PanelBoundary } from '../layout/panel-boundary'
import { isolate, useAnalysisText } from './analysis-words'
import {
  CHART_MAX_ROWS,
  type PowerRow,
  type PowerSort,
  type PowerSortKey,
  furthestFromSize,
  sortPowerRows,
} from './power-rows'

// Recharts loads on its own, as for the coalition chart.
const PowerChart = lazyWithRetry(() => import('../charts/power-chart'))

const COLUMNS: readonly { key: PowerSortKey; label: string }[] = [
  { key: 'name', label: 'power.columnList' },
  { key: 'seats', label: 'power.columnSeats' },
  { key: 'seatShare', label: 'power.columnShare' },
  { key: 'banzhaf', label: 'power.columnBanzhaf' },
  { key: 'shapleyShubik', label: 'power.columnShapley' },
]

/** Banzhaf and Shapley–Shubik power of every list at the chosen rung, beside its seat share. */
export function VotingPower() {
  const text = useAnalysisText()
  const { t } = text
  const chosen = useChosenThreshold()
  const seats = useVotingSeats()
  const coalition = useAnalysedCoalition()
  const views = useLocalizedCoalitionViews()
  const coalitionLabel = views.find((v) => v.coalition.id === coalition?.id)?.label ?? ''
  const blocMembers = seatedMembers(coalition?.partyIds ?? [], seats)
  const isAlliance = useScenarioStore((s) => s.allianceMode)
  const setAlliance = useScenarioStore((s) => s.setAllianceMode)
  const hasBloc = isAlliance && blocMembers.length >= 2
  const result = usePowerTable(hasBloc ? blocMembers : [])
  const outcome =
    result?.status === 'done' ? result.value : result?.status === 'busy' ? result.previous : null
  const isBusy = result?.status === 'busy'
  // Only the bloc's row needs the coalition's name: without one, the rows (and so the chart and
  // the table) stay the same objects while lists are pressed.
  const blocName = hasBloc ? coalitionLabel : ''
  const rows = useMemo<PowerRow[]>(
    () =>
      outcome?.kind === 'power'
        ? outcome.entries.map((e) => ({
            ...e,
            label:
              e.id === 'bloc'
                ? text.t('power.bloc', { name: blocName })
                : text.nameOf(e.partyIds[0] ?? e.id),
          }))
        : [],
    [outcome, text, blocName],
  )

  return (
    <section aria-labelledby="power-heading" className="analysis-block">
      <h3 id="power-heading">{t('power.heading')}</h3>
      <p className="hint">{t('power.intro', { full: text.wholePercent(1) })}</p>
      {coalition && blocMembers.length >= 2 && (
        <div className="alliance">
          <label className="check">
            <input
              type="checkbox"
              checked={isAlliance}
              onChange={(e) => setAlliance(e.target.checked)}
            />
            {t('power.alliance', { name: coalitionLabel })}
          </label>
          {hasBloc && (
            <p className="hint">
              {t('power.allianceHint', {
                lists: t('lists', { count: blocMembers.length }),
                seats: t('seats', { count: coalitionSeats(blocMembers, seats) }),
              })}
            </p>
          )}
        </div>
      )}
      <p role="status" className="power-status">
        {isBusy ? t('power.busy') : result?.status === 'error' ? t('power.failed') : ''}
      </p>
      {outcome?.kind === 'unreachable' && (
        <p className="hint">
          {t('power.unreachable', { seats: outcome.seats, threshold: outcome.quota })}
        </p>
      )}
      {rows.length > 0 && <PowerResults rows={rows} threshold={chosen.seats} isBusy={isBusy} />}
    </section>
  )
}

/** The summary sentence, the chart and the sortable table: redrawn only when the rows change. */
const PowerResults = memo(function PowerResults({
  rows,
  threshold,
  isBusy,
}: {
  rows: readonly PowerRow[]
  threshold: number
  isBusy: boolean
}) {
  const text = useAnalysisText()
  const { t, percent, locale } = text
  const [sort, setSort] = useState<PowerSort>({ key: 'seats', descending: true })
  const sorted = useMemo(() => sortPowerRows(rows, sort, locale), [rows, sort, locale])
  const chartRows = useMemo<PowerChartRow[]>(
    () =>
      rows.slice(0, CHART_MAX_ROWS).map((r) => ({
        id: r.id,
        label: r.label,
        seatShare: r.seatShare,
        banzhaf: r.banzhaf,
        shapleyShubik: r.shapleyShubik,
      })),
    [rows],
  )
  const chartWords = useMemo<PowerChartWords>(
    () => ({
      seatShare: t('power.legendShare'),
      banzhaf: t('power.legendBanzhaf'),
      shapleyShubik: t('power.legendShapley'),
      percent,
      tick: text.wholePercent,
    }),
    [t, percent, text.wholePercent],
  )
  const powerless = rows.filter((r) => r.seats > 0 && r.banzhaf === 0)
  const furthest = furthestFromSize(rows, 3)
  const total = (key: 'seats' | 'seatShare' | 'banzhaf' | 'shapleyShubik') =>
    rows.reduce((sum, r) => sum + r[key], 0)
  const pressSort = (key: PowerSortKey) =>
    setSort((s) =>
      s.key === key ? { key, descending: !s.descending } : { key, descending: key !== 'name' },
    )

  return (
    <div className={isBusy ? 'is-stale' : undefined} aria-busy={isBusy}>
      <p>
        {powerless.length > 0
          ? t('power.noPower', {
              count: powerless.length,
              names: powerless.map((r) => r.label).join(t('power.nameSeparator')),
            })
          : t('power.everyoneHasPower', { threshold })}{' '}
        {furthest.length > 0 &&
          t('power.furthest', {
            items: furthest
              .map((r) =>
                t('power.furthestItem', {
                  name: r.label,
                  share: isolate(percent(r.seatShare)),
                  banzhaf: isolate(percent(r.banzhaf)),
                }),
              )
              .join(t('power.itemSeparator')),
          })}
      </p>
      <figure className="power-figure" aria-describedby="power-table-caption">
        <div className="power-chart-box">
          <PanelBoundary name="chart">
            <Suspense fallback={<p className="hint">{t('power.chartLoading')}</p>}>
              <div role="img" aria-label={t('power.chartLabel')}>
                <PowerChart
                  rows={chartRows}
                  rtl={LOCALE_INFO[locale].dir === 'rtl'}
                  words={chartWords}
                />
              </div>
            </Suspense>
          </PanelBoundary>
        </div>
        {rows.length > CHART_MAX_ROWS && (
          <p className="hint">{t('power.chartLimited', { count: CHART_MAX_ROWS })}</p>
        )}
        <div className="analysis-scroll">
          <table className="chart-table analysis-table power-table">
            <caption id="power-table-caption">{t('power.caption', { threshold })}</caption>
            <thead>
              <tr>
                {COLUMNS.map((c) => (
                  <th
                    scope="col"
                    key={c.key}
                    aria-sort={
                      sort.key === c.key
                        ? sort.descending
                          ? 'descending'
                          : 'ascending'
                        : undefined
                    }
                  >
                    <button type="button" className="sort-button" onClick={() => pressSort(c.key)}>
                      {t(c.label)}
                      <span aria-hidden="true" className="sort-mark">
                        {sort.key === c.key ? (sort.descending ? '▼' : '▲') : ''}
                      </span>
                    </button>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {sorted.map((r) => (
                <tr
                  key={r.id}
                  className={r.seats > 0 && r.banzhaf === 0 ? 'is-powerless' : undefined}
                >
                  <th scope="row">
                    <bdi>{r.label}</bdi>
                  </th>
                  <td>{text.num(r.seats)}</td>
                  <td>{percent(r.seatShare)}</td>
                  <td>{percent(r.banzhaf)}</td>
                  <td>{percent(r.shapleyShubik)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('power.total')}</th>
                <td>{text.num(total('seats'))}</td>
                <td>{percent(total('seatShare'))}</td>
                <td>{percent(total('banzhaf'))}</td>
                <td>{percent(total('shapleyShubik'))}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      </figure>
    </div>
  )
})

import { Suspense, useMemo } from 'react'
import { describeResult } from '../../coalition/format'
import { LOCALE_INFO } from '../../i18n/locales'
import { partyShortName } from '../../i18n/names'
import { useLocalizedCoalitionViews, useVerdictWords } from '../../i18n/use-names'
import { useT } from '../../i18n/use-t'
import { useScenarioStore } from '../../scenario/scenario-store'
import { useChamber, useSeats, useSortedParties } from '../../scenario/selectors'
import { chartHeight, coalitionChartData } from './chart-data'
import type { ChartWords } from './majority-bar-chart'
import { lazyWithRetry } from '../layout/lazy-with-retry'
import type { FillPattern } from '../layout/palette'
import { PanelBoundary } from '../layout/panel-boundary'
import { usePartyPaint } from '../layout/use-party-colors'

// Recharts is the largest dependency: it loads on its own, after the lists are usable.
const MajorityBarChart = lazyWithRetry(() => import('./majority-bar-chart'))

/** The chart comparing coalitions, with a table that says the same in text. */
export function ChartPanel() {
  const { t, num, locale } = useT()
  const words = useVerdictWords()
  const views = useLocalizedCoalitionViews()
  const seats = useSeats()
  const parties = useSortedParties()
  const paint = usePartyPaint()
  const { totalSeats, majority } = useChamber()
  const activeId = useScenarioStore((s) => s.activeCoalitionId)
  const activeSeats = views.find((v) => v.coalition.id === activeId)?.result.seats ?? 0
  const shown = useMemo(
    () =>
      parties.map((p) => ({
        id: p.id,
        shortName: partyShortName(p, locale).text,
        color: paint.get(p.id)?.color ?? p.color,
      })),
    [parties, paint, locale],
  )
  const data = useMemo(() => coalitionChartData(views, seats, shown), [views, seats, shown])
  const patterns = useMemo(() => {
    const out: Record<string, FillPattern> = {}
    for (const [id, p] of paint) out[id] = p.pattern
    return out
  }, [paint])
  const chartWords = useMemo<ChartWords>(
    () => ({
      majority: (value) => t('chart.majorityLine', { value }),
      total: (value) => t('chart.tooltipTotal', { value }),
      number: num,
    }),
    [t, num],
  )
  const nameOf = new Map(shown.map((p) => [p.id, p.shortName]))

  return (
    <section aria-labelledby="chart-heading" className="panel chart-panel">
      <h2 id="chart-heading">{t('chart.heading')}</h2>
      <figure aria-describedby="chart-table-caption">
        <div className="chart-box" style={{ minBlockSize: chartHeight(data.rows.length) }}>
          <PanelBoundary name="chart">
            <Suspense fallback={<p className="hint">{t('chart.loading')}</p>}>
              <div
                role="img"
                aria-label={t('chart.imageLabel')}
                data-chart=""
                data-seats={activeSeats}
              >
                <MajorityBarChart
                  data={data}
                  majority={majority}
                  totalSeats={totalSeats}
                  rtl={LOCALE_INFO[locale].dir === 'rtl'}
                  words={chartWords}
                  patterns={patterns}
                />
              </div>
            </Suspense>
          </PanelBoundary>
        </div>
        <details className="chart-table-details">
          <summary>{t('chart.showTable')}</summary>
          <table className="chart-table">
            <caption id="chart-table-caption">
              {t('chart.caption', { majority, total: totalSeats })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('chart.columnCoalition')}</th>
                <th scope="col">{t('chart.columnMembers')}</th>
                <th scope="col">{t('chart.columnResult')}</th>
              </tr>
            </thead>
            <tbody>
              {views.map((v) => (
                <tr key={v.coalition.id}>
                  <th scope="row">{v.label}</th>
                  <td>
                    {v.coalition.partyIds.length
                      ? v.coalition.partyIds
                          .map((id) =>
                            t('chart.member', {
                              name: nameOf.get(id) ?? id,
                              seats: seats[id] ?? 0,
                            }),
                          )
                          .join(t('coalition.listSeparator'))
                      : t('chart.noMembers')}
                  </td>
                  <td>{describeResult(v.result, words)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      </figure>
    </section>
  )
}

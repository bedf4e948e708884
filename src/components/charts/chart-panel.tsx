import { Suspense, useMemo } from 'react'
import { LOCALE_INFO } from '../../i18n/locales'
import { partyShortName } from '../../i18n/names'
import { useLocalizedCoalitionViews } from '../../i18n/use-names'
import { useT } from '../../i18n/use-t'
import { useScenarioStore } from '../../scenario/scenario-store'
import { useChamber, useSeats, useSortedParties } from '../../scenario/selectors'
import { chartHeight, coalitionChartData } from './chart-data'
import { CoalitionTable } from './coalition-table'
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
          <CoalitionTable
            className="chart-table"
            captionId="chart-table-caption"
            caption={t('chart.caption', { majority, total: totalSeats })}
          />
        </details>
      </figure>
    </section>
  )
}

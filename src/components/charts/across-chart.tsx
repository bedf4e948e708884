/**
 * The camps' seats in each election as stacked columns, one per election (Recharts). Columns, not
 * rows, so the years read in time order; in a right-to-left language the year axis is reversed,
 * the seat axis sits on the right and the legend is HTML in the page's direction (see the note in
 * majority-bar-chart.tsx). The table beside it (across-elections.tsx) says the same in words.
 */
import {
  Bar,
  BarChart,
  CartesianGrid,
  ResponsiveContainer,
  Tooltip,
  type TooltipContentProps,
  XAxis,
  YAxis,
} from 'recharts'
import './across-chart.css'

export interface AcrossChartSeries {
  id: string
  label: string
  color: string
}

export interface AcrossChartProps {
  /** One column per election: its label and each series' seats (absent where it has no list). */
  columns: readonly ({ id: string; label: string } & Record<string, number | string>)[]
  series: readonly AcrossChartSeries[]
  rtl?: boolean
  /** Numbers in the reader's digits. */
  number: (n: number) => string
  /** Fixed pixel width, for tests; the chart fills its container otherwise. */
  width?: number
}

const HEIGHT = 300

export function AcrossChart({ columns, series, rtl = false, number, width }: AcrossChartProps) {
  const chart = (
    <BarChart
      // The table beside it is the chart's text; no keyboard layer inside a picture.
      accessibilityLayer={false}
      data={columns as ({ id: string; label: string } & Record<string, number | string>)[]}
      margin={{ top: 8, right: 12, bottom: 4, left: 12 }}
      {...(width === undefined ? {} : { width, height: HEIGHT })}
    >
      <CartesianGrid vertical={false} stroke="var(--border)" />
      <XAxis dataKey="label" reversed={rtl} tick={{ fill: 'var(--text)' }} />
      <YAxis
        orientation={rtl ? 'right' : 'left'}
        tickFormatter={(v: number) => number(v)}
        ticks={[0, 50, 100, 150, 200, 250, 300]}
        domain={[0, 'dataMax']}
        tick={{ fill: 'var(--text)' }}
        width={40}
      />
      <Tooltip
        cursor={{ fill: 'var(--hover)' }}
        allowEscapeViewBox={{ x: false, y: false }}
        content={(props) => <AcrossTooltip {...props} series={series} number={number} rtl={rtl} />}
      />
      {series.map((s) => (
        <Bar
          key={s.id}
          dataKey={s.id}
          name={s.label}
          stackId="seats"
          fill={s.color}
          isAnimationActive={false}
        />
      ))}
    </BarChart>
  )
  return (
    <div className="across-chart" aria-hidden="true">
      {width === undefined ? (
        <ResponsiveContainer
          width="100%"
          height={HEIGHT}
          initialDimension={{ width: 600, height: HEIGHT }}
        >
          {chart}
        </ResponsiveContainer>
      ) : (
        chart
      )}
      <ul className="across-legend">
        {series.map((s) => (
          <li key={s.id}>
            <span className="across-swatch" style={{ background: s.color }} /> {s.label}
          </li>
        ))}
      </ul>
    </div>
  )
}

function AcrossTooltip({
  active,
  payload,
  label,
  series,
  number,
  rtl,
}: TooltipContentProps & {
  series: readonly AcrossChartSeries[]
  number: (n: number) => string
  rtl: boolean
}) {
  if (!active || !payload?.length) return null
  const names = new Map(series.map((s) => [s.id, s.label]))
  return (
    <div className="chart-tooltip" dir={rtl ? 'rtl' : 'ltr'}>
      <p className="chart-tooltip-title">{String(label)}</p>
      <ul>
        {[...payload].reverse().map((p) => (
          <li key={String(p.dataKey)}>
            {names.get(String(p.dataKey)) ?? String(p.dataKey)}: {number(Number(p.value))}
          </li>
        ))}
      </ul>
    </div>
  )
}

export default AcrossChart

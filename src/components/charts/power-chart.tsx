/**
 * Voting power beside size: for each list, three horizontal bars (seat share, Banzhaf index,
 * Shapley–Shubik index), largest list first. Right to left as the coalition chart is (see the note
 * in majority-bar-chart.tsx): the SVG stays laid out left to right, the percentage axis is
 * reversed so bars grow from the right, and the list names sit on a right-hand axis. The legend is
 * HTML in the page's direction.
 */
import { useCallback, useState } from 'react'
import {
  Bar,
  BarChart,
  CartesianGrid,
  ResponsiveContainer,
  Text,
  Tooltip,
  type TooltipContentProps,
  XAxis,
  YAxis,
} from 'recharts'
import './power-chart.css'

/** One list (or bloc) in the chart. Shares are fractions of 1. */
export interface PowerChartRow {
  id: string
  label: string
  seatShare: number
  banzhaf: number
  shapleyShubik: number
}

export interface PowerChartWords {
  seatShare: string
  banzhaf: string
  shapleyShubik: string
  /** 0.123 → "12.3%", in the reader's digits. */
  percent: (share: number) => string
  /** An axis tick: 0.05 → "5%". */
  tick: (share: number) => string
}

export interface PowerChartProps {
  rows: readonly PowerChartRow[]
  words: PowerChartWords
  /** Mirror the chart for a right-to-left language. */
  rtl?: boolean
  /** Fixed pixel width, for tests; the chart fills its container otherwise. */
  width?: number
}

/** The three measures, in the order of the bars in each group; colours from analysis.css. */
const SERIES = [
  { key: 'seatShare', color: 'var(--power-share)' },
  { key: 'banzhaf', color: 'var(--power-banzhaf)' },
  { key: 'shapleyShubik', color: 'var(--power-shapley)' },
] as const

const ROW_HEIGHT = 30
/** Room for list names beside the bars; less on a phone, where names wrap onto two lines. */
const NAME_WIDTH = 150
const NARROW_NAME_WIDTH = 100
const NARROW = 480

/** The width of an element as laid out, kept up to date (null until first measured). */
function useMeasuredWidth(): [
  (el: HTMLDivElement | null) => (() => void) | undefined,
  number | null,
] {
  const [width, setWidth] = useState<number | null>(null)
  const ref = useCallback((el: HTMLDivElement | null) => {
    if (!el || typeof ResizeObserver === 'undefined') return undefined
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(entry.contentRect.width)
    })
    observer.observe(el)
    return () => observer.disconnect()
  }, [])
  return [ref, width]
}

/**
 * Axis ticks every 5, 10 or 20 points up to the largest value shown.
 *
 * @example percentTicks(0.23) // [0, 0.05, 0.1, 0.15, 0.2, 0.25]
 */
function percentTicks(largest: number): number[] {
  const top = Math.max(0.05, largest)
  const step = top > 0.6 ? 0.2 : top > 0.3 ? 0.1 : 0.05
  const ticks: number[] = []
  for (let i = 0; i * step < top + 1e-9; i++) ticks.push(Math.round(i * step * 100) / 100)
  if (ticks[ticks.length - 1]! < top) ticks.push(Math.round(ticks.length * step * 100) / 100)
  return ticks
}

export function PowerChart({ rows, words, rtl = false, width }: PowerChartProps) {
  const [boxRef, measured] = useMeasuredWidth()
  const nameWidth = (width ?? measured ?? 640) < NARROW ? NARROW_NAME_WIDTH : NAME_WIDTH
  const data = rows.map((r) => ({ ...r }))
  const largest = rows.reduce((m, r) => Math.max(m, r.seatShare, r.banzhaf, r.shapleyShubik), 0)
  const ticks = percentTicks(largest)
  const height = ROW_HEIGHT * rows.length + 48
  const names = {
    seatShare: words.seatShare,
    banzhaf: words.banzhaf,
    shapleyShubik: words.shapleyShubik,
  }
  const chart = (
    <BarChart
      data={data}
      layout="vertical"
      accessibilityLayer={false}
      barCategoryGap={4}
      barGap={1}
      margin={
        rtl ? { top: 8, right: 8, bottom: 8, left: 24 } : { top: 8, right: 24, bottom: 8, left: 8 }
      }
      width={width}
      height={width ? height : undefined}
    >
      <CartesianGrid horizontal={false} strokeDasharray="3 3" stroke="var(--grid)" />
      <XAxis
        type="number"
        domain={[0, ticks[ticks.length - 1]!]}
        ticks={ticks}
        reversed={rtl}
        orientation="top"
        tickFormatter={(n: number) => words.tick(n)}
        tick={{ fill: 'var(--muted)', fontSize: 12 }}
      />
      <YAxis
        type="category"
        dataKey="label"
        orientation={rtl ? 'right' : 'left'}
        width={nameWidth}
        tick={(props: NameTickProps) => <NameTick {...props} width={nameWidth - 8} rtl={rtl} />}
        interval={0}
      />
      <Tooltip
        cursor={{ fill: 'var(--hover)' }}
        content={(props) => <PowerTooltip {...props} rtl={rtl} words={words} />}
      />
      {SERIES.map((s) => (
        <Bar
          key={s.key}
          dataKey={s.key}
          name={names[s.key]}
          fill={s.color}
          barSize={7}
          isAnimationActive={false}
        />
      ))}
    </BarChart>
  )
  return (
    <>
      <ul className="power-legend" aria-hidden="true">
        {SERIES.map((s) => (
          <li key={s.key}>
            <span className="power-legend-swatch" style={{ background: s.color }} />
            {names[s.key]}
          </li>
        ))}
      </ul>
      <div dir="ltr" ref={boxRef}>
        {width ? (
          chart
        ) : (
          <ResponsiveContainer
            width="100%"
            height={height}
            initialDimension={{ width: 640, height }}
          >
            {chart}
          </ResponsiveContainer>
        )}
      </div>
    </>
  )
}

interface NameTickProps {
  x?: number | string
  y?: number | string
  payload?: { value?: unknown }
}

/**
 * A list name beside the axis, on at most two lines (longer names end in an ellipsis; the table
 * has them in full). In a right-to-left chart the name has a right-to-left base direction, so with
 * `end` its left edge sits at the right-hand axis and it reads and wraps as Arabic does.
 */
function NameTick(props: NameTickProps & { width: number; rtl: boolean }) {
  return (
    <Text
      x={Number(props.x ?? 0)}
      y={Number(props.y ?? 0)}
      width={props.width}
      maxLines={2}
      textAnchor="end"
      verticalAnchor="middle"
      direction={props.rtl ? 'rtl' : 'ltr'}
      fill="var(--text)"
      fontSize={12}
    >
      {String(props.payload?.value ?? '')}
    </Text>
  )
}

/** The list and its three figures, in the page's language and direction. */
function PowerTooltip({
  active,
  payload,
  label,
  rtl,
  words,
}: TooltipContentProps & { rtl: boolean; words: PowerChartWords }) {
  if (!active || !payload?.length) return null
  return (
    <div className="chart-tooltip" dir={rtl ? 'rtl' : 'ltr'}>
      <p className="chart-tooltip-title">{String(label ?? '')}</p>
      <ul>
        {payload.map((p) => (
          <li key={String(p.dataKey)}>
            {String(p.name ?? '')}: {typeof p.value === 'number' ? words.percent(p.value) : ''}
          </li>
        ))}
      </ul>
    </div>
  )
}

export default PowerChart

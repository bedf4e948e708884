/**
 * Recharts has no right-to-left mode, so direction is handled here. In a right-to-left language
 * the chart is mirrored: bars grow from the right, the seat axis runs right to left and the
 * coalition names sit on the right, where a reader of Arabic starts. The SVG itself is laid out
 * left to right (Recharts' geometry assumes it); only the axes are flipped, and the tooltip is
 * HTML in the page's direction.
 */
import {
  Bar,
  BarChart,
  CartesianGrid,
  Label,
  ReferenceLine,
  ResponsiveContainer,
  Text,
  Tooltip,
  type TooltipContentProps,
  XAxis,
  YAxis,
} from 'recharts'
import type { FillPattern } from '../palette'
import type { StackedChartData } from './chart-data'

export interface ChartWords {
  /** Label of the majority line: "Majority: 165". */
  majority: (n: number) => string
  /** Last line of the tooltip: "Total: 143". */
  total: (n: number) => string
  /** Numbers on the axis and in the tooltip. */
  number: (n: number) => string
}

const ENGLISH: ChartWords = {
  majority: (n) => `Majority: ${n}`,
  total: (n) => `Total: ${n}`,
  number: (n) => String(n),
}

export interface MajorityBarChartProps {
  data: StackedChartData
  majority: number
  totalSeats: number
  /** Fixed pixel width, for tests; the chart fills its container otherwise. */
  width?: number
  /** Mirror the chart for a right-to-left language. */
  rtl?: boolean
  words?: ChartWords
  /** Fill pattern per list id (colour-blind palette); solid where absent. */
  patterns?: Readonly<Record<string, FillPattern>>
}

/** Every 50 seats, and the chamber size; a tick too close to the end is dropped so labels don't collide. */
function axisTicks(totalSeats: number): number[] {
  const ticks: number[] = []
  for (let t = 0; t <= totalSeats - 35; t += 50) ticks.push(t)
  return [...ticks, totalSeats]
}

function patternId(partyId: string) {
  return `kutla-fill-${partyId}`
}

/** SVG patterns: the list's colour with light stripes or dots on top. */
function PatternDefs({
  series,
  patterns,
}: {
  series: StackedChartData['series']
  patterns: Readonly<Record<string, FillPattern>>
}) {
  const patterned = series.filter((s) => (patterns[s.partyId] ?? 'solid') !== 'solid')
  if (!patterned.length) return null
  return (
    <defs>
      {patterned.map((s) => (
        <pattern
          key={s.partyId}
          id={patternId(s.partyId)}
          width={6}
          height={6}
          patternUnits="userSpaceOnUse"
          patternTransform={patterns[s.partyId] === 'stripes' ? 'rotate(45)' : undefined}
        >
          <rect width={6} height={6} fill={s.color} />
          {patterns[s.partyId] === 'stripes' ? (
            <rect width={2} height={6} fill="rgb(255 255 255 / 0.5)" />
          ) : (
            <circle cx={3} cy={3} r={1.5} fill="rgb(255 255 255 / 0.55)" />
          )}
        </pattern>
      ))}
    </defs>
  )
}

/** One horizontal bar per coalition, stacked by member list, with the majority line. */
export function MajorityBarChart({
  data,
  majority,
  totalSeats,
  width,
  rtl = false,
  words = ENGLISH,
  patterns = {},
}: MajorityBarChartProps) {
  const rows = data.rows.map((r) => ({ ...r.seats, label: r.label, total: r.total }))
  const height = Math.max(160, 56 * rows.length + 72)
  const fillOf = (partyId: string, color: string) =>
    (patterns[partyId] ?? 'solid') === 'solid' ? color : `url(#${patternId(partyId)})`
  const chart = (
    <BarChart
      data={rows}
      layout="vertical"
      accessibilityLayer={false}
      margin={
        rtl
          ? { top: 28, right: 8, bottom: 8, left: 24 }
          : { top: 28, right: 24, bottom: 8, left: 8 }
      }
      width={width}
      height={width ? height : undefined}
    >
      <PatternDefs series={data.series} patterns={patterns} />
      <CartesianGrid horizontal={false} strokeDasharray="3 3" stroke="var(--grid)" />
      <XAxis
        type="number"
        domain={[0, totalSeats]}
        reversed={rtl}
        ticks={axisTicks(totalSeats)}
        tickFormatter={(n: number) => words.number(n)}
        tick={{ fill: 'var(--muted)', fontSize: 12 }}
      />
      <YAxis
        type="category"
        dataKey="label"
        orientation={rtl ? 'right' : 'left'}
        width={140}
        tick={rtl ? RtlCategoryTick : { fill: 'var(--text)', fontSize: 13 }}
        interval={0}
      />
      <Tooltip
        cursor={{ fill: 'var(--hover)' }}
        content={(props) => <ChartTooltip {...props} rtl={rtl} words={words} />}
      />
      {data.series.map((s) => (
        <Bar
          key={s.partyId}
          dataKey={s.partyId}
          name={s.name}
          stackId="seats"
          fill={fillOf(s.partyId, s.color)}
          stroke="var(--surface)"
          strokeWidth={1}
          isAnimationActive={false}
        />
      ))}
      <ReferenceLine x={majority} stroke="var(--text)" strokeWidth={2} strokeDasharray="6 3">
        <Label
          value={words.majority(majority)}
          position="top"
          fill="var(--text)"
          fontSize={13}
          fontWeight={600}
          direction={rtl ? 'rtl' : 'ltr'}
        />
      </ReferenceLine>
    </BarChart>
  )
  // The SVG is always laid out left to right; see the note at the top of this file.
  const box = width ? (
    chart
  ) : (
    <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 640, height }}>
      {chart}
    </ResponsiveContainer>
  )
  return <div dir="ltr">{box}</div>
}

/**
 * A coalition name beside the right-hand axis of the mirrored chart. The SVG runs left to right, so
 * the text is given a right-to-left base direction; with that, `end` anchors its left edge at the
 * tick, and it reads and wraps as Arabic does.
 */
function RtlCategoryTick(props: {
  x?: number | string
  y?: number | string
  payload?: { value?: unknown }
}) {
  return (
    <Text
      x={Number(props.x ?? 0)}
      y={Number(props.y ?? 0)}
      width={132}
      textAnchor="end"
      verticalAnchor="middle"
      direction="rtl"
      fill="var(--text)"
      fontSize={13}
    >
      {String(props.payload?.value ?? '')}
    </Text>
  )
}

/** The tooltip: the coalition, each member's seats, and the total, in the page's language. */
function ChartTooltip({
  active,
  payload,
  label,
  rtl,
  words,
}: TooltipContentProps & { rtl: boolean; words: ChartWords }) {
  if (!active || !payload?.length) return null
  const total = payload.reduce((sum, p) => sum + (typeof p.value === 'number' ? p.value : 0), 0)
  return (
    <div className="chart-tooltip" dir={rtl ? 'rtl' : 'ltr'}>
      <p className="chart-tooltip-title">{String(label ?? '')}</p>
      <ul>
        {payload.map((p) => (
          <li key={String(p.dataKey)}>
            {String(p.name ?? '')}: {typeof p.value === 'number' ? words.number(p.value) : ''}
          </li>
        ))}
      </ul>
      <p className="chart-tooltip-total">{words.total(total)}</p>
    </div>
  )
}

export default MajorityBarChart

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
  LabelList,
  ReferenceLine,
  ResponsiveContainer,
  Text,
  Tooltip,
  type TooltipContentProps,
  XAxis,
  YAxis,
} from 'recharts'
import { type FillPattern, relativeLuminance } from '../layout/palette'
import { type StackedChartData, chartHeight } from './chart-data'

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
  const height = chartHeight(rows.length)
  const colorOf = new Map(data.series.map((s) => [s.partyId, s.color]))
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
        width={110}
        tick={rtl ? RtlCategoryTick : { fill: 'var(--text)', fontSize: 13 }}
        interval={0}
      />
      <Tooltip
        cursor={{ fill: 'var(--hover)' }}
        // Inside the chart's box: a tooltip past its edge would spill out of the panel (and, on a
        // phone, off the screen).
        allowEscapeViewBox={{ x: false, y: false }}
        wrapperStyle={{ maxInlineSize: '100%', zIndex: 1 }}
        content={(props) => <ChartTooltip {...props} rtl={rtl} words={words} colors={colorOf} />}
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
        >
          <LabelList
            dataKey={s.partyId}
            content={(props) => (
              <SegmentLabel {...props} name={s.name} color={s.color} words={words} />
            )}
          />
        </Bar>
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

/** Rough width of a label in px at 11 px type: enough to decide whether it fits its segment. */
const labelWidth = (text: string) => 6.6 * [...text].length + 8

/**
 * A list's short name and seats on its segment, when the segment is wide enough to hold them
 * (else just the seats, else nothing: the tooltip and the table say it all). Dark text on light
 * colours, white on dark ones. The bars' own text equivalent is the table, so this is decoration.
 */
function SegmentLabel(props: {
  x?: number | string
  y?: number | string
  width?: number | string
  height?: number | string
  value?: unknown
  name: string
  color: string
  words: ChartWords
}) {
  const x = Number(props.x ?? 0)
  const y = Number(props.y ?? 0)
  const width = Number(props.width ?? 0)
  const height = Number(props.height ?? 0)
  const seats = typeof props.value === 'number' ? props.value : Number(props.value)
  if (!Number.isFinite(seats) || seats <= 0 || height < 14) return null
  const full = `${props.name} ${props.words.number(seats)}`
  const short = props.words.number(seats)
  const text = labelWidth(full) <= width ? full : labelWidth(short) <= width ? short : null
  if (text === null) return null
  return (
    <text
      x={x + width / 2}
      y={y + height / 2}
      textAnchor="middle"
      dominantBaseline="central"
      fontSize={11}
      fontWeight={600}
      fill={relativeLuminance(props.color) < 0.18 ? '#ffffff' : '#000000'}
      pointerEvents="none"
      aria-hidden="true"
    >
      {text}
    </text>
  )
}

/**
 * The tooltip: the coalition, each member's seats beside a swatch of its colour, and the total,
 * in the page's language.
 */
function ChartTooltip({
  active,
  payload,
  label,
  rtl,
  words,
  colors,
}: TooltipContentProps & { rtl: boolean; words: ChartWords; colors: ReadonlyMap<string, string> }) {
  if (!active || !payload?.length) return null
  const total = payload.reduce((sum, p) => sum + (typeof p.value === 'number' ? p.value : 0), 0)
  return (
    <div className="chart-tooltip" dir={rtl ? 'rtl' : 'ltr'}>
      <p className="chart-tooltip-title">{String(label ?? '')}</p>
      <ul>
        {payload.map((p) => (
          <li key={String(p.dataKey)}>
            <span
              className="chart-swatch"
              aria-hidden="true"
              style={{
                display: 'inline-block',
                inlineSize: '0.8em',
                blockSize: '0.8em',
                marginInlineEnd: '0.35em',
                borderRadius: 2,
                verticalAlign: '-0.05em',
                background: colors.get(String(p.dataKey)) ?? 'transparent',
              }}
            />
            {String(p.name ?? '')}: {typeof p.value === 'number' ? words.number(p.value) : ''}
          </li>
        ))}
      </ul>
      <p className="chart-tooltip-total">{words.total(total)}</p>
    </div>
  )
}

export default MajorityBarChart

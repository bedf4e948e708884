import {
  Bar,
  BarChart,
  CartesianGrid,
  Label,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts'
import type { StackedChartData } from './chart-data'

export interface MajorityBarChartProps {
  data: StackedChartData
  majority: number
  totalSeats: number
  /** Fixed pixel width, for tests; the chart fills its container otherwise. */
  width?: number
}

/** One horizontal bar per coalition, stacked by member list, with the majority line. */
export function MajorityBarChart({ data, majority, totalSeats, width }: MajorityBarChartProps) {
  const rows = data.rows.map((r) => ({ ...r.seats, label: r.label, total: r.total }))
  const height = Math.max(160, 56 * rows.length + 72)
  const chart = (
    <BarChart
      data={rows}
      layout="vertical"
      accessibilityLayer={false}
      margin={{ top: 28, right: 24, bottom: 8, left: 8 }}
      width={width}
      height={width ? height : undefined}
    >
      <CartesianGrid horizontal={false} strokeDasharray="3 3" stroke="var(--grid)" />
      <XAxis
        type="number"
        domain={[0, totalSeats]}
        ticks={[0, 50, 100, 150, 200, 250, 300].filter((t) => t < totalSeats).concat(totalSeats)}
        tick={{ fill: 'var(--muted)', fontSize: 12 }}
      />
      <YAxis
        type="category"
        dataKey="label"
        width={140}
        tick={{ fill: 'var(--text)', fontSize: 13 }}
        interval={0}
      />
      <Tooltip
        cursor={{ fill: 'var(--hover)' }}
        contentStyle={{ background: 'var(--surface)', border: '1px solid var(--border)' }}
        labelStyle={{ color: 'var(--text)', fontWeight: 600 }}
        itemStyle={{ color: 'var(--text)' }}
      />
      {data.series.map((s) => (
        <Bar
          key={s.partyId}
          dataKey={s.partyId}
          name={s.name}
          stackId="seats"
          fill={s.color}
          stroke="var(--surface)"
          strokeWidth={1}
          isAnimationActive={false}
        />
      ))}
      <ReferenceLine x={majority} stroke="var(--text)" strokeWidth={2} strokeDasharray="6 3">
        <Label
          value={`Majority: ${majority}`}
          position="top"
          fill="var(--text)"
          fontSize={13}
          fontWeight={600}
        />
      </ReferenceLine>
    </BarChart>
  )
  if (width) return chart
  return (
    <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 640, height }}>
      {chart}
    </ResponsiveContainer>
  )
}

export default MajorityBarChart

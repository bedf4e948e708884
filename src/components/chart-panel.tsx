import { Component, type ReactNode, Suspense, lazy, useMemo } from 'react'
import {
  useChamber,
  useCoalitionViews,
  useSeats,
  useSortedParties,
} from '../scenario/selectors'
import { describeResult } from '../coalition/format'
import { coalitionChartData } from './charts/chart-data'

// Recharts is the largest dependency: it loads on its own, after the lists are usable.
const MajorityBarChart = lazy(() => import('./charts/majority-bar-chart'))

/** The chart comparing coalitions, with a table that says the same in text. */
export function ChartPanel() {
  const views = useCoalitionViews()
  const seats = useSeats()
  const parties = useSortedParties()
  const { totalSeats, majority } = useChamber()
  const data = useMemo(() => coalitionChartData(views, seats, parties), [views, seats, parties])

  return (
    <section aria-labelledby="chart-heading" className="panel chart-panel">
      <h2 id="chart-heading">Coalitions against the majority line</h2>
      <figure aria-describedby="chart-table-caption">
        <div className="chart-box">
          <PanelBoundary name="chart">
            <Suspense fallback={<p className="hint">Loading chart…</p>}>
              <div
                role="img"
                aria-label="Stacked bar chart of each coalition's seats against the majority line; the table below gives the same figures."
              >
                <MajorityBarChart data={data} majority={majority} totalSeats={totalSeats} />
              </div>
            </Suspense>
          </PanelBoundary>
        </div>
        <table className="chart-table">
          <caption id="chart-table-caption">
            {`Seats of each coalition, by member list; ${majority} of ${totalSeats} seats make a majority.`}
          </caption>
          <thead>
            <tr>
              <th scope="col">Coalition</th>
              <th scope="col">Members (seats)</th>
              <th scope="col">Seats and margin</th>
            </tr>
          </thead>
          <tbody>
            {views.map((v) => (
              <tr key={v.coalition.id}>
                <th scope="row">{v.label}</th>
                <td>
                  {v.coalition.partyIds.length
                    ? v.coalition.partyIds
                        .map((id) => `${parties.find((p) => p.id === id)?.shortName ?? id} ${seats[id] ?? 0}`)
                        .join(', ')
                    : '—'}
                </td>
                <td>{describeResult(v.result)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </figure>
    </section>
  )
}

interface BoundaryState {
  failed: boolean
}

/** Keeps a failure in one panel from taking the page down; offers to try again. */
export class PanelBoundary extends Component<{ name: string; children: ReactNode }, BoundaryState> {
  state: BoundaryState = { failed: false }

  static getDerivedStateFromError(): BoundaryState {
    return { failed: true }
  }

  componentDidCatch(error: unknown) {
    console.error(`The ${this.props.name} panel failed:`, error)
  }

  render() {
    if (!this.state.failed) return this.props.children
    return (
      <div role="alert" className="panel-error">
        <p>{`The ${this.props.name} could not be drawn. The rest of the page still works.`}</p>
        <button type="button" onClick={() => this.setState({ failed: false })}>
          Try again
        </button>
      </div>
    )
  }
}

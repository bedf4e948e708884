import { ChartPanel } from './chart-panel'
import { Hemicycle } from './hemicycle'
import { PanelBoundary } from '../layout/panel-boundary'

/**
 * The scenario's picture: the hemicycle and the bars. It loads on its own, after the code a first
 * press needs: the built page carries it as HTML, which React takes over once this arrives.
 */
export function Picture() {
  return (
    <div className="picture">
      <PanelBoundary name="hemicycle">
        <Hemicycle />
      </PanelBoundary>
      <PanelBoundary name="chart">
        <ChartPanel />
      </PanelBoundary>
    </div>
  )
}

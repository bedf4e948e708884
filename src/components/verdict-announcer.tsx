import { useScenarioStore } from '../scenario/scenario-store'
import { useCoalitionViews } from '../scenario/selectors'
import { describeResult } from '../coalition/format'

/** Says the verdict of the coalition being edited, politely, whenever it changes. */
export function VerdictAnnouncer() {
  const activeId = useScenarioStore((s) => s.activeCoalitionId)
  const view = useCoalitionViews().find((v) => v.coalition.id === activeId)
  return (
    <p className="visually-hidden" aria-live="polite" aria-atomic="true">
      {view ? `${view.label}: ${describeResult(view.result)}` : ''}
    </p>
  )
}

import { describeResult } from '../../coalition/format'
import { useLocalizedCoalitionViews, useVerdictWords, useWithQuorum } from '../../i18n/use-names'
import { useT } from '../../i18n/use-t'
import { useScenarioStore } from '../../scenario/scenario-store'

/** Says the verdict of the coalition being edited, politely, whenever it changes. */
export function VerdictAnnouncer() {
  const { t } = useT()
  const words = useVerdictWords()
  const withQuorum = useWithQuorum()
  const activeId = useScenarioStore((s) => s.activeCoalitionId)
  const view = useLocalizedCoalitionViews().find((v) => v.coalition.id === activeId)
  return (
    <p className="visually-hidden" aria-live="polite" aria-atomic="true">
      {view
        ? t('verdict.announce', {
            name: view.label,
            verdict: withQuorum(describeResult(view.result, words), view.result.seats),
          })
        : ''}
    </p>
  )
}

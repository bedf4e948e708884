import { useEffect, useRef } from 'react'
import { useT } from '../../i18n/use-t'
import { useScenarioStore } from '../../scenario/scenario-store'
import { projectorView } from './projector-lazy'

/**
 * Switching view swaps the whole page, so the button the reader pressed is replaced by its twin in
 * the other layout. This flag lets the twin take the focus, so keyboard users stay where they were.
 */
let focusToggleOnMount = false

/** "Projector view" / "Leave projector view". The view is part of the scenario, so of the link. */
export function ProjectorToggle() {
  const { t } = useT()
  const view = useScenarioStore((s) => s.view)
  const setView = useScenarioStore((s) => s.setView)
  const ref = useRef<HTMLButtonElement>(null)

  useEffect(() => {
    if (!focusToggleOnMount) return
    focusToggleOnMount = false
    ref.current?.focus()
  }, [])

  const inProjector = view === 'projector'
  return (
    <button
      type="button"
      ref={ref}
      className="projector-toggle"
      onClick={() => {
        // The projector view's code first (a failure shows in its place), then the switch.
        const ready = inProjector ? Promise.resolve() : projectorView.preload().catch(() => {})
        void ready.then(() => {
          focusToggleOnMount = true
          setView(inProjector ? 'standard' : 'projector')
        })
      }}
    >
      {inProjector ? t('projector.leave') : t('projector.enter')}
    </button>
  )
}

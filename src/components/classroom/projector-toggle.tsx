import { useEffect, useRef } from 'react'
import { useT } from '../../i18n/use-t'
import { useScenarioStore } from '../../scenario/scenario-store'

/**
 * Switching view swaps the whole page, so the button the reader pressed is replaced by its twin in
 * the other layout. This flag lets the twin take the focus, so keyboard users stay where they were.
 */
let focusToggleOnMount = false

/** "Projector view" / "Leave projector view". The view is part of the scenario, so of the link. */
export function ProjectorToggle() {
  const { t } = useT('classroom')
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
        focusToggleOnMount = true
        setView(inProjector ? 'standard' : 'projector')
      }}
    >
      {inProjector ? t('projector.leave') : t('projector.enter')}
    </button>
  )
}

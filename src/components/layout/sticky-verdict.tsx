import { type RefObject, useEffect, useState } from 'react'
import { formatMargin } from '../../coalition/format'
import { useLocalizedCoalitionViews, useVerdictWords } from '../../i18n/use-names'
import { useT } from '../../i18n/use-t'
import { useScenarioStore } from '../../scenario/scenario-store'
import { useChamber } from '../../scenario/selectors'
import { Meter } from '../builder/coalition-overview'

/**
 * A compact verdict pinned to the bottom of the screen while the overview is scrolled out of view,
 * so pressing the 30th list still shows its effect: name, seats, distance to the line, a small bar.
 */
export function StickyVerdict({ watch }: { watch: RefObject<HTMLElement | null> }) {
  const { t, num } = useT()
  const words = useVerdictWords()
  const views = useLocalizedCoalitionViews()
  const { totalSeats, majority } = useChamber()
  const activeId = useScenarioStore((s) => s.activeCoalitionId)
  const active = views.find((v) => v.coalition.id === activeId)
  const shown = useOutOfView(watch)

  if (!shown || !active) return null
  const { result } = active
  return (
    <aside
      className={`sticky-verdict ${result.hasMajority ? 'is-majority' : 'is-short'}`}
      aria-label={t('overview.pinned')}
      data-verdict={result.seats}
    >
      <span className="sticky-name">
        <bdi>{active.label}</bdi>
      </span>
      <span className="sticky-figures">
        <span aria-hidden="true">{result.hasMajority ? '✔' : '✖'}</span>{' '}
        <strong>{num(result.seats)}</strong> / {num(majority)} · {formatMargin(result, words)}
      </span>
      <Meter result={result} totalSeats={totalSeats} majority={majority} />
    </aside>
  )
}

/** True while the element is wholly outside the viewport (never on the server or without observers). */
function useOutOfView(ref: RefObject<HTMLElement | null>): boolean {
  const [out, setOut] = useState(false)
  useEffect(() => {
    const element = ref.current
    if (!element || typeof IntersectionObserver === 'undefined') return
    const observer = new IntersectionObserver(([entry]) => setOut(!entry?.isIntersecting), {
      threshold: 0,
    })
    observer.observe(element)
    return () => observer.disconnect()
  }, [ref])
  return out
}

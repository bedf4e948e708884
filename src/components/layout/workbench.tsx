import { type KeyboardEvent, type ReactNode, Suspense, useRef, useState } from 'react'
import { useT } from '../../i18n/use-t'

export interface WorkbenchTab {
  id: string
  label: string
  /** The panel, rendered only while its tab is chosen (so its code and work wait until then). */
  render: () => ReactNode
}

/**
 * Everything beyond the first screen, one tab at a time: coalition details, analysis, classroom,
 * What if, sharing and sources. The WAI-ARIA tabs pattern: ←/→ (mirrored in Arabic), Home and End
 * move between tabs, and the chosen panel follows at once.
 */
export function Workbench({ tabs, initial }: { tabs: readonly WorkbenchTab[]; initial?: string }) {
  const { t, locale } = useT()
  const [chosen, setChosen] = useState(initial ?? tabs[0]?.id)
  const refs = useRef(new Map<string, HTMLButtonElement>())
  const current = tabs.find((tab) => tab.id === chosen) ?? tabs[0]
  if (!current) return null

  const choose = (index: number) => {
    const tab = tabs[(index + tabs.length) % tabs.length]
    if (!tab) return
    setChosen(tab.id)
    refs.current.get(tab.id)?.focus()
  }
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = tabs.indexOf(current)
    const forward = locale === 'ar' ? 'ArrowLeft' : 'ArrowRight'
    const back = locale === 'ar' ? 'ArrowRight' : 'ArrowLeft'
    const to =
      event.key === forward
        ? index + 1
        : event.key === back
          ? index - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? tabs.length - 1
              : null
    if (to === null) return
    event.preventDefault()
    choose(to)
  }

  return (
    <section className="workbench" aria-label={t('workbench.label')}>
      <div role="tablist" className="workbench-tabs" onKeyDown={onKeyDown}>
        {tabs.map((tab) => {
          const selected = tab.id === current.id
          return (
            <button
              key={tab.id}
              ref={(el) => {
                if (el) refs.current.set(tab.id, el)
                else refs.current.delete(tab.id)
              }}
              type="button"
              role="tab"
              id={`tab-${tab.id}`}
              aria-selected={selected}
              aria-controls={`tabpanel-${tab.id}`}
              tabIndex={selected ? 0 : -1}
              onClick={() => setChosen(tab.id)}
            >
              {tab.label}
            </button>
          )
        })}
      </div>
      <div
        role="tabpanel"
        id={`tabpanel-${current.id}`}
        aria-labelledby={`tab-${current.id}`}
        className="workbench-panel"
      >
        <Suspense fallback={<p className="hint">{t('workbench.loading')}</p>}>
          {current.render()}
        </Suspense>
      </div>
    </section>
  )
}

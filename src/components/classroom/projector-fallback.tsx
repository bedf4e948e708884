import type { ReactNode } from 'react'
import { describeResult } from '../../coalition/format'
import { electionTitle } from '../../i18n/names'
import { useLocalizedCoalitionViews, useVerdictWords, useWithQuorum } from '../../i18n/use-names'
import { useT } from '../../i18n/use-t'
import { useScenarioStore } from '../../scenario/scenario-store'
import { useElection } from '../../scenario/selectors'
import './projector.css'

/*
 * The projector view's title bar and verdict (see projector-view.tsx). The view loads before the
 * page switches to it, so nothing stands in for it while it loads.
 */

/** The name of the app and of the parliament shown, in the projector's top bar. */
export function ProjectorTitleBar({ children }: { children?: ReactNode }) {
  const { t: tc, locale } = useT()
  const election = useElection()
  const title = election ? electionTitle(election, locale) : null
  return (
    <header className="projector-bar">
      <p className="projector-title">
        <strong>{tc('app.name')}</strong>{' '}
        {title && <span lang={title.lang === locale ? undefined : title.lang}>{title.text}</span>}
      </p>
      {children}
    </header>
  )
}

/**
 * The verdict in the largest type on the page: of the coalition being edited, or, when there are
 * several (a story step's rivals, a link's), of every coalition side by side with its seats and
 * margin, so a room can compare them on one screen. The one being edited is marked.
 */
export function ProjectorVerdict() {
  const { t } = useT()
  const words = useVerdictWords()
  const withQuorum = useWithQuorum()
  const activeId = useScenarioStore((s) => s.activeCoalitionId)
  const views = useLocalizedCoalitionViews()
  if (views.length > 1) {
    return (
      <ul className="projector-verdicts" aria-label={t('projector.compare')}>
        {views.map(({ coalition, label, result }) => (
          <li
            key={coalition.id}
            className={`projector-verdict is-compared ${result.hasMajority ? 'is-majority' : 'is-short'}${coalition.id === activeId ? ' is-active' : ''}`}
            aria-current={coalition.id === activeId ? 'true' : undefined}
          >
            <span className="projector-verdict-name">{label}</span>{' '}
            <span className="projector-verdict-result">
              <span aria-hidden="true">{result.hasMajority ? '✔ ' : '✖ '}</span>
              {withQuorum(describeResult(result, words), result.seats)}
            </span>
          </li>
        ))}
      </ul>
    )
  }
  const active = views.find((v) => v.coalition.id === activeId)
  if (!active) return <p className="projector-verdict">{t('projector.noCoalition')}</p>
  const { result } = active
  return (
    <p className={`projector-verdict ${result.hasMajority ? 'is-majority' : 'is-short'}`}>
      <span className="projector-verdict-name">{active.label}</span>{' '}
      <span className="projector-verdict-result">
        <span aria-hidden="true">{result.hasMajority ? '✔ ' : '✖ '}</span>
        {withQuorum(describeResult(result, words), result.seats)}
      </span>
    </p>
  )
}

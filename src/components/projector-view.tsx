import { describeResult } from '../coalition/format'
import { electionTitle } from '../i18n/names'
import { useLocalizedCoalitionViews, useVerdictWords } from '../i18n/use-names'
import { useT } from '../i18n/use-t'
import { useScenarioStore } from '../scenario/scenario-store'
import { useElection } from '../scenario/selectors'
import { ChallengePanel, ChallengeStatus } from './challenge-panel'
import { CoalitionPanel } from './coalition-panel'
import { DisplaySettings } from './display-settings'
import { Hemicycle } from './hemicycle'
import { LinkNotice } from './link-notice'
import { PartyList } from './party-list'
import { ProjectorToggle } from './projector-toggle'
import { QrLink } from './qr-link'
import { StoryPlayer } from './story-player'
import { VerdictAnnouncer } from './verdict-announcer'
import './classroom.css'

/**
 * The classroom presentation: large type, high contrast, the chamber and the verdict across the
 * whole first screen; the story above them; the lists and coalitions below, reachable by keyboard.
 */
export function ProjectorView() {
  const { t } = useT('classroom')
  const { t: tc, locale } = useT()
  const election = useElection()
  const title = election ? electionTitle(election, locale) : null
  return (
    <div className="projector">
      <a className="skip-link" href="#projector-controls">
        {tc('app.skipToLists')}
      </a>
      <LinkNotice />
      <div className="projector-screen">
        <header className="projector-bar">
          <p className="projector-title">
            <strong>{tc('app.name')}</strong>{' '}
            {title && (
              <span lang={title.lang === locale ? undefined : title.lang}>{title.text}</span>
            )}
          </p>
          <div className="projector-actions">
            <QrLink />
            <ProjectorToggle />
          </div>
        </header>
        <StoryPlayer compact />
        <main id="main" className="projector-main">
          <Hemicycle variant="projector" />
          <ProjectorVerdict />
          <ChallengeStatus />
        </main>
      </div>
      <section
        id="projector-controls"
        className="projector-controls"
        aria-label={t('projector.controls')}
      >
        <PartyList />
        <CoalitionPanel />
        <ChallengePanel />
        <DisplaySettings />
      </section>
      <VerdictAnnouncer />
    </div>
  )
}

/** The verdict of the coalition being edited, in the largest type on the page. */
function ProjectorVerdict() {
  const { t } = useT('classroom')
  const words = useVerdictWords()
  const activeId = useScenarioStore((s) => s.activeCoalitionId)
  const active = useLocalizedCoalitionViews().find((v) => v.coalition.id === activeId)
  if (!active) return <p className="projector-verdict">{t('projector.noCoalition')}</p>
  const { result } = active
  return (
    <p className={`projector-verdict ${result.hasMajority ? 'is-majority' : 'is-short'}`}>
      <span className="projector-verdict-name">{active.label}</span>{' '}
      <span className="projector-verdict-result">
        <span aria-hidden="true">{result.hasMajority ? '✔ ' : '✖ '}</span>
        {describeResult(result, words)}
      </span>
    </p>
  )
}

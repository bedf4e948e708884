import { useT } from '../../i18n/use-t'
import { ChallengePanel, ChallengeStatus } from './challenge-panel'
import { CoalitionPanel } from '../builder/coalition-panel'
import { DisplaySettings } from '../layout/display-settings'
import { Hemicycle } from '../charts/hemicycle'
import { LinkNotice } from '../share/link-notice'
import { PartyList } from '../builder/party-list'
import { ProjectorTitleBar, ProjectorVerdict } from './projector-fallback'
import { ProjectorToggle } from './projector-toggle'
import { QrLink } from './qr-link'
import { StoryPlayer } from './story-player'
import { VerdictAnnouncer } from '../layout/verdict-announcer'
import './classroom.css'
import './projector.css'

/**
 * The classroom presentation: large type, high contrast, the chamber and the verdict across the
 * whole first screen; the story above them; the lists and coalitions below, reachable by keyboard.
 */
export function ProjectorView() {
  const { t: tc } = useT()
  return (
    <div className="projector">
      <a className="skip-link" href="#projector-controls">
        {tc('app.skipToLists')}
      </a>
      <LinkNotice />
      <div className="projector-screen">
        <ProjectorTitleBar>
          <div className="projector-actions">
            <QrLink />
            <ProjectorToggle />
          </div>
        </ProjectorTitleBar>
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
        aria-label={tc('projector.controls')}
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

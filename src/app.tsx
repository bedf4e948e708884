import { AnalysisPanel } from './components/analysis-panel'
import { ChamberSummary } from './components/chamber-summary'
import { ChallengePanel } from './components/challenge-panel'
import { ChartPanel } from './components/chart-panel'
import { CoalitionPanel } from './components/coalition-panel'
import { Hemicycle } from './components/hemicycle'
import { LinkNotice } from './components/link-notice'
import { OfflineStatus } from './components/offline-status'
import { PanelBoundary } from './components/panel-boundary'
import { PartyList } from './components/party-list'
import { PrintSheet } from './components/print-sheet'
import { ProjectorToggle } from './components/projector-toggle'
import { ProjectorView } from './components/projector-view'
import { RecentScenarios, StorageNotice } from './components/recent-scenarios'
import { ShareLinks } from './components/share-panel'
import { ScenarioToolbar } from './components/scenario-toolbar'
import { SiteHeader } from './components/site-header'
import { SourcesPanel } from './components/sources-panel'
import { StoryPlayer } from './components/story-player'
import { VerdictAnnouncer } from './components/verdict-announcer'
import { WhatIfPanel } from './components/what-if-panel'
import { catalog } from './elections/catalog'
import { useT } from './i18n/use-t'
import { useScenarioStore } from './scenario/scenario-store'
import { useElection } from './scenario/selectors'

/** Page layout only. */
export function App() {
  const election = useElection()
  const view = useScenarioStore((s) => s.view)
  if (!election) return <DataError errors={catalog.errors} />
  if (view === 'projector') {
    return (
      <>
        <PanelBoundary name="projector">
          <ProjectorView />
        </PanelBoundary>
        <PanelBoundary name="print">
          <PrintSheet />
        </PanelBoundary>
      </>
    )
  }
  return (
    <>
      <PanelBoundary name="header">
        <SiteHeader />
      </PanelBoundary>
      <LinkNotice />
      <StorageNotice />
      <PanelBoundary name="summary">
        <ChamberSummary />
      </PanelBoundary>
      <PanelBoundary name="toolbar">
        <ScenarioToolbar />
      </PanelBoundary>
      <PanelBoundary name="share">
        <ShareLinks />
      </PanelBoundary>
      <PanelBoundary name="story">
        <StoryPlayer actions={<ProjectorToggle />} />
      </PanelBoundary>
      <PanelBoundary name="challenge">
        <ChallengePanel />
      </PanelBoundary>
      <main id="main" className="layout">
        <PanelBoundary name="lists">
          <PartyList />
        </PanelBoundary>
        <div className="right-column">
          <PanelBoundary name="coalitions">
            <CoalitionPanel />
          </PanelBoundary>
          <PanelBoundary name="hemicycle">
            <Hemicycle />
          </PanelBoundary>
          <PanelBoundary name="chart">
            <ChartPanel />
          </PanelBoundary>
          <PanelBoundary name="analysis">
            <AnalysisPanel />
          </PanelBoundary>
        </div>
      </main>
      <PanelBoundary name="whatIf">
        <WhatIfPanel />
      </PanelBoundary>
      <footer>
        <PanelBoundary name="sources">
          <SourcesPanel />
        </PanelBoundary>
        <PanelBoundary name="recent">
          <RecentScenarios />
        </PanelBoundary>
        <OfflineStatus />
      </footer>
      <PanelBoundary name="announcer">
        <VerdictAnnouncer />
      </PanelBoundary>
      <PanelBoundary name="print">
        <PanelBoundary name="print">
          <PrintSheet />
        </PanelBoundary>
      </PanelBoundary>
    </>
  )
}

/** Shown instead of the app when the shipped data cannot be read. */
export function DataError({ errors }: { errors: readonly string[] }) {
  const { t } = useT()
  return (
    <main className="data-error" role="alert">
      <h1>{t('dataError.title')}</h1>
      <p>{t('dataError.body')}</p>
      <ul>
        {(errors.length ? errors : [t('dataError.none')]).slice(0, 20).map((e) => (
          <li key={e}>
            <code>{e}</code>
          </li>
        ))}
      </ul>
    </main>
  )
}

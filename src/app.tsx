import { Suspense } from 'react'
import { AnalysisPanel } from './components/analysis-panel'
import { ChamberSummary } from './components/chamber-summary'
import { ChartPanel } from './components/chart-panel'
import { CoalitionPanel } from './components/coalition-panel'
import { Hemicycle } from './components/hemicycle'
import { LinkNotice } from './components/link-notice'
import { OfflineStatus } from './components/offline-status'
import { PanelBoundary } from './components/panel-boundary'
import { PartyList } from './components/party-list'
import { PrintSheet } from './components/print-sheet'
import { ProjectorFallback } from './components/projector-fallback'
import { ProjectorToggle } from './components/projector-toggle'
import { RecentScenarios, StorageNotice } from './components/recent-scenarios'
import { ShareLinks } from './components/share-panel'
import { ScenarioToolbar } from './components/scenario-toolbar'
import { SiteHeader } from './components/site-header'
import { SourcesPanel } from './components/sources-panel'
import { StoryPlayer } from './components/story-player'
import { VerdictAnnouncer } from './components/verdict-announcer'
import { lazyWithRetry } from './components/lazy-with-retry'
import { catalog } from './elections/catalog'
import { useT } from './i18n/use-t'
import { useScenarioStore } from './scenario/scenario-store'
import { useElection } from './scenario/selectors'

// Panels not needed for the first click load on their own, after the lists are usable.
const ChallengePanel = lazyWithRetry<object>(() =>
  import('./components/challenge-panel').then((m) => ({ default: m.ChallengePanel })),
)
const ProjectorView = lazyWithRetry<object>(() =>
  import('./components/projector-view').then((m) => ({ default: m.ProjectorView })),
)
const WhatIfPanel = lazyWithRetry<object>(() =>
  import('./components/what-if-panel').then((m) => ({ default: m.WhatIfPanel })),
)

/** Page layout only. */
export function App() {
  const election = useElection()
  const view = useScenarioStore((s) => s.view)
  if (!election) return <DataError errors={catalog.errors} />
  if (view === 'projector') {
    return (
      <>
        <PanelBoundary name="projector">
          <Suspense fallback={<ProjectorFallback />}>
            <ProjectorView />
          </Suspense>
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
      <PanelBoundary name="challenge">
        <Suspense fallback={null}>
          <ChallengePanel />
        </Suspense>
      </PanelBoundary>
      <PanelBoundary name="whatIf">
        <Suspense fallback={null}>
          <WhatIfPanel />
        </Suspense>
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
        <PrintSheet />
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

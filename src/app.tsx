import { Suspense, useRef } from 'react'
import { ChartPanel } from './components/charts/chart-panel'
import { CoalitionOverview } from './components/builder/coalition-overview'
import { Hemicycle } from './components/charts/hemicycle'
import { LinkNotice } from './components/share/link-notice'
import { OfflineStatus } from './components/layout/offline-status'
import { PanelBoundary } from './components/layout/panel-boundary'
import { PartyList } from './components/builder/party-list'
import { PrintSheetWhenPrinting } from './components/classroom/print-when-printing'
import { StorageNotice } from './components/layout/storage-notice'
import { ProjectorFallback } from './components/classroom/projector-fallback'
import { ScenarioToolbar } from './components/layout/scenario-toolbar'
import { SiteHeader } from './components/layout/site-header'
import { StickyVerdict } from './components/layout/sticky-verdict'
import { VerdictAnnouncer } from './components/layout/verdict-announcer'
import { Workbench, type WorkbenchTab } from './components/layout/workbench'
import { lazyWithRetry } from './components/layout/lazy-with-retry'
import { catalog } from './elections/catalog'
import { withNamespaces } from './i18n/load-locale'
import { useT } from './i18n/use-t'
import { DeferredScenario, useScenarioStore } from './scenario/scenario-store'
import { useElection } from './scenario/selectors'

// Panels not needed for the first press load on their own, with their words, when their tab is
// opened (or, for the story and a challenge, when a link opens one).
const AnalysisPanel = lazyWithRetry<object>(
  withNamespaces(['analysis'], () =>
    import('./components/analysis/analysis-panel').then((m) => ({ default: m.AnalysisPanel })),
  ),
)
const ChallengePanel = lazyWithRetry<object>(() =>
  import('./components/classroom/challenge-panel').then((m) => ({ default: m.ChallengePanel })),
)
const ChallengeStatus = lazyWithRetry<object>(() =>
  import('./components/classroom/challenge-panel').then((m) => ({ default: m.ChallengeStatus })),
)
const CoalitionPanel = lazyWithRetry<object>(() =>
  import('./components/builder/coalition-panel').then((m) => ({ default: m.CoalitionPanel })),
)
const ProjectorView = lazyWithRetry<object>(() =>
  import('./components/classroom/projector-view').then((m) => ({ default: m.ProjectorView })),
)
const RecentScenarios = lazyWithRetry<object>(
  withNamespaces(['reliability'], () =>
    import('./components/share/recent-scenarios').then((m) => ({ default: m.RecentScenarios })),
  ),
)
const ShareLinks = lazyWithRetry<object>(
  withNamespaces(['share'], () =>
    import('./components/share/share-panel').then((m) => ({ default: m.ShareLinks })),
  ),
)
const SourcesPanel = lazyWithRetry<object>(() =>
  import('./components/layout/sources-panel').then((m) => ({ default: m.SourcesPanel })),
)
const StoryPlayer = lazyWithRetry<{ brief?: boolean }>(() =>
  import('./components/classroom/story-player').then((m) => ({ default: m.StoryPlayer })),
)
const WhatIfPanel = lazyWithRetry<object>(() =>
  import('./components/what-if/what-if-panel').then((m) => ({ default: m.WhatIfPanel })),
)

/**
 * Page layout only. Wrappers marked `data-scenario-view` hold what the scenario draws: while a
 * built page waits to show another scenario than its own they are hidden, keeping their size
 * (see src/prerender-page.ts and src/prerender.css).
 */
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
          <PrintSheetWhenPrinting />
        </PanelBoundary>
      </>
    )
  }
  return <StandardView />
}

/**
 * The first screen is the scenario: the coalition being edited with its verdict, every other
 * coalition as a row, and the picture (hemicycle and bars); the lists beside it on a wide screen,
 * below it on a phone. Everything else waits behind the tabs below the picture.
 */
function StandardView() {
  const overviewRef = useRef<HTMLElement>(null)
  const storyStep = useScenarioStore((s) => s.storyStep)
  const challengeId = useScenarioStore((s) => s.challengeId)
  // The classroom tab opens first while a challenge is on.
  const initialTab = challengeId ? 'classroom' : 'coalitions'
  const tabs = useWorkbenchTabs()
  return (
    <>
      <div data-scenario-view="header">
        <PanelBoundary name="header">
          <SiteHeader />
        </PanelBoundary>
      </div>
      <LinkNotice />
      <StorageNotice />
      <div data-scenario-view="main">
        <main id="main" className="stage">
          <div className="stage-result">
            {storyStep !== null && (
              <PanelBoundary name="story">
                <Suspense fallback={null}>
                  <StoryPlayer brief />
                </Suspense>
              </PanelBoundary>
            )}
            {challengeId !== null && (
              <PanelBoundary name="challenge">
                <Suspense fallback={null}>
                  <ChallengeStatus />
                </Suspense>
              </PanelBoundary>
            )}
            <PanelBoundary name="coalitions">
              <CoalitionOverview ref={overviewRef} />
            </PanelBoundary>
            <DeferredScenario>
              <div className="picture">
                <PanelBoundary name="hemicycle">
                  <Hemicycle />
                </PanelBoundary>
                <PanelBoundary name="chart">
                  <ChartPanel />
                </PanelBoundary>
              </div>
            </DeferredScenario>
            <PanelBoundary name="toolbar">
              <ScenarioToolbar
                share={
                  <PanelBoundary name="share">
                    <Suspense fallback={null}>
                      <ShareLinks />
                    </Suspense>
                  </PanelBoundary>
                }
              />
            </PanelBoundary>
          </div>
          <div className="stage-lists" id="lists" tabIndex={-1}>
            <PanelBoundary name="lists">
              <PartyList />
            </PanelBoundary>
          </div>
          <div className="stage-bench">
            {/* Not deferred: its text fields must show every keystroke as typed. */}
            <Workbench key={initialTab} tabs={tabs} initial={initialTab} />
          </div>
        </main>
      </div>
      <footer>
        <PanelBoundary name="sources">
          <Suspense fallback={null}>
            <SourcesPanel />
          </Suspense>
        </PanelBoundary>
        <PanelBoundary name="recent">
          <Suspense fallback={null}>
            <RecentScenarios />
          </Suspense>
        </PanelBoundary>
        <OfflineStatus />
      </footer>
      <StickyVerdict watch={overviewRef} />
      <PanelBoundary name="announcer">
        <VerdictAnnouncer />
      </PanelBoundary>
      <PanelBoundary name="print">
        <PrintSheetWhenPrinting />
      </PanelBoundary>
    </>
  )
}

function useWorkbenchTabs(): WorkbenchTab[] {
  const { t } = useT()
  const storyStep = useScenarioStore((s) => s.storyStep)
  return [
    {
      id: 'coalitions',
      label: t('workbench.coalitions'),
      render: () => (
        <PanelBoundary name="coalitions">
          <CoalitionPanel />
        </PanelBoundary>
      ),
    },
    {
      id: 'analysis',
      label: t('workbench.analysis'),
      render: () => (
        <PanelBoundary name="analysis">
          <AnalysisPanel />
        </PanelBoundary>
      ),
    },
    {
      id: 'classroom',
      label: t('workbench.classroom'),
      render: () => (
        <>
          {storyStep === null && (
            <PanelBoundary name="story">
              <StoryPlayer />
            </PanelBoundary>
          )}
          <PanelBoundary name="challenge">
            <ChallengePanel />
          </PanelBoundary>
        </>
      ),
    },
    {
      id: 'whatif',
      label: t('workbench.whatIf'),
      render: () => (
        <PanelBoundary name="whatIf">
          <WhatIfPanel />
        </PanelBoundary>
      ),
    },
  ]
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

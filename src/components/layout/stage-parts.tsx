/**
 * The parts of the first screen around the scenario that its first press does not need, with the
 * panels they load: the toolbar under the picture with its sharing buttons, the tabs below it with
 * their panels, and the footer (sources, recent scenarios, offline status). In the chunk loaded
 * after the first screen's code (see controls.ts).
 */
import { Suspense } from 'react'
import { withNamespaces } from '../../i18n/load-locale'
import { useT } from '../../i18n/use-t'
import { useScenarioStore } from '../../scenario/scenario-store'
import { challengePanel } from '../classroom/classroom-lazy'
import { lazyWithRetry } from './lazy-with-retry'
import { OfflineStatus } from './offline-status'
import { PanelBoundary } from './panel-boundary'
import { ScenarioToolbar } from './scenario-toolbar'
import { ShareLinks } from '../share/share-panel'
import { Workbench, type WorkbenchTab } from './workbench'

// The panels load on their own, with their words, when their tab is opened (the coalition panel,
// in the tab open at first, with the rest of this chunk's parts).
const AnalysisPanel = lazyWithRetry<object>(
  withNamespaces(['analysis'], () =>
    import('../analysis/analysis-panel').then((m) => ({ default: m.AnalysisPanel })),
  ),
)
const ChallengePanel = challengePanel.Component
const CoalitionPanel = lazyWithRetry<object>(() =>
  import('../builder/coalition-panel').then((m) => ({ default: m.CoalitionPanel })),
)
const RecentScenarios = lazyWithRetry<object>(
  withNamespaces(['reliability'], () =>
    import('../share/recent-scenarios').then((m) => ({ default: m.RecentScenarios })),
  ),
)
const SourcesPanel = lazyWithRetry<object>(() =>
  import('./sources-panel').then((m) => ({ default: m.SourcesPanel })),
)
const StoryPlayer = lazyWithRetry<{ brief?: boolean }>(
  withNamespaces(['classroom'], () =>
    import('../classroom/story-player').then((m) => ({ default: m.StoryPlayer })),
  ),
)
const WhatIfPanel = lazyWithRetry<object>(
  withNamespaces(['whatif'], () =>
    import('../what-if/what-if-panel').then((m) => ({ default: m.WhatIfPanel })),
  ),
)

/**
 * Undo, reset, projector, seat figures, and the sharing buttons: with the rest of this chunk, so
 * they are in the built page and nothing moves when they are taken over (their words load with the
 * chunk, see controls-lazy.ts).
 */
export function StageToolbar() {
  return (
    <ScenarioToolbar
      share={
        <PanelBoundary name="share">
          <ShareLinks />
        </PanelBoundary>
      }
    />
  )
}

/** The tabs below the picture; the classroom tab opens first while a challenge is on. */
export function StageWorkbench() {
  const challengeId = useScenarioStore((s) => s.challengeId)
  const initialTab = challengeId ? 'classroom' : 'coalitions'
  const tabs = useWorkbenchTabs()
  return <Workbench key={initialTab} tabs={tabs} initial={initialTab} />
}

/** Sources, recent scenarios and whether the app works offline. */
export function StageFooter() {
  return (
    <>
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

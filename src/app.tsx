import { Suspense, useRef } from 'react'
import { CoalitionOverview } from './components/builder/coalition-overview'
import { PanelBoundary } from './components/layout/panel-boundary'
import { embedView } from './components/layout/embed-lazy'
import { PartyList } from './components/builder/party-list'
import {
  LinkNotice,
  PrintSheetWhenPrinting,
  SiteHeader,
  StageFooter,
  StageToolbar,
  StageWorkbench,
  StickyVerdict,
  StorageNotice,
  VerdictAnnouncer,
} from './components/layout/controls-lazy'
import { challengeStatus, storyPlayer } from './components/classroom/classroom-lazy'
import { picture } from './components/charts/picture-lazy'
import { projectorView } from './components/classroom/projector-lazy'
import { catalog } from './elections/catalog'
import { useT } from './i18n/use-t'
import { DeferredScenario, useScenarioStore } from './scenario/scenario-store'
import { useElection } from './scenario/selectors'
import { framedByAnotherSite } from './components/layout/framing'

const Picture = picture.Component
const ProjectorView = projectorView.Component
const EmbedView = embedView.Component

const StoryPlayer = storyPlayer.Component
const ChallengeStatus = challengeStatus.Component

/**
 * Page layout only. Wrappers marked `data-scenario-view` hold what the scenario draws: while a
 * built page waits to show another scenario than its own they are hidden, keeping their size
 * (see src/prerender-page.ts and src/prerender.css).
 */
export function App() {
  const election = useElection()
  const view = useScenarioStore((s) => s.view)
  if (!election) return <DataError errors={catalog.errors} />
  if (view !== 'embed' && framedByAnotherSite()) return <FramedNotice />
  if (view === 'embed') {
    return (
      <PanelBoundary name="embed">
        {/* Loaded before the first render of an embed (see embed-lazy.ts). */}
        <Suspense fallback={null}>
          <EmbedView />
        </Suspense>
      </PanelBoundary>
    )
  }
  if (view === 'projector') {
    return (
      <>
        <PanelBoundary name="projector">
          {/* Loaded before the view switches to it (see projector-lazy.ts). */}
          <Suspense fallback={null}>
            <ProjectorView />
          </Suspense>
        </PanelBoundary>
        <PanelBoundary name="print">
          <Suspense fallback={null}>
            <Suspense fallback={null}>
              <PrintSheetWhenPrinting />
            </Suspense>
          </Suspense>
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
  return (
    <>
      <div data-scenario-view="header">
        <PanelBoundary name="header">
          <Suspense fallback={null}>
            <SiteHeader />
          </Suspense>
        </PanelBoundary>
      </div>
      <Suspense fallback={null}>
        <LinkNotice />
        <StorageNotice />
      </Suspense>
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
              <PanelBoundary name="picture">
                <Suspense fallback={<div className="picture" aria-busy="true" />}>
                  <Picture />
                </Suspense>
              </PanelBoundary>
            </DeferredScenario>
            <PanelBoundary name="toolbar">
              <Suspense fallback={null}>
                <StageToolbar />
              </Suspense>
            </PanelBoundary>
          </div>
          <div className="stage-lists" id="lists" tabIndex={-1}>
            <PanelBoundary name="lists">
              <PartyList />
            </PanelBoundary>
          </div>
          <div className="stage-bench">
            {/* Not deferred: its text fields must show every keystroke as typed. */}
            <PanelBoundary name="tabs">
              <Suspense fallback={null}>
                <StageWorkbench />
              </Suspense>
            </PanelBoundary>
          </div>
        </main>
      </div>
      {/* Hidden with the rest while another view (e.g. the embed view) is about to be drawn. */}
      <div data-scenario-view="footer">
        <footer>
          <Suspense fallback={null}>
            <StageFooter />
          </Suspense>
        </footer>
      </div>
      <Suspense fallback={null}>
        <StickyVerdict watch={overviewRef} />
      </Suspense>
      <PanelBoundary name="announcer">
        <Suspense fallback={null}>
          <VerdictAnnouncer />
        </Suspense>
      </PanelBoundary>
      <PanelBoundary name="print">
        <Suspense fallback={null}>
          <PrintSheetWhenPrinting />
        </Suspense>
      </PanelBoundary>
    </>
  )
}

/** Shown instead of the app when the shipped data cannot be read. */
/** What the full app shows in another site's frame: a link that opens it in its own tab. */
export function FramedNotice() {
  const { t } = useT()
  return (
    <main className="data-error">
      <h1>{t('framed.title')}</h1>
      <p>{t('framed.body')}</p>
      <p>
        <a href={window.location.href} target="_blank" rel="noopener">
          {t('framed.open')}
        </a>
      </p>
    </main>
  )
}

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

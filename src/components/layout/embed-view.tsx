import { Suspense, useEffect, useRef } from 'react'
import { CoalitionOverview } from '../builder/coalition-overview'
import { PartyList } from '../builder/party-list'
import { picture } from '../charts/picture-lazy'
import { useT } from '../../i18n/use-t'
import { pickScenario, useScenarioStore } from '../../scenario/scenario-store'
import { scenarioLink } from '../../scenario/url-sync'
import { LinkNotice, VerdictAnnouncer } from './controls-lazy'
import { startHeightMessages } from './embed-height'
import { PanelBoundary } from './panel-boundary'
import './embed.css'

const Picture = picture.Component

/**
 * The app inside another site's `<iframe>` (`vw=embed`): the coalitions with the verdict, the
 * picture and the lists, and a link that opens the same scenario in the full app in a new tab.
 * No header, settings, tabs or footer. Its height is posted to the parent (embed-height.ts).
 */
export function EmbedView() {
  const { t } = useT()
  const rootRef = useRef<HTMLDivElement>(null)
  // The full app: the same scenario in the standard view.
  const fullLink = useScenarioStore((s) => scenarioLink({ ...pickScenario(s), view: 'standard' }))

  useEffect(() => {
    const root = rootRef.current
    return root ? startHeightMessages(root) : undefined
  }, [])

  return (
    <div className="embed" ref={rootRef}>
      <Suspense fallback={null}>
        <LinkNotice />
      </Suspense>
      <main id="main" className="embed-main">
        <div className="embed-bar">
          <h1 className="embed-title">{t('app.name')}</h1>
          <a className="embed-open" href={fullLink} target="_blank" rel="noopener">
            {t('embed.open')} <span className="visually-hidden">{t('embed.newTab')}</span>
            <span aria-hidden="true"> ↗</span>
          </a>
        </div>
        <div className="embed-result">
          <PanelBoundary name="coalitions">
            <CoalitionOverview />
          </PanelBoundary>
          <PanelBoundary name="picture">
            <Suspense fallback={<div className="picture" aria-busy="true" />}>
              <Picture />
            </Suspense>
          </PanelBoundary>
        </div>
        <div className="embed-lists">
          <PanelBoundary name="lists">
            <PartyList />
          </PanelBoundary>
        </div>
      </main>
      <PanelBoundary name="announcer">
        <Suspense fallback={null}>
          <VerdictAnnouncer />
        </Suspense>
      </PanelBoundary>
    </div>
  )
}

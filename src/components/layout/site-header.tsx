import type { MouseEvent } from 'react'
import { electionTitle } from '../../i18n/names'
import { useT } from '../../i18n/use-t'
import { tableTrust } from '../../elections/thresholds'
import { useElection, useVersion } from '../../scenario/selectors'
import { ElectionSelect } from './election-select'
import { SettingsMenu } from './settings-menu'

/**
 * The skip link, the title in the reader's language, the parliament shown (its year) and the
 * settings menu.
 */
export function SiteHeader() {
  const { t, locale } = useT()
  const election = useElection()
  const title = election ? electionTitle(election, locale) : null
  const version = useVersion()
  const trust = election && version ? tableTrust(election, version.id).level : 'high'
  return (
    <>
      <a className="skip-link" href="#lists" onClick={skipToLists}>
        {t('app.skipToLists')}
      </a>
      <header className="site-header">
        <div className="site-title">
          <h1>
            {t('app.name')} <span className="muted tagline">· {t('app.tagline')}</span>
          </h1>
          <div className="subtitle-line">
            <ElectionSelect />
            {title && (
              <p className="subtitle" lang={title.lang === locale ? undefined : title.lang}>
                {title.text}
                {trust !== 'high' && (
                  <span lang={title.lang === locale ? undefined : locale}>
                    {' · '}
                    {t('sources.headerNote', { level: t(`sources.level.${trust}`) })}
                  </span>
                )}
              </p>
            )}
          </div>
        </div>
        <SettingsMenu />
      </header>
    </>
  )
}

/**
 * Moves the focus to the lists without writing `#lists` into the address, which is the scenario's
 * link and is copied as it stands.
 */
function skipToLists(event: MouseEvent<HTMLAnchorElement>) {
  const target = document.getElementById('lists')
  if (!target) return
  event.preventDefault()
  target.focus({ preventScroll: true })
  target.scrollIntoView({ block: 'start' })
}

import { electionTitle } from '../i18n/names'
import { useT } from '../i18n/use-t'
import { useElection } from '../scenario/selectors'
import { DisplaySettings } from './display-settings'

/** The skip link, the title in the reader's language, and the display settings. */
export function SiteHeader() {
  const { t, locale } = useT()
  const election = useElection()
  const title = election ? electionTitle(election, locale) : null
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToLists')}
      </a>
      <header className="site-header">
        <div className="site-title">
          <h1>
            {t('app.name')} <span className="muted">· {t('app.tagline')}</span>
          </h1>
          {title && (
            <p className="subtitle" lang={title.lang === locale ? undefined : title.lang}>
              {title.text}
            </p>
          )}
        </div>
        <DisplaySettings />
      </header>
    </>
  )
}

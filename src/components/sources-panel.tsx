import { textLang, versionLabel } from '../i18n/names'
import { useT } from '../i18n/use-t'
import { useElection, useVersion } from '../scenario/selectors'

/**
 * Where the figures shown come from, and what is uncertain about them. The data's prose (version
 * descriptions, uncertainties, source titles) exists in English only: in another language it is
 * shown as it is, marked with its language.
 */
export function SourcesPanel() {
  const { t, date, locale } = useT()
  const election = useElection()
  const version = useVersion()
  if (!election || !version) return null
  const byId = new Map(election.sources.map((s) => [s.id, s]))
  const label = versionLabel(version, locale)
  const langOf = (text: string) => {
    const lang = textLang(text)
    return lang === locale ? undefined : lang
  }
  const englishNote =
    locale === 'en' ? null : <span className="muted"> {t('sources.inEnglish')}</span>
  return (
    <section aria-labelledby="sources-heading" className="panel sources-panel">
      <h2 id="sources-heading">{t('sources.heading', { version: label.text.toLowerCase() })}</h2>
      <p>
        <span lang={langOf(version.description)}>{version.description}</span>
        {langOf(version.description) && englishNote}
      </p>
      <ul className="source-list">
        {version.sourceIds.map((id) => {
          const s = byId.get(id)
          if (!s) return null
          const text = `${s.publisher ?? new URL(s.url).hostname}${s.title ? `: ${s.title}` : ''}`
          return (
            <li key={id}>
              <a
                href={s.url}
                rel="noreferrer noopener"
                target="_blank"
                lang={langOf(text)}
                dir="auto"
              >
                {text}
              </a>
              {s.date && <span className="muted"> ({date(s.date)})</span>}
            </li>
          )
        })}
      </ul>
      <details>
        <summary>{t('sources.uncertain')}</summary>
        {locale !== 'en' && <p className="muted">{t('sources.inEnglish')}</p>}
        <ul lang={locale === 'en' ? undefined : 'en'} dir="ltr">
          {election.uncertainties.map((u) => (
            <li key={u}>{u}</li>
          ))}
        </ul>
        {election.chamberNote && (
          <p className="muted" lang={langOf(election.chamberNote)} dir="auto">
            {election.chamberNote}
          </p>
        )}
      </details>
    </section>
  )
}

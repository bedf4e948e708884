import type { LocalizedText } from '../../i18n/names'
import { partyShortName, textLang, versionLabel } from '../../i18n/names'
import { tableTrust } from '../../elections/thresholds'
import { useT } from '../../i18n/use-t'
import type { Locale } from '../../elections/languages'
import type { Party } from '../../elections/types'
import { useElection, useVersion } from '../../scenario/selectors'
import { useNearScreen } from './use-near-screen'
import { useElectionDetails } from './use-shipped-data'

/**
 * Where the figures shown come from, and what is uncertain about them. The data's prose (version
 * descriptions, uncertainties, the chamber note) is shown in Arabic where the data has it
 * (`descriptionAr`, `uncertaintiesAr`, `chamberNoteAr`); otherwise, and for source titles, the
 * English is shown as it is, marked with its language.
 */
export function SourcesPanel() {
  const { t, date, locale } = useT()
  const election = useElection()
  const version = useVersion()
  // Sources, descriptions and uncertainties load once the panel comes within a screen of being
  // seen; until then the panel is its heading.
  const [near, watch] = useNearScreen()
  const details = useElectionDetails(election, near)
  const versionDetails = version && details?.versions[version.id]
  if (!election || !version) return null
  if (!details || !versionDetails) {
    return (
      <section ref={watch} aria-labelledby="sources-heading" className="panel sources-panel">
        <h2 id="sources-heading">
          {t('sources.heading', { version: versionLabel(version, locale).text.toLowerCase() })}
        </h2>
      </section>
    )
  }
  const byId = new Map(details.sources.map((s) => [s.id, s]))
  const label = versionLabel(version, locale)
  const langOf = (text: string) => {
    const lang = textLang(text)
    return lang === locale ? undefined : lang
  }
  const englishNote =
    locale === 'en' ? null : <span className="muted"> {t('sources.inEnglish')}</span>
  const description = prose(locale, versionDetails.description, versionDetails.descriptionAr)
  const uncertainties = proseList(locale, details.uncertainties, details.uncertaintiesAr)
  const chamberNote =
    details.chamberNote && prose(locale, details.chamberNote, details.chamberNoteAr)
  const foreign = (text: LocalizedText) => (text.lang === locale ? undefined : text.lang)
  return (
    <section aria-labelledby="sources-heading" className="panel sources-panel">
      <h2 id="sources-heading">{t('sources.heading', { version: label.text.toLowerCase() })}</h2>
      <p>
        <span lang={foreign(description)}>{description.text}</span>
        {foreign(description) && englishNote}
      </p>
      <TableTrust />
      <ul className="source-list">
        {versionDetails.sourceIds.map((id) => {
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
        {uncertainties.lang !== locale && <p className="muted">{t('sources.inEnglish')}</p>}
        <ul
          lang={uncertainties.lang === locale ? undefined : uncertainties.lang}
          dir={uncertainties.lang === locale ? undefined : 'ltr'}
        >
          {uncertainties.items.map((u) => (
            <li key={u}>{u}</li>
          ))}
        </ul>
        {chamberNote && (
          <p className="muted" lang={foreign(chamberNote)} dir="auto">
            {chamberNote.text}
          </p>
        )}
      </details>
    </section>
  )
}

/**
 * How far the table shown can be trusted, as its reference file says: the table's level, whether
 * it is worked out rather than published, and the lists of medium and low confidence by name.
 */
function TableTrust() {
  const { t, locale } = useT()
  const election = useElection()
  const version = useVersion()
  if (!election || !version) return null
  const trust = tableTrust(election, version.id)
  const level = (l: 'high' | 'medium' | 'low') => t(`sources.level.${l}`)
  const names = (parties: readonly Party[]) =>
    parties.map((p) => partyShortName(p, locale).text).join(t('coalition.listSeparator'))
  return (
    <div className={`table-trust is-${trust.level}`}>
      <p>
        <strong>{t('sources.confidence', { level: level(trust.level) })}</strong>
        {trust.derived && <> {t('sources.derived')}</>}
      </p>
      {(['low', 'medium'] as const).map((l) =>
        trust[l].length ? (
          <p key={l} className="muted">
            {t('sources.rows', { count: trust[l].length, level: level(l), names: names(trust[l]) })}
          </p>
        ) : null,
      )}
    </div>
  )
}

/** The data's Arabic text on Arabic pages where it has one, else the English. */
function prose(locale: Locale, english: string, arabic: string | undefined): LocalizedText {
  return locale === 'ar' && arabic ? { text: arabic, lang: 'ar' } : { text: english, lang: 'en' }
}

/** A list of sentences in one language: the Arabic only when it pairs one for one. */
function proseList(
  locale: Locale,
  english: readonly string[],
  arabic: readonly string[] | undefined,
): { items: readonly string[]; lang: Locale } {
  return locale === 'ar' && arabic && arabic.length === english.length
    ? { items: arabic, lang: 'ar' }
    : { items: english, lang: 'en' }
}

import { coalitionLabel } from '../../coalition/format'
import { findElection } from '../../elections/catalog'
import { numberingSystem } from '../../i18n/locales'
import { partyShortName } from '../../i18n/names'
import { useVerdictWords } from '../../i18n/use-names'
import { useT } from '../../i18n/use-t'
import { type SavedScenario, useSavedScenarios } from '../../scenario/scenario-storage'
import type { Digits, Locale } from '../../elections/languages'

/** How many coalition names an entry's title shows before "and N more". */
const TITLE_COALITIONS = 3

/**
 * "Recent scenarios": the last ten different scenarios kept on this device, newest first, each
 * named by its coalitions and dated, to open again or delete.
 */
export function RecentScenarios() {
  const { t } = useT('reliability')
  const recent = useSavedScenarios((s) => s.recent)
  const currentId = useSavedScenarios((s) => s.currentId)
  const open = useSavedScenarios((s) => s.open)
  const remove = useSavedScenarios((s) => s.remove)

  return (
    <section aria-labelledby="recent-heading" className="panel recent-scenarios">
      <h2 id="recent-heading">{t('recent.heading')}</h2>
      <p className="hint">{t('recent.hint')}</p>
      {recent.length === 0 ? (
        <p className="muted">{t('recent.empty')}</p>
      ) : (
        <ol className="recent-list" style={{ paddingInlineStart: '1.25rem' }}>
          {recent.map((entry) => (
            <RecentEntry
              key={entry.id}
              entry={entry}
              current={entry.id === currentId}
              onOpen={() => open(entry.id)}
              onDelete={() => remove(entry.id)}
            />
          ))}
        </ol>
      )}
    </section>
  )
}

function RecentEntry({
  entry,
  current,
  onOpen,
  onDelete,
}: {
  entry: SavedScenario
  current: boolean
  onOpen: () => void
  onDelete: () => void
}) {
  const { t, locale, digits } = useT('reliability')
  const title = useEntryTitle(entry)
  const when = formatSavedAt(entry.savedAt, locale, digits)
  return (
    <li style={{ marginBlockEnd: '0.5rem' }}>
      <strong>{title}</strong>{' '}
      <span className="muted">
        <time dateTime={new Date(entry.savedAt).toISOString()}>
          {t('recent.savedAt', { date: when })}
        </time>
        {current && <> · {t('recent.current')}</>}
      </span>{' '}
      <span style={{ display: 'inline-flex', gap: '0.5rem' }}>
        {!current && (
          <button type="button" onClick={onOpen}>
            {t('recent.open')} <span className="visually-hidden">{title}</span>
          </button>
        )}
        <button type="button" onClick={onDelete}>
          {t('recent.delete')} <span className="visually-hidden">{title}</span>
        </button>
      </span>
    </li>
  )
}

/** "Sadr + Amiri · Kurdistan · Nasr + Wataniya and 2 more coalitions", in the reader's language. */
function useEntryTitle(entry: SavedScenario): string {
  const { t, locale } = useT('reliability')
  const words = useVerdictWords()
  const { scenario } = entry
  const election = scenario.customParliament ?? findElection(scenario.electionId)
  const parties = new Map((election?.parties ?? []).map((p) => [p.id, p]))
  const labels = scenario.coalitions
    .filter((c) => c.partyIds.length > 0)
    .map((c) =>
      coalitionLabel(
        c.name,
        c.partyIds.map((id) => {
          const party = parties.get(id)
          return party ? partyShortName(party, locale).text : id
        }),
        words,
      ),
    )
  if (labels.length === 0) return t('recent.seatEditsOnly')
  const shown = labels.slice(0, TITLE_COALITIONS).join(' · ')
  const more = labels.length - TITLE_COALITIONS
  return more > 0 ? `${shown} ${t('recent.more', { count: more })}` : shown
}

/** A saved time as a medium date and a short time, in the reader's language and digits. */
function formatSavedAt(savedAt: number, locale: Locale, digits: Digits): string {
  const region = locale === 'ar' ? 'ar-IQ' : 'en-GB'
  try {
    return new Intl.DateTimeFormat(`${region}-u-nu-${numberingSystem(digits)}`, {
      dateStyle: 'medium',
      timeStyle: 'short',
    }).format(new Date(savedAt))
  } catch {
    return new Date(savedAt).toISOString()
  }
}

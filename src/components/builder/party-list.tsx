import { memo } from 'react'
import { type VerdictWords, seatsText } from '../../coalition/format'
import type { Party } from '../../elections/types'
import { partyFullName, partyLeader, partyOtherName, partyShortName } from '../../i18n/names'
import { useLocalizedCoalitionViews, useVerdictWords } from '../../i18n/use-names'
import { type Translate, useT } from '../../i18n/use-t'
import { useScenarioStore } from '../../scenario/scenario-store'
import { type Locale } from '../../elections/languages'
import { useMembership, useSeats, useSortedParties } from '../../scenario/selectors'
import { usePartyPaint } from '../layout/use-party-colors'

/** Every list, largest first; pressing one puts it into (or takes it out of) the coalition being edited. */
export function PartyList() {
  const { t, num, locale } = useT()
  const words = useVerdictWords()
  const parties = useSortedParties()
  const seats = useSeats()
  const memberOf = useMembership()
  const views = useLocalizedCoalitionViews()
  const paint = usePartyPaint()
  const activeId = useScenarioStore((s) => s.activeCoalitionId)
  const toggle = useScenarioStore((s) => s.toggleParty)
  const labelOf = new Map(views.map((v) => [v.coalition.id, v.label]))
  const activeLabel = activeId ? labelOf.get(activeId) : undefined

  return (
    <section aria-labelledby="lists-heading" className="panel party-panel">
      <h2 id="lists-heading">{t('lists.heading')}</h2>
      <p className="hint" id="lists-hint">
        {activeLabel ? t('lists.hintActive', { name: activeLabel }) : t('lists.hintNone')}
      </p>
      <ul className="party-list">
        {parties.map((p) => {
          const inCoalitions = memberOf.get(p.id) ?? []
          const elsewhere = inCoalitions.filter((id) => id !== activeId)
          return (
            <PartyRow
              key={p.id}
              party={p}
              seats={seats[p.id] ?? 0}
              pressed={!!activeId && inCoalitions.includes(activeId)}
              alsoIn={
                elsewhere.length > 0
                  ? t('lists.alsoIn', {
                      names: elsewhere
                        .map((id) => labelOf.get(id))
                        .join(t('coalition.listSeparator')),
                    })
                  : ''
              }
              background={paint.get(p.id)?.background}
              toggle={toggle}
              t={t}
              num={num}
              locale={locale}
              words={words}
            />
          )
        })}
      </ul>
    </section>
  )
}

interface PartyRowProps {
  party: Party
  seats: number
  pressed: boolean
  /** The other coalitions the list sits in, in words; empty when none. */
  alsoIn: string
  background: string | undefined
  toggle: (id: string) => void
  t: Translate
  num: (value: number) => string
  locale: Locale
  words: VerdictWords
}

/** One list's button; memoised so a click re-renders only the rows whose figures or state changed. */
const PartyRow = memo(function PartyRow({
  party: p,
  seats: n,
  pressed,
  alsoIn,
  background,
  toggle,
  t,
  num,
  locale,
  words,
}: PartyRowProps) {
  const short = partyShortName(p, locale)
  const full = partyFullName(p, locale)
  const other = partyOtherName(p, locale)
  const leader = partyLeader(p, locale)
  return (
    <li>
      <button
        type="button"
        className="party"
        data-party-id={p.id}
        aria-pressed={pressed}
        aria-label={t('lists.buttonLabel', {
          name: short.text,
          seats: seatsText(n, words),
        })}
        aria-describedby={`party-${p.id}-details`}
        onClick={() => toggle(p.id)}
      >
        <span className="swatch" style={{ background }} aria-hidden="true">
          {pressed ? '✓' : ''}
        </span>
        <span className="party-text">
          <span className="party-name" lang={short.lang === locale ? undefined : short.lang}>
            {short.text}
          </span>
          <span className="party-details" id={`party-${p.id}-details`}>
            <span className="party-full" lang={full.lang === locale ? undefined : full.lang}>
              {full.text}
            </span>
            {other && (
              <span className="party-other" lang={other.lang} dir="auto">
                {other.text}
              </span>
            )}
            {leader && (
              <span className="party-leader">
                {t('lists.ledBy')}{' '}
                <span lang={leader.lang === locale ? undefined : leader.lang} dir="auto">
                  {leader.text}
                </span>
              </span>
            )}
            {alsoIn ? <span className="party-also">{alsoIn}</span> : null}
          </span>
        </span>
        <span className="party-seats" aria-hidden="true">
          {num(n)}
        </span>
      </button>
    </li>
  )
})

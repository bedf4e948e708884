import { useMemo, useState } from 'react'
import { MAX_COALITIONS } from '../../coalition/coalitions'
import type { MinimalWinningOrder } from '../../coalition/winning-coalitions'
import { partyShortName } from '../../i18n/names'
import { useChosenThreshold, useMinimalWinningPage } from '../../scenario/analysis-selectors'
import { useScenarioStore } from '../../scenario/scenario-store'
import { useSortedParties, useVotingSeats } from '../../scenario/selectors'
import { pluralCount, useAnalysisText } from './analysis-words'
import { type ChecklistParty, PartyChecklist } from './party-checklist'

const PAGE_SIZE = 20
const ORDERS: readonly MinimalWinningOrder[] = ['fewest-lists', 'fewest-seats']

/** A whole number from 1 up, from what the reader typed; null for blank or nonsense. */
function parseMaxSize(text: string, lists: number): number | null {
  if (!/^[0-9]+$/.test(text.trim())) return null
  return Math.min(Math.max(1, Number(text.trim())), Math.max(1, lists))
}

/**
 * Every minimal winning coalition at the chosen rung: the exact count, filters and orders, a page
 * at a time, each result one press from becoming a coalition.
 */
export function CoalitionFinder() {
  const { t, names, count, locale } = useAnalysisText()
  const chosen = useChosenThreshold()
  const seats = useVotingSeats()
  const parties = useSortedParties()
  const coalitionCount = useScenarioStore((s) => s.coalitions.length)
  const addCoalition = useScenarioStore((s) => s.addCoalition)
  const [include, setInclude] = useState<string[]>([])
  const [exclude, setExclude] = useState<string[]>([])
  const [maxSizeText, setMaxSizeText] = useState('')
  const [order, setOrder] = useState<MinimalWinningOrder>('fewest-lists')
  const [paging, setPaging] = useState({ key: '', seats, offset: 0 })
  const [loaded, setLoaded] = useState('')

  const choices = useMemo<ChecklistParty[]>(
    () =>
      parties
        .filter((p) => (seats[p.id] ?? 0) > 0)
        .map((p) => ({
          id: p.id,
          name: partyShortName(p, locale).text,
          seats: seats[p.id] ?? 0,
          search: [p.name, p.shortName, p.nameAr, p.shortNameAr ?? '']
            .join(' ')
            .toLocaleLowerCase(),
        })),
    [parties, seats, locale],
  )
  const maxSize = parseMaxSize(maxSizeText, choices.length)
  // A new question (filters, order, rung or seats) starts again at the first page.
  const key = JSON.stringify([include, exclude, maxSize, order, chosen.seats])
  const offset = paging.key === key && paging.seats === seats ? paging.offset : 0
  const goTo = (next: number) => setPaging({ key, seats, offset: Math.max(0, next) })

  const result = useMinimalWinningPage({
    mustInclude: include,
    mustExclude: exclude,
    maxSize,
    order,
    offset,
    limit: PAGE_SIZE,
  })
  const outcome =
    result?.status === 'done' ? result.value : result?.status === 'busy' ? result.previous : null
  const page = outcome?.page
  const isBusy = result?.status === 'busy'
  const isFiltered = include.length > 0 || exclude.length > 0 || maxSize !== null
  const full = coalitionCount >= MAX_COALITIONS

  const load = (partyIds: readonly string[]) => {
    if (full) return
    addCoalition(partyIds, '')
    // addCoalition keeps only lists of the shipped election: put back any list of an edited or
    // imported parliament that it left out.
    const state = useScenarioStore.getState()
    const added = state.coalitions.find((c) => c.id === state.activeCoalitionId)
    for (const id of partyIds) {
      if (added && !added.partyIds.includes(id)) state.togglePartyInCoalition(added.id, id)
    }
    setLoaded(t('finder.loaded', { n: coalitionCount + 1, name: names(partyIds) }))
  }

  let status = ''
  if (isBusy) status = t('finder.busy')
  else if (result?.status === 'error') status = t('finder.failed')
  else if (page && page.total === 0n) status = t('finder.none')
  else if (page && page.items.length > 0) {
    status = t('finder.showing', {
      from: page.offset + 1,
      to: page.offset + page.items.length,
      total: count(page.total),
    })
  }

  return (
    <section aria-labelledby="finder-heading" className="analysis-block">
      <h3 id="finder-heading">{t('finder.heading')}</h3>
      <p className="hint">{t('finder.definition')}</p>
      {outcome && (
        <p className="finder-count">
          {t('finder.count', {
            count: pluralCount(outcome.allTotal),
            total: count(outcome.allTotal),
            threshold: chosen.seats,
          })}
          {isFiltered && (
            <>
              {' '}
              {t('finder.matching', {
                count: pluralCount(outcome.page.total),
                total: count(outcome.page.total),
              })}
            </>
          )}
        </p>
      )}
      <div className="finder-filters" role="group" aria-label={t('finder.filters')}>
        <PartyChecklist
          legend={t('finder.mustInclude')}
          parties={choices}
          selected={include}
          disabled={new Set(exclude)}
          onChange={setInclude}
        />
        <PartyChecklist
          legend={t('finder.mustExclude')}
          parties={choices}
          selected={exclude}
          disabled={new Set(include)}
          onChange={setExclude}
        />
        <div className="finder-options">
          <label className="name-field">
            <span>{t('finder.maxSize')}</span>
            <input
              type="number"
              inputMode="numeric"
              min={1}
              max={Math.max(1, choices.length)}
              value={maxSizeText}
              aria-describedby="finder-max-hint"
              onChange={(e) => setMaxSizeText(e.target.value)}
            />
          </label>
          <p id="finder-max-hint" className="hint">
            {t('finder.maxSizeHint')}
          </p>
          <fieldset className="finder-order">
            <legend>{t('finder.order')}</legend>
            {ORDERS.map((o) => (
              <label key={o} className="radio">
                <input
                  type="radio"
                  name="finder-order"
                  value={o}
                  checked={order === o}
                  onChange={() => setOrder(o)}
                />
                {t(o === 'fewest-lists' ? 'finder.fewestLists' : 'finder.fewestSeats')}
              </label>
            ))}
          </fieldset>
        </div>
      </div>
      <p role="status" className="finder-status">
        {status}
      </p>
      {page && page.items.length > 0 && (
        <ol
          className={`finder-results${isBusy ? ' is-stale' : ''}`}
          start={page.offset + 1}
          aria-label={t('finder.resultsLabel')}
          aria-busy={isBusy}
        >
          {page.items.map((item) => {
            const label = names(item.partyIds)
            return (
              <li key={item.partyIds.join(' ')}>
                <div className="finder-row">
                  <p>
                    <span className="finder-names">
                      <bdi>{label}</bdi>
                    </span>{' '}
                    <span className="finder-facts">
                      {t('seats', { count: item.seats })} ·{' '}
                      {t('lists', { count: item.partyIds.length })} ·{' '}
                      {t('finder.spare', { count: item.margin })}
                    </span>
                  </p>
                  <button type="button" disabled={full} onClick={() => load(item.partyIds)}>
                    {t('finder.load')} <span className="visually-hidden">{label}</span>
                  </button>
                </div>
              </li>
            )
          })}
        </ol>
      )}
      {full && <p className="hint">{t('finder.full', { count: MAX_COALITIONS })}</p>}
      {page && page.total > 0n && (
        <nav className="finder-pages" aria-label={t('finder.pages')}>
          <button type="button" disabled={offset === 0} onClick={() => goTo(offset - PAGE_SIZE)}>
            {t('finder.previous')}
          </button>
          <button
            type="button"
            disabled={!page.hasMore || isBusy}
            onClick={() => goTo(offset + PAGE_SIZE)}
          >
            {t('finder.next')}
          </button>
        </nav>
      )}
      <p role="status" className="finder-loaded">
        {loaded}
      </p>
    </section>
  )
}

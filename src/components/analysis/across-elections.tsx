import { useEffect, useMemo, useState } from 'react'
import { majorityThreshold } from '../../coalition/majority'
import { type AcrossElections as Across, acrossElections } from '../../elections/across-elections'
import { catalog, electionIndex, ensureElection, loadCampMap } from '../../elections/catalog'
import type { Election } from '../../elections/types'
import { LOCALE_INFO } from '../../i18n/locales'
import { localizedText, partyShortName } from '../../i18n/names'
import type { Locale } from '../../elections/languages'
import { AcrossChart } from '../charts/across-chart'
import { localDigits } from '../../i18n/locales'
import { useNearScreen } from '../layout/use-near-screen'
import { useAnalysisText } from './analysis-words'

/** A colour per camp (fixed, so a camp keeps its colour from year to year); others take the rest. */
const CAMP_COLORS: Readonly<Record<string, string>> = {
  'shia-islamist': '#2664ab',
  sunni: '#8d6e63',
  kurdish: '#c62828',
  minority: '#6c54b4',
  'cross-sectarian': '#00838f',
  'reformist-protest': '#e65100',
  independent: '#9e9e9e',
  'shia-other': '#558b2f',
  unknown: '#616161',
}
const SPARE_COLORS = ['#ad1457', '#4e342e', '#283593', '#00695c']

type Loaded = { state: 'loading' } | { state: 'failed' } | { state: 'ready'; across: Across }

/** Loads the camp map and every shipped election (once near the screen). */
function useAcross(wanted: boolean): [Loaded, () => void] {
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' })
  const [attempt, setAttempt] = useState(0)
  useEffect(() => {
    if (!wanted) return
    let live = true
    Promise.all([loadCampMap(), ...electionIndex.map((e) => ensureElection(e.id))]).then(
      ([map]) => {
        if (live) setLoaded({ state: 'ready', across: acrossElections(map, catalog.elections) })
      },
      () => {
        if (live) setLoaded({ state: 'failed' })
      },
    )
    return () => {
      live = false
    }
  }, [wanted, attempt])
  const retry = () => {
    setLoaded({ state: 'loading' })
    setAttempt((n) => n + 1)
  }
  return [loaded, retry]
}

/**
 * Across elections: the camps' seats in 2010, 2018, 2021 and 2025 as stacked columns, with the
 * same figures as a table, and the lists that continue one another (Sairoon's 54 seats in 2018
 * beside the Sadrist Movement's 73 in 2021), each under its own name. Where the camp map has no
 * list for an election it gives the reason instead of a number.
 */
export function AcrossElections() {
  const { t, locale, digits, num } = useAnalysisText()
  const [near, watch] = useNearScreen()
  const [loaded, retry] = useAcross(near)
  const rtl = LOCALE_INFO[locale].dir === 'rtl'
  const year = (e: Election) => localDigits(e.electionDate.slice(0, 4), digits)
  const groupName = (g: { name: string; nameAr?: string }) =>
    locale === 'ar' && g.nameAr ? g.nameAr : g.name

  const chart = useMemo(() => {
    if (loaded.state !== 'ready') return null
    const { across } = loaded
    let spare = 0
    const series = across.camps
      .filter((c) => Object.values(c.cells).some((cell) => (cell.seats ?? 0) > 0))
      .map((c) => ({
        id: c.id,
        label: locale === 'ar' && c.nameAr ? c.nameAr : c.name,
        color: CAMP_COLORS[c.id] ?? SPARE_COLORS[spare++ % SPARE_COLORS.length]!,
      }))
    const columns = across.elections.map((e) => ({
      id: e.id,
      label: localDigits(e.electionDate.slice(0, 4), digits),
      ...Object.fromEntries(across.camps.map((c) => [c.id, c.cells[e.id]?.seats ?? 0])),
    }))
    return { series, columns }
  }, [loaded, locale, digits])

  return (
    <section ref={watch} aria-labelledby="across-heading" className="analysis-block across">
      <h3 id="across-heading">{t('across.heading')}</h3>
      <p className="hint">{t('across.intro')}</p>
      {loaded.state === 'loading' && (
        <p className="hint" aria-busy="true">
          {t('across.loading')}
        </p>
      )}
      {loaded.state === 'failed' && (
        <p role="alert">
          {t('across.failed')}{' '}
          <button type="button" onClick={retry}>
            {t('across.retry')}
          </button>
        </p>
      )}
      {loaded.state === 'ready' && chart && (
        <>
          <figure className="across-figure">
            <div role="img" aria-label={t('across.imageLabel')}>
              <AcrossChart columns={chart.columns} series={chart.series} rtl={rtl} number={num} />
            </div>
          </figure>
          <AcrossTable across={loaded.across} year={year} groupName={groupName} />
          <LineageTable across={loaded.across} year={year} groupName={groupName} />
        </>
      )}
    </section>
  )
}

interface TableProps {
  across: Across
  year: (e: Election) => string
  groupName: (g: { name: string; nameAr?: string }) => string
}

/** A table's head: its first column's name, then a column per election, by year. */
function YearsHead({
  first,
  elections,
  year,
}: {
  first: string
  elections: readonly Election[]
  year: (e: Election) => string
}) {
  return (
    <thead>
      <tr>
        <th scope="col">{first}</th>
        {elections.map((e) => (
          <th scope="col" key={e.id}>
            {year(e)}
          </th>
        ))}
      </tr>
    </thead>
  )
}

function AcrossTable({ across, year, groupName }: TableProps) {
  const { t, num } = useAnalysisText()
  return (
    <details className="chart-table-details" open>
      <summary>{t('across.showTable')}</summary>
      <div className="analysis-scroll">
        <table className="chart-table analysis-table">
          <caption>{t('across.tableCaption')}</caption>
          <YearsHead first={t('across.columnCamp')} elections={across.elections} year={year} />
          <tbody>
            {across.camps.map((c) => (
              <tr key={c.id}>
                <th scope="row">{groupName(c)}</th>
                {across.elections.map((e) => {
                  const cell = c.cells[e.id]
                  return (
                    <td key={e.id}>
                      {cell?.seats == null ? (
                        <span className="muted" title={cell?.noMapping}>
                          {t('across.none')}
                        </span>
                      ) : (
                        num(cell.seats)
                      )}
                    </td>
                  )
                })}
              </tr>
            ))}
            <tr>
              <th scope="row">{t('across.chamber')}</th>
              {across.elections.map((e) => (
                <td key={e.id}>
                  {t('across.chamberCell', {
                    total: e.chamberSize,
                    majority: majorityThreshold(e.chamberSize),
                  })}
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
    </details>
  )
}

function LineageTable({ across, year, groupName }: TableProps) {
  const { t, num, locale } = useAnalysisText()
  return (
    <details className="chart-table-details">
      <summary>{t('across.lineagesSummary', { count: across.lineages.length })}</summary>
      <p className="hint">{t('across.lineagesIntro')}</p>
      <div className="analysis-scroll">
        <table className="chart-table analysis-table across-lineages">
          <caption>{t('across.lineagesCaption')}</caption>
          <YearsHead first={t('across.columnLineage')} elections={across.elections} year={year} />
          <tbody>
            {across.lineages.map((l) => (
              <tr key={l.id}>
                <th scope="row">
                  {groupName(l)}
                  <MapText locale={locale} en={l.basis} ar={l.basisAr} />
                </th>
                {across.elections.map((e) => {
                  const cell = l.cells[e.id]
                  if (!cell || cell.seats === null) {
                    return (
                      <td key={e.id}>
                        <span className="muted">{t('across.none')}</span>
                        {cell?.noMapping === undefined ? (
                          <span className="across-basis">{t('across.noEntry')}</span>
                        ) : (
                          <MapText locale={locale} en={cell.noMapping} ar={cell.noMappingAr} />
                        )}
                      </td>
                    )
                  }
                  const names = cell.listIds.map((id) => {
                    const party = e.parties.find((p) => p.id === id)
                    return party ? partyShortName(party, locale).text : id
                  })
                  return (
                    <td key={e.id}>
                      <bdi>{names.join(t('explain.join'))}</bdi>: {num(cell.seats)}
                      <MapText locale={locale} en={cell.note} ar={cell.noteAr} />
                    </td>
                  )
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  )
}

/**
 * A note of the camp map (a lineage's basis, a cell's note, why a cell has no list) in the
 * reader's language, marked with the language it is in where only the English is given.
 */
function MapText({ locale, en, ar }: { locale: Locale; en?: string; ar?: string }) {
  if (en === undefined) return null
  const { text, lang } = localizedText(locale, en, ar)
  return (
    <span className="across-basis" lang={lang === locale ? undefined : lang}>
      {text}
    </span>
  )
}

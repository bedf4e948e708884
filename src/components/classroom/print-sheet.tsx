import { electionTitle, versionLabel } from '../../i18n/names'
import { usePartyShortName } from '../../i18n/use-names'
import { useT } from '../../i18n/use-t'
import { pickScenario, useScenarioStore } from '../../scenario/scenario-store'
import {
  useChamber,
  useElection,
  useSeats,
  useSortedParties,
  useVersion,
} from '../../scenario/selectors'
import { clampStoryStep } from '../../scenario/story-scenario'
import { scenarioLink } from '../../scenario/url-sync'
import { localDigits } from './classroom-text'
import { CoalitionTable } from '../charts/coalition-table'
import { Hemicycle } from '../charts/hemicycle'
import { useStoryCatalog } from '../layout/use-shipped-data'
import './classroom.css'

/** Columns students tick, one per coalition they try. */
const WORKSHEET_COLUMNS = 3

/**
 * What a printer gets instead of the page (see the print rules in classroom.css): the scenario with
 * its hemicycle and verdicts, then a worksheet of every list with blank columns for students.
 * Hidden on screen. Sized for A4 and US Letter alike.
 */
export function PrintSheet() {
  const { t, locale, digits, date, num } = useT('classroom')
  const { t: tc } = useT()
  const election = useElection()
  const version = useVersion()
  const seats = useSeats()
  const parties = useSortedParties()
  const { totalSeats, majority } = useChamber()
  const shortName = usePartyShortName()
  const storyStep = useScenarioStore((s) => s.storyStep)
  const link = useScenarioStore((s) => scenarioLink({ ...pickScenario(s), view: 'standard' }))
  const story = useStoryCatalog(election?.id ?? '').catalog?.story
  if (!election || !version) return null

  const step =
    story && storyStep !== null && story.electionId === election.id
      ? story.steps[clampStoryStep(storyStep, story.steps.length) - 1]
      : undefined
  const ar = locale === 'ar'
  const listed = parties.filter((p) => (seats[p.id] ?? 0) > 0)

  return (
    <div className="print-sheet">
      <section className="print-scenario" aria-labelledby="print-title">
        <h1 id="print-title">
          {tc('app.name')} · {electionTitle(election, locale).text}
        </h1>
        <p>
          {t('print.figures', {
            version: versionLabel(version, locale).text,
            date: date(version.date),
            majority,
            total: totalSeats,
          })}
        </p>
        {step && (
          <div className="print-step">
            <h2>{localDigits(ar && step.titleAr ? step.titleAr : step.title, digits)}</h2>
            <p>{localDigits(ar && step.captionAr ? step.captionAr : step.caption, digits)}</p>
          </div>
        )}
        <Hemicycle variant="print" />
        <CoalitionTable className="print-table" caption={t('print.coalitions')} />
        <p className="print-link">
          {t('print.link')} <span dir="ltr">{link}</span>
        </p>
      </section>
      <section className="print-worksheet" aria-labelledby="print-worksheet-title">
        <h2 id="print-worksheet-title">{t('print.worksheet')}</h2>
        <p>{t('print.instructions', { majority, total: totalSeats })}</p>
        <p className="print-name">{t('print.name')}</p>
        <table className="print-table">
          <thead>
            <tr>
              <th scope="col">{t('print.list')}</th>
              <th scope="col">{t('print.seats')}</th>
              {Array.from({ length: WORKSHEET_COLUMNS }, (_, i) => (
                <th scope="col" key={i} className="blank">
                  {t('print.column', { n: i + 1 })}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {listed.map((p) => (
              <tr key={p.id}>
                <th scope="row">{shortName(p, p.id)}</th>
                <td>{num(seats[p.id] ?? 0)}</td>
                {Array.from({ length: WORKSHEET_COLUMNS }, (_, i) => (
                  <td key={i} className="blank" />
                ))}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('print.total')}</th>
              <td>{num(totalSeats)}</td>
              {Array.from({ length: WORKSHEET_COLUMNS }, (_, i) => (
                <td key={i} className="blank" />
              ))}
            </tr>
          </tfoot>
        </table>
      </section>
    </div>
  )
}

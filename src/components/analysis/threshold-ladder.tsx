import type { LadderAnalysis, Threshold } from '../../coalition/pivots'
import { useLocalizedCoalitionViews } from '../../i18n/use-names'
import {
  useAnalysedCoalition,
  useChosenThreshold,
  useCoalitionLadders,
} from '../../scenario/analysis-selectors'
import { useScenarioStore } from '../../scenario/scenario-store'
import { useChamber } from '../../scenario/selectors'
import { useAnalysisText } from './analysis-words'

type Text = ReturnType<typeof useAnalysisText>

/** "52 short of two-thirds", "majority with 3 to spare". */
function rungStatus(
  { t, keyOf }: Pick<Text, 't' | 'keyOf'>,
  rung: Threshold,
  margin: number,
): string {
  const key = `ladder.status.${keyOf(rung.id)}`
  return margin < 0 ? t(`${key}.short`, { count: -margin }) : t(`${key}.spare`, { count: margin })
}

/** The rule behind a rung and where it is written. */
export function RungRule({ rung, total }: { rung: Threshold; total: number }) {
  const { t, plain, keyOf } = useAnalysisText()
  const key = keyOf(rung.id)
  return (
    <>
      {t(`rung.${key}.rule`, { total })}:{' '}
      <code dir="ltr" className="rung-formula">
        {rung.formula}
      </code>{' '}
      —{' '}
      <cite>
        {t(`rung.${key}.source`, {
          year: plain(2005),
          a1: plain(rung.articles[0] ?? 0),
          a2: plain(rung.articles[1] ?? 0),
        })}
      </cite>
    </>
  )
}

/**
 * The coalition being analysed against every rung (seats missing or to spare, the rule and its
 * source), then a compact row for every coalition.
 */
export function ThresholdLadder() {
  const { t, num, keyOf } = useAnalysisText()
  const ladders = useCoalitionLadders()
  const views = useLocalizedCoalitionViews()
  const analysed = useAnalysedCoalition()
  const chosen = useChosenThreshold()
  const selectCoalition = useScenarioStore((s) => s.selectCoalition)
  const { votingSeats } = useChamber()
  const labelOf = new Map(views.map((v) => [v.coalition.id, v.label]))
  const current = ladders.find((l) => l.coalition.id === analysed?.id)
  const ladder = current?.ladder ?? []
  // Highest line first, as on a ladder.
  const rungs = [...ladder].sort((a, b) => b.threshold.seats - a.threshold.seats)
  const seats = ladder[0]?.analysis.seats ?? 0
  const label = analysed ? (labelOf.get(analysed.id) ?? '') : ''

  return (
    <section aria-labelledby="ladder-heading" className="analysis-block">
      <h3 id="ladder-heading">{t('ladder.heading')}</h3>
      {!current ? (
        <p className="hint">{t('ladder.none')}</p>
      ) : (
        <>
          <p>{t('ladder.for', { name: label, seats: t('seats', { count: seats }) })}</p>
          <LadderMeter seats={seats} total={votingSeats} ladder={ladder} />
          <ol className="ladder-rungs" aria-label={t('ladder.heading')}>
            {rungs.map(({ threshold: rung, analysis }) => (
              <li
                key={rung.id}
                className={`ladder-rung ${analysis.isWinning ? 'is-reached' : 'is-short'}${rung.id === chosen.id ? ' is-chosen' : ''}`}
              >
                <p className="rung-head">
                  <strong>{t(`rung.${keyOf(rung.id)}.name`)}</strong>
                  {' · '}
                  {t('seats', { count: rung.seats })}
                  {rung.id === chosen.id && <span className="muted"> {t('ladder.analysed')}</span>}
                </p>
                <p className="rung-status">
                  <span aria-hidden="true">{analysis.isWinning ? '✔' : '✖'}</span>{' '}
                  {rungStatus({ t, keyOf }, rung, analysis.margin)}
                </p>
                <p className="rung-rule">
                  <RungRule rung={rung} total={votingSeats} />
                </p>
              </li>
            ))}
          </ol>
        </>
      )}
      {ladders.length > 1 && (
        <div className="analysis-scroll">
          <table className="chart-table analysis-table">
            <caption>{t('ladder.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('ladder.columnCoalition')}</th>
                <th scope="col">{t('ladder.columnSeats')}</th>
                {ladders[0]!.ladder.map(({ threshold: rung }) => (
                  <th scope="col" key={rung.id}>
                    {t('ladder.columnRung', {
                      name: t(`rung.${keyOf(rung.id)}.name`),
                      seats: rung.seats,
                    })}
                  </th>
                ))}
                <th scope="col">
                  <span className="visually-hidden">{t('ladder.analyse')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {ladders.map(({ coalition, ladder: rows }) => {
                const name = labelOf.get(coalition.id) ?? coalition.id
                const isAnalysed = coalition.id === analysed?.id
                return (
                  <tr key={coalition.id} className={isAnalysed ? 'is-analysed' : undefined}>
                    <th scope="row">
                      <bdi>{name}</bdi>
                    </th>
                    <td>{num(rows[0]?.analysis.seats ?? 0)}</td>
                    {rows.map(({ threshold: rung, analysis }) => (
                      <td key={rung.id} className={analysis.isWinning ? 'is-reached' : 'is-short'}>
                        {analysis.margin < 0
                          ? t('ladder.cell.short', { count: -analysis.margin })
                          : t('ladder.cell.spare', { count: analysis.margin })}
                      </td>
                    ))}
                    <td>
                      {isAnalysed ? (
                        <span className="muted">{t('ladder.isAnalysed')}</span>
                      ) : (
                        <button type="button" onClick={() => selectCoalition(coalition.id)}>
                          {t('ladder.analyse')} <span className="visually-hidden">{name}</span>
                        </button>
                      )}
                    </td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}

/** A bar of the coalition's seats with a line at each rung. */
function LadderMeter({
  seats,
  total,
  ladder,
}: {
  seats: number
  total: number
  ladder: readonly LadderAnalysis[]
}) {
  const { t, num } = useAnalysisText()
  const scale = Math.max(1, total)
  const lines = [...ladder].sort((a, b) => a.threshold.seats - b.threshold.seats)
  return (
    <div
      className="meter ladder-meter"
      role="img"
      aria-label={t('ladder.meter', {
        seats,
        total,
        lines: lines.map((l) => num(l.threshold.seats)).join(t('power.nameSeparator')),
      })}
    >
      <div
        className="meter-fill"
        style={{ inlineSize: `${Math.min(100, (seats / scale) * 100)}%` }}
      />
      {lines.map(({ threshold: rung }) => (
        <div
          key={rung.id}
          className="meter-line"
          style={{ insetInlineStart: `${(rung.seats / scale) * 100}%` }}
        >
          <span className="meter-line-label" aria-hidden="true">
            {num(rung.seats)}
          </span>
        </div>
      ))}
    </div>
  )
}

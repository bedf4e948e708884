import { explainAdditions, explainCoalition, explainMember } from '../../coalition/explain'
import { useLocalizedCoalitionViews } from '../../i18n/use-names'
import {
  useAnalysedCoalition,
  useChosenThreshold,
  useCoalitionAnalysis,
  useCoalitionLadders,
  useSmallestAdditions,
} from '../../scenario/analysis-selectors'
import { useScenarioStore } from '../../scenario/scenario-store'
import { useAnalysisText } from './analysis-words'

/**
 * Who the analysed coalition needs at the chosen rung, in sentences; the smallest additions that
 * would carry a short coalition over, each a button; and each member at every rung.
 */
export function NeededMembers() {
  const text = useAnalysisText()
  const { t, words, nameOf, names, keyOf } = text
  const coalition = useAnalysedCoalition()
  const analysis = useCoalitionAnalysis(coalition)
  const chosen = useChosenThreshold()
  const views = useLocalizedCoalitionViews()
  const label = views.find((v) => v.coalition.id === coalition?.id)?.label ?? ''
  const additions = useSmallestAdditions(analysis)
  const togglePartyIn = useScenarioStore((s) => s.togglePartyInCoalition)
  const ladders = useCoalitionLadders()
  const ladder = ladders.find((l) => l.coalition.id === coalition?.id)?.ladder ?? []

  const add = (partyIds: readonly string[]) => {
    if (!coalition) return
    for (const id of partyIds) if (!coalition.partyIds.includes(id)) togglePartyIn(coalition.id, id)
  }

  return (
    <section aria-labelledby="needed-heading" className="analysis-block">
      <h3 id="needed-heading">{t('needed.heading')}</h3>
      <p className="hint">
        {t('needed.against', { name: t(`rung.${keyOf(chosen.id)}.name`), seats: chosen.seats })}
      </p>
      {!coalition || !analysis ? (
        <p className="hint">{t('needed.none')}</p>
      ) : analysis.members.length === 0 ? (
        <p className="hint">{t('needed.empty', { name: label })}</p>
      ) : (
        <>
          <p className={`verdict ${analysis.isWinning ? 'is-majority' : 'is-short'}`}>
            {explainCoalition(analysis, words)}
          </p>
          <ul className="needed-list" aria-label={t('needed.membersLabel', { name: label })}>
            {analysis.members.map((member) => {
              const role = member.isPivotal ? 'pivotal' : member.isSurplus ? 'surplus' : null
              return (
                <li key={member.partyId} className={role ? `is-${role}` : undefined}>
                  {role && (
                    <>
                      <span className="role-badge">{t(`needed.${role}`)}</span>{' '}
                    </>
                  )}
                  {explainMember(nameOf(member.partyId), member, analysis, words)}
                </li>
              )
            })}
          </ul>
          {!analysis.isWinning && additions && (
            <div className="additions" aria-busy={additions.status === 'busy'}>
              <h4>{t('needed.additionsHeading')}</h4>
              {additions.status === 'busy' && <p role="status">{t('needed.busy')}</p>}
              {additions.status === 'error' && <p className="hint">{t('needed.failed')}</p>}
              {additions.status === 'done' && (
                <>
                  <p>
                    {explainAdditions(
                      additions.value.additions,
                      Object.fromEntries(
                        additions.value.additions.flatMap((a) =>
                          a.partyIds.map((id) => [id, nameOf(id)]),
                        ),
                      ),
                      analysis.threshold,
                      words,
                    )}
                  </p>
                  {additions.value.additions.length > 0 && (
                    <div
                      role="group"
                      className="addition-buttons"
                      aria-label={t('needed.additionsLabel', { name: label })}
                    >
                      {additions.value.additions.map((a) => (
                        <button
                          type="button"
                          key={a.partyIds.join(' ')}
                          onClick={() => add(a.partyIds)}
                        >
                          {t('needed.add', { names: names(a.partyIds) })}{' '}
                          <span className="visually-hidden">
                            {t('needed.addTo', { name: label })}
                          </span>
                        </button>
                      ))}
                    </div>
                  )}
                </>
              )}
            </div>
          )}
          {/* Scrolls on its own on a narrow screen; focusable so it can be scrolled by keyboard. */}
          <div
            className="analysis-scroll"
            role="region"
            aria-label={t('needed.tableCaption')}
            tabIndex={0}
          >
            <table className="chart-table analysis-table">
              <caption>{t('needed.tableCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('needed.columnMember')}</th>
                  {ladder.map(({ threshold: rung }) => (
                    <th scope="col" key={rung.id}>
                      {t('ladder.columnRung', {
                        name: t(`rung.${keyOf(rung.id)}.name`),
                        seats: rung.seats,
                      })}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {analysis.members.map((member) => (
                  <tr key={member.partyId}>
                    <th scope="row">{nameOf(member.partyId)}</th>
                    {ladder.map(({ threshold: rung, analysis: at }) => {
                      const role = at.members.find((m) => m.partyId === member.partyId)
                      const key = !at.isWinning
                        ? 'shortRole'
                        : role?.isPivotal
                          ? 'pivotal'
                          : 'surplus'
                      return (
                        <td key={rung.id} className={`role-${key}`}>
                          {t(`needed.${key}`)}
                        </td>
                      )
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  )
}

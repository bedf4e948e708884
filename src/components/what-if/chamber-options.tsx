import { useState } from 'react'
import { MAX_LIST_SEATS } from '../../elections/parliament-edits'
import { useT } from '../../i18n/use-t'
import { useScenarioStore } from '../../scenario/scenario-store'
import { useChamber } from '../../scenario/selectors'

/**
 * How the chamber's size behaves (fixed, or the sum of the lists' seats), and whether the seats
 * balance: too many, vacant, non-voting, and the majority that follows.
 */
export function ChamberOptions() {
  const { t } = useT('whatif')
  const chamber = useChamber()
  const mode = useScenarioStore((s) => s.chamberMode)
  const setMode = useScenarioStore((s) => s.setChamberMode)
  const setSize = useScenarioStore((s) => s.setChamberSize)
  // What is being typed into the size field, until it leaves the field.
  const [draft, setDraft] = useState<string | null>(null)
  const fixedSize = mode === 'fixed' ? chamber.totalSeats : chamber.seatSum

  return (
    <div className="chamber-options">
      <fieldset>
        <legend>{t('chamber.legend')}</legend>
        <label className="radio">
          <input
            type="radio"
            name="chamber-mode"
            checked={mode === 'fixed'}
            onChange={() => setMode('fixed')}
          />
          <span>{t('chamber.fixed')}</span>
        </label>
        <label className="chamber-size">
          <span className="visually-hidden">{t('chamber.size')}</span>
          <input
            type="number"
            min={0}
            max={MAX_LIST_SEATS}
            step={1}
            disabled={mode !== 'fixed'}
            value={draft ?? String(fixedSize)}
            onChange={(e) => {
              setDraft(e.target.value)
              if (/^[0-9]+$/.test(e.target.value)) setSize(Number(e.target.value))
            }}
            onBlur={() => setDraft(null)}
          />
          <span aria-hidden="true">{t('chamber.seatsWord', { count: fixedSize })}</span>
        </label>
        <label className="radio">
          <input
            type="radio"
            name="chamber-mode"
            checked={mode === 'sum'}
            onChange={() => setMode('sum')}
          />
          <span>{t('chamber.sum')}</span>
        </label>
      </fieldset>
      <div className="chamber-balance" role="status">
        <p className={chamber.excess > 0 ? 'is-short' : undefined}>
          {chamber.excess > 0
            ? t('chamber.tooMany', {
                count: chamber.excess,
                sum: chamber.seatSum,
                total: chamber.totalSeats,
              })
            : chamber.vacant > 0
              ? t('chamber.vacant', {
                  count: chamber.vacant,
                  sum: chamber.seatSum,
                  total: chamber.totalSeats,
                })
              : t('chamber.balanced', { sum: chamber.seatSum, total: chamber.totalSeats })}
        </p>
        {chamber.nonVoting > 0 && <p>{t('chamber.nonVoting', { count: chamber.nonVoting })}</p>}
        <p>{t('chamber.majority', { majority: chamber.majority, voting: chamber.votingSeats })}</p>
      </div>
    </div>
  )
}

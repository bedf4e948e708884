import { THRESHOLD_RULES, useScenarioStore } from '../../scenario/scenario-store'
import { useChamber } from '../../scenario/selectors'
import { useChosenThreshold, useThresholdLadder } from '../../scenario/analysis-selectors'
import { useAnalysisText } from './analysis-words'

/** The rung the whole analysis works against: a radio group over the store's `thresholdRule`. */
export function ThresholdPicker() {
  const { t, keyOf } = useAnalysisText()
  const ladder = useThresholdLadder()
  const chosen = useChosenThreshold()
  const setRule = useScenarioStore((s) => s.setThresholdRule)
  const { votingSeats } = useChamber()
  return (
    <fieldset className="analysis-threshold">
      <legend>{t('threshold.legend')}</legend>
      <div className="analysis-threshold-options">
        {THRESHOLD_RULES.map((rule) => {
          const rung = ladder.find((r) => r.id === rule)
          if (!rung) return null
          return (
            <label key={rule} className="radio">
              <input
                type="radio"
                name="analysis-threshold"
                value={rule}
                checked={chosen.id === rule}
                onChange={() => setRule(rule)}
              />
              {t('threshold.option', {
                name: t(`rung.${keyOf(rule)}.name`),
                seats: rung.seats,
              })}
            </label>
          )
        })}
      </div>
      <p className="hint">
        {t('threshold.hint', {
          name: t(`rung.${keyOf(chosen.id)}.name`),
          seats: chosen.seats,
          total: votingSeats,
        })}
      </p>
    </fieldset>
  )
}

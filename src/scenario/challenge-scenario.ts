/**
 * Pure: what the store holds when a challenge starts: the opening state of its election with the
 * challenge's seat table, one empty coalition to build the answer in, and the challenge id, so the
 * link carries the task. The reader's language, digits, palette and view are kept.
 */
import { type ScenarioState, initialScenario } from './scenario-store'

/** @example challengeScenario('no-sairoon', 'final2018', state).challengeId // 'no-sairoon' */
export function challengeScenario(
  challengeId: string,
  versionId: string | null,
  current: ScenarioState,
): ScenarioState {
  const opening = initialScenario(current.electionId)
  return {
    ...opening,
    versionId: versionId ?? current.versionId,
    locale: current.locale,
    digits: current.digits,
    view: current.view,
    palette: current.palette,
    theme: current.theme,
    challengeId,
  }
}

/**
 * The data a scenario shows beyond the first screen's, so start-up can wait for it when the
 * scenario opened (from a link, or restored) needs it at once.
 */
import { loadChallenges } from '../elections/challenge-catalog'
import { loadStory } from '../elections/story-catalog'
import type { ScenarioState } from './scenario-store'

/**
 * Loads the story for a scenario on a story step and the challenges for one with a challenge;
 * null when it needs neither (then nothing need wait). The promise never rejects: a panel whose
 * data failed to load waits for it and tries again.
 *
 * @example loadScenarioData({ ...initialScenario(), storyStep: 3 }) // a promise: the story loads
 * @example loadScenarioData(initialScenario()) // null
 */
export function loadScenarioData(
  scenario: Pick<ScenarioState, 'storyStep' | 'challengeId' | 'electionId'>,
): Promise<void> | null {
  const loads: Promise<unknown>[] = []
  if (scenario.storyStep !== null) loads.push(loadStory(scenario.electionId))
  if (scenario.challengeId !== null) loads.push(loadChallenges(scenario.electionId))
  if (loads.length === 0) return null
  return Promise.all(loads).then(
    () => undefined,
    () => undefined,
  )
}

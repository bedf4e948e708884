import { describe, expect, it } from 'vitest'
import { challengeData } from '../../src/elections/challenge-catalog'
import { ensureElection } from '../../src/elections/catalog'
import { currentStory } from '../../src/elections/story-catalog'
import { loadScenarioData } from '../../src/scenario/scenario-data'
import { initialScenario } from '../../src/scenario/scenario-store'

describe('loadScenarioData', () => {
  it('needs nothing for a scenario off the story and without a challenge', () => {
    expect(loadScenarioData(initialScenario())).toBeNull()
  })

  it('loads the story for a story step and the challenges for a challenge', async () => {
    await loadScenarioData({ storyStep: 3, challengeId: 'no-sairoon', electionId: 'iraq-2018' })
    expect(currentStory('iraq-2018')?.steps.length).toBeGreaterThanOrEqual(3)
    const ready = challengeData('iraq-2018')?.current()?.challenges ?? []
    expect(ready.some((c) => c.id === 'no-sairoon')).toBe(true)
  })

  it("loads the story and challenges of the scenario's own parliament", async () => {
    await ensureElection('iraq-2021')
    await loadScenarioData({ ...initialScenario('iraq-2021'), storyStep: 2, challengeId: 'x' })
    expect(currentStory('iraq-2021')?.id).toBe('iraq-2022-story')
    expect(challengeData('iraq-2021')?.current()?.electionId).toBe('iraq-2021')
  })
})

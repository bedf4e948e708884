import { describe, expect, it } from 'vitest'
import { challengeCatalog } from '../../src/elections/challenge-catalog'
import { storyCatalog } from '../../src/elections/story-catalog'
import { loadScenarioData } from '../../src/scenario/scenario-data'
import { initialScenario } from '../../src/scenario/scenario-store'

describe('loadScenarioData', () => {
  it('needs nothing for a scenario off the story and without a challenge', () => {
    expect(loadScenarioData(initialScenario())).toBeNull()
  })

  it('loads the story for a story step and the challenges for a challenge', async () => {
    await loadScenarioData({ storyStep: 3, challengeId: 'no-sairoon' })
    expect(storyCatalog.story?.steps.length).toBeGreaterThanOrEqual(3)
    expect(challengeCatalog.challenges.some((c) => c.id === 'no-sairoon')).toBe(true)
  })
})

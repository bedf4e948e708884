import { describe, expect, it } from 'vitest'
import { loadStory } from '../../src/elections/story-catalog'
import { initialScenario } from '../../src/scenario/scenario-store'
import { clampStoryStep, storyStepScenario } from '../../src/scenario/story-scenario'

const story = (await loadStory())!.story!

describe('clampStoryStep', () => {
  it.each([
    [1, 1],
    [3.7, 3],
    [0, 1],
    [-4, 1],
    [99, 7],
    [Number.NaN, 1],
  ])('turns %s into step %i of 7', (step, expected) => {
    expect(clampStoryStep(step, 7)).toBe(expected)
  })
})

describe('storyStepScenario', () => {
  it('loads the step’s seat version, coalitions and active coalition, with no seat edits', () => {
    const current = { ...initialScenario(), seatEdits: { sairoon: 90 } }
    const scenario = storyStepScenario(story, 2, current)
    expect(scenario).toMatchObject({
      versionId: 'may2018',
      seatEdits: {},
      activeCoalitionId: 'c1',
      storyStep: 2,
      thresholdRule: 'majority',
    })
    expect(scenario.coalitions).toEqual([
      { id: 'c1', name: 'Tripartite agreement', partyIds: ['sairoon', 'hikma', 'wataniya'] },
    ])
  })

  it('keeps the reader’s language, digits, palette and view, and names coalitions in Arabic for Arabic readers', () => {
    const current = {
      ...initialScenario(),
      locale: 'ar' as const,
      digits: 'arabic' as const,
      palette: 'colorblind' as const,
      view: 'projector' as const,
    }
    const scenario = storyStepScenario(story, 6, current)
    expect(scenario).toMatchObject({
      locale: 'ar',
      digits: 'arabic',
      palette: 'colorblind',
      view: 'projector',
    })
    expect(scenario.coalitions.map((c) => c.name)).toEqual(['الإصلاح والإعمار', 'البناء'])
  })

  it('clamps a step past the end to the last step', () => {
    expect(storyStepScenario(story, 40, initialScenario()).storyStep).toBe(7)
  })
})

describe('storyStepScenario, for a step that edits the chamber', () => {
  it('carries the 2022 story’s resignation: the Sadrist seats to a list of replacements', async () => {
    const { loadStoryById } = await import('../../src/elections/story-catalog')
    const story2022 = (await loadStoryById('iraq-2022-story')).story!
    const at = story2022.steps.findIndex((s) => s.id === 'resignation') + 1
    const scenario = storyStepScenario(story2022, at, { ...initialScenario(), locale: 'ar' })
    // The store shows only listed elections (2021 is not yet), so only the step's own parts are
    // checked here.
    expect(scenario).toMatchObject({
      versionId: 'certified',
      seatEdits: { 'sadrist-movement': 0 },
      storyStep: at,
    })
    expect(scenario.listOps).toEqual([
      {
        kind: 'add',
        id: 'sadrist-replacements',
        name: 'البدلاء في مقاعد الصدريين',
        seats: 73,
        color: '#6b6b6b',
        camp: 'unknown',
      },
    ])
    expect(storyStepScenario(story2022, 1, initialScenario()).listOps).toEqual([])
  })
})

import { describe, expect, it } from 'vitest'
import { challengeScenario } from '../../src/scenario/challenge-scenario'
import { initialScenario } from '../../src/scenario/scenario-store'

describe('challengeScenario', () => {
  it('starts the task on its seat table with one empty coalition, keeping the reader’s settings', () => {
    const current = {
      ...initialScenario(),
      locale: 'ar' as const,
      view: 'projector' as const,
      storyStep: 3,
      seatEdits: { sairoon: 90 },
      coalitions: [{ id: 'c4', name: 'Old', partyIds: ['kdp'] }],
    }
    expect(challengeScenario('no-sairoon', 'final2018', current)).toMatchObject({
      challengeId: 'no-sairoon',
      versionId: 'final2018',
      seatEdits: {},
      storyStep: null,
      coalitions: [{ id: 'c1', name: '', partyIds: [] }],
      activeCoalitionId: 'c1',
      locale: 'ar',
      view: 'projector',
    })
  })

  it('keeps the seat table in use when the task names none', () => {
    const current = { ...initialScenario(), versionId: 'may2018' }
    expect(challengeScenario('my-n4-m', null, current).versionId).toBe('may2018')
  })
})

import { describe, expect, it } from 'vitest'
import { loadChallenges } from '../../src/elections/challenge-catalog'
import { loadStory } from '../../src/elections/story-catalog'
import { challengeScenario } from '../../src/scenario/challenge-scenario'
import { initialScenario } from '../../src/scenario/scenario-store'
import { storyStepScenario } from '../../src/scenario/story-scenario'
import { openSharePagePath, shareLink } from '../../src/scenario/share-link'

const story = (await loadStory())?.story
await loadChallenges()
const english = initialScenario()

describe('openSharePagePath', () => {
  it.each([
    ['/story/3/', '/?v=1&st=3'],
    ['/story/3', '/?v=1&st=3'],
    ['/ar/story/3/', '/ar/?v=1&st=3&l=ar'],
    ['/kutla/challenge/four-lists/', '/kutla/?v=1&s=final2018&ch=four-lists'],
    ['/ar/challenge/no-sairoon/', '/ar/?v=1&s=final2018&l=ar&ch=no-sairoon'],
    // A path naming no step or challenge: the opening scenario, never a blank page.
    ['/story/99/', '/?v=1'],
    ['/challenge/nope/', '/?v=1'],
    ['/ar/story/x/', '/ar/?v=1&l=ar'],
  ])('at %s writes %s', async (path, address) => {
    window.history.replaceState(null, '', path)
    await openSharePagePath(window)
    expect(`${window.location.pathname}${window.location.search}`).toBe(address)
  })

  it('leaves any other address alone', async () => {
    window.history.replaceState(null, '', '/ar/?v=1&c=nasr')
    await openSharePagePath(window)
    expect(`${window.location.pathname}${window.location.search}`).toBe('/ar/?v=1&c=nasr')
  })
})

describe('shareLink', () => {
  const origin = window.location.origin

  it('gives a story step its page, in the reader’s language', () => {
    expect(shareLink(storyStepScenario(story!, 3, english), window, '/')).toBe(`${origin}/story/3/`)
    expect(
      shareLink(storyStepScenario(story!, 3, { ...english, locale: 'ar' }), window, '/kutla/'),
    ).toBe(`${origin}/kutla/ar/story/3/`)
  })

  it('gives a ready-made challenge its page', () => {
    expect(shareLink(challengeScenario('four-lists', 'final2018', english), window, '/')).toBe(
      `${origin}/challenge/four-lists/`,
    )
  })

  it('gives the opening scenario its query link on the language’s page', () => {
    expect(shareLink(english, window, '/')).toBe(`${origin}/?v=1`)
    expect(shareLink({ ...english, locale: 'ar' }, window, '/')).toBe(`${origin}/ar/?v=1&l=ar`)
  })

  it('gives any other scenario its own link, as under a relative base', () => {
    const built = { ...english, coalitions: [{ id: 'c1', name: '', partyIds: ['nasr'] }] }
    window.history.replaceState(null, '', '/')
    expect(shareLink(built, window, '/')).toBe(`${origin}/?v=1&c=nasr`)
    expect(shareLink(storyStepScenario(story!, 3, english), window, './')).toMatch(
      new RegExp(`^${origin}/\\?v=1&.*st=3`),
    )
  })
})

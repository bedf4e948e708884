import { describe, expect, it } from 'vitest'
import { loadChallenges } from '../../src/elections/challenge-catalog'
import { loadStory } from '../../src/elections/story-catalog'
import { challengeScenario } from '../../src/scenario/challenge-scenario'
import { initialScenario } from '../../src/scenario/scenario-store'
import {
  sharePageOf,
  sharePageOfPath,
  sharePageQuery,
  sharePages,
} from '../../src/scenario/share-pages'
import { storyStepScenario } from '../../src/scenario/story-scenario'
import { decodeScenario, encodeScenario } from '../../src/scenario/url-codec'

const story = (await loadStory())?.story
const challenges = (await loadChallenges())?.challenges ?? []
const english = initialScenario()
const arabic = { ...initialScenario(), locale: 'ar' as const }

describe('sharePages', () => {
  it('lists the opening page, every story step and every ready-made challenge in each language', () => {
    const pages = sharePages(['en', 'ar'], story, challenges)
    expect(pages).toHaveLength(2 * (1 + 7 + 4))
    expect(pages.map((p) => p.path)).toContain('story/3/')
    expect(pages.map((p) => p.path)).toContain('ar/challenge/no-sairoon/')
    expect(pages.filter((p) => p.kind === 'opening').map((p) => p.path)).toEqual(['', 'ar/'])
  })
})

describe('sharePageOfPath', () => {
  it.each([
    ['story/3/', { kind: 'story', step: 3, locale: 'en', path: 'story/3/' }],
    ['ar/story/3', { kind: 'story', step: 3, locale: 'ar', path: 'ar/story/3/' }],
    [
      'challenge/four-lists/',
      { kind: 'challenge', id: 'four-lists', locale: 'en', path: 'challenge/four-lists/' },
    ],
  ])('reads %s', (path, page) => {
    expect(sharePageOfPath(path)).toEqual(page)
  })

  it.each(['story/0/', 'story/x/', 'story/1234/', 'challenge/<b>/', 'fr/story/3/', 'story/3/4/'])(
    'names no page at %s',
    (path) => {
      expect(sharePageOfPath(path)).toBeNull()
    },
  )
})

describe('sharePageQuery', () => {
  it('gives a step the short story link, with l=ar on the Arabic page', () => {
    expect(sharePageQuery(sharePageOfPath('story/3/')!, story, challenges)).toBe('v=1&st=3')
    expect(sharePageQuery(sharePageOfPath('ar/story/3/')!, story, challenges)).toBe('v=1&st=3&l=ar')
  })

  it('gives a challenge its seat figures', () => {
    expect(sharePageQuery(sharePageOfPath('challenge/four-lists/')!, story, challenges)).toBe(
      'v=1&s=final2018&ch=four-lists',
    )
  })

  it('names nothing for a step or challenge that does not exist', () => {
    expect(sharePageQuery(sharePageOfPath('story/99/')!, story, challenges)).toBeNull()
    expect(sharePageQuery(sharePageOfPath('challenge/nope/')!, story, challenges)).toBeNull()
  })

  it('opens, through the link decoder, the step the page is for', () => {
    const decoded = decodeScenario(sharePageQuery(sharePageOfPath('ar/story/3/')!, story, [])!)
    expect(decoded.ok && encodeScenario(decoded.scenario)).toBe(
      encodeScenario(storyStepScenario(story!, 3, arabic)),
    )
  })
})

describe('sharePageOf', () => {
  it('finds the page of a story step, in the reader’s language', () => {
    expect(sharePageOf(storyStepScenario(story!, 3, english), story, challenges)?.path).toBe(
      'story/3/',
    )
    expect(sharePageOf(storyStepScenario(story!, 3, arabic), story, challenges)?.path).toBe(
      'ar/story/3/',
    )
  })

  it('keeps the page when only the reader’s own display settings differ', () => {
    const dark = { ...english, theme: 'dark' as const, palette: 'colorblind' as const }
    expect(sharePageOf(storyStepScenario(story!, 2, dark), story, challenges)?.path).toBe(
      'story/2/',
    )
  })

  it('finds no page once the step’s scenario is changed', () => {
    const step = storyStepScenario(story!, 3, english)
    const changed = {
      ...step,
      coalitions: step.coalitions.map((c, i) =>
        i === 0 ? { ...c, partyIds: [...c.partyIds, 'nasr'] } : c,
      ),
    }
    expect(sharePageOf(changed, story, challenges)).toBeNull()
    expect(sharePageOf({ ...step, versionId: 'final2018' }, story, challenges)).toBeNull()
  })

  it('finds a ready-made challenge, not a custom one or one on other seat figures', () => {
    const ready = challengeScenario('no-sairoon', 'final2018', english)
    expect(sharePageOf(ready, story, challenges)?.path).toBe('challenge/no-sairoon/')
    expect(sharePageOf({ ...ready, versionId: 'may2018' }, story, challenges)).toBeNull()
    expect(
      sharePageOf(challengeScenario('my-n4-m', 'final2018', english), story, challenges),
    ).toBeNull()
  })

  it('finds the opening page only for the opening scenario', () => {
    expect(sharePageOf(english, story, challenges)?.kind).toBe('opening')
    const built = {
      ...english,
      coalitions: [{ id: 'c1', name: '', partyIds: ['sairoon'] }],
    }
    expect(sharePageOf(built, story, challenges)).toBeNull()
  })
})

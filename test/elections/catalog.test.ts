import { describe, expect, it, vi } from 'vitest'
import { partyShortName, versionLabel } from '../../src/i18n/names'

/** A fresh copy of the catalog module: nothing loaded yet (test/setup.ts loads the shared one). */
async function freshCatalog() {
  vi.resetModules()
  return import('../../src/elections/catalog')
}

describe('the shipped catalog', () => {
  it('starts with the core: English and full Arabic names, no Arabic short names, no details', async () => {
    const { findElection } = await freshCatalog()
    const election = findElection('iraq-2018')!
    const sairoon = election.parties.find((p) => p.id === 'sairoon')!
    expect([sairoon.shortName, sairoon.nameAr]).toEqual([
      'Sairoon',
      'تحالف سائرون للإصلاح (سائرون)',
    ])
    expect(sairoon.shortNameAr).toBeUndefined()
    expect(election.sources).toEqual([])
    expect(election.versions.map((v) => v.labelAr)).toEqual([undefined, undefined])
  })

  it('has the Arabic names after loadElectionLocale("ar"), in new election objects', async () => {
    const { catalog, findElection, loadElectionLocale } = await freshCatalog()
    const before = findElection('iraq-2018')!
    const elections = catalog.elections
    await loadElectionLocale('ar')
    const after = findElection('iraq-2018')!
    expect(after).not.toBe(before)
    expect(catalog.elections).not.toBe(elections)
    expect(partyShortName(after.parties[0]!, 'ar')).toEqual({ text: 'سائرون', lang: 'ar' })
    expect(versionLabel(after.versions[0]!, 'ar').lang).toBe('ar')
    // Loading again changes nothing.
    await loadElectionLocale('ar')
    expect(findElection('iraq-2018')).toBe(after)
  })

  it('loads nothing for English', async () => {
    const { catalog, loadElectionLocale } = await freshCatalog()
    const elections = catalog.elections
    await loadElectionLocale('en')
    expect(catalog.elections).toBe(elections)
  })

  it('loads an election’s details on demand, and refuses an id it does not ship', async () => {
    const { loadElectionDetails, shippedDetails } = await freshCatalog()
    expect(shippedDetails('iraq-2018')?.current()).toBeUndefined()
    const details = await loadElectionDetails('iraq-2018')
    expect(details.sources.length).toBeGreaterThan(0)
    expect(details.versions.final2018?.description).toMatch(/recount/i)
    expect(shippedDetails('iraq-2018')?.current()).toBe(details)
    expect(shippedDetails('custom')).toBeUndefined()
    await expect(loadElectionDetails('custom')).rejects.toThrow('custom')
  })
})

describe('the story and challenges', () => {
  it('are empty until loaded, then hold the checked files', async () => {
    vi.resetModules()
    const story = await import('../../src/elections/story-catalog')
    const challenges = await import('../../src/elections/challenge-catalog')
    expect(story.currentStory('iraq-2018')).toBeUndefined()
    expect(challenges.challengeData('iraq-2018')?.current()).toBeUndefined()
    const [loadedStory, loadedChallenges] = await Promise.all([
      story.loadStory(),
      challenges.loadChallenges(),
    ])
    expect(loadedStory).toMatchObject({ errors: [], story: { id: 'iraq-2018-story' } })
    expect(story.currentStory('iraq-2018')?.steps.length).toBeGreaterThan(1)
    expect(loadedChallenges).toMatchObject({ electionId: 'iraq-2018', errors: [] })
    expect(challenges.challengeData('iraq-2018')?.current()).toBe(loadedChallenges)
  })

  it('are found by the election they are about: 2022 for the 2021 parliament, none for 2025', async () => {
    vi.resetModules()
    const story = await import('../../src/elections/story-catalog')
    const challenges = await import('../../src/elections/challenge-catalog')
    expect((await story.loadStory('iraq-2021'))?.story).toMatchObject({
      id: 'iraq-2022-story',
      electionId: 'iraq-2021',
    })
    expect(story.currentStory('iraq-2021')?.steps.length).toBeGreaterThanOrEqual(7)
    expect((await story.loadStory('iraq-2010'))?.story?.electionId).toBe('iraq-2010')
    expect(story.storyData('iraq-2025')).toBeUndefined()
    expect(await story.loadStory('custom')).toBeUndefined()
    expect((await challenges.loadChallenges('iraq-2021'))?.electionId).toBe('iraq-2021')
    expect(challenges.challengeData('custom')).toBeUndefined()
  })
})

describe('the election index and ensureElection', () => {
  it('lists every shipped election in date order, with what each one has', async () => {
    const { electionIndex } = await freshCatalog()
    expect(electionIndex.map((e) => [e.id, e.year, e.chamberSize])).toEqual([
      ['iraq-2010', 2010, 325],
      ['iraq-2018', 2018, 329],
      ['iraq-2021', 2021, 329],
      ['iraq-2025', 2025, 329],
    ])
    expect(electionIndex.find((e) => e.id === 'iraq-2021')).toMatchObject({
      storyId: 'iraq-2022-story',
      challenges: true,
    })
    // 2025's small lists are of low confidence in the reference; the index says the lowest.
    expect(electionIndex.find((e) => e.id === 'iraq-2025')?.confidence).toBe('low')
  })

  it('puts a loaded election into the catalog, in date order, once', async () => {
    const { catalog, ensureElection, findElection } = await freshCatalog()
    expect(findElection('iraq-2021')).toBeUndefined()
    const [a, b] = await Promise.all([ensureElection('iraq-2021'), ensureElection('iraq-2021')])
    expect(a).toBe(b)
    await ensureElection('iraq-2010')
    expect(catalog.elections.map((e) => e.id)).toEqual(['iraq-2010', 'iraq-2018', 'iraq-2021'])
    expect(
      findElection('iraq-2021')?.parties.find((p) => p.id === 'sadrist-movement')?.seats.certified,
    ).toBe(73)
    await expect(ensureElection('iraq-1999')).rejects.toThrow('iraq-1999')
  })

  it('tells which elections a link or stored text names that are not loaded yet', async () => {
    const { electionsNamedIn, ensureElection } = await freshCatalog()
    expect(electionsNamedIn('?v=1&e=iraq-2021&c=sadrist')).toEqual(['iraq-2021'])
    expect(electionsNamedIn('[{"query":"?v=1&e=iraq-2010"},{"query":"?e=iraq-2025&v=1"}]')).toEqual(
      ['iraq-2010', 'iraq-2025'],
    )
    // The default is always there; a longer id is not a shorter one.
    expect(electionsNamedIn('?v=1&e=iraq-2018')).toEqual([])
    expect(electionsNamedIn('?v=1&e=iraq-2021x')).toEqual([])
    await ensureElection('iraq-2021')
    expect(electionsNamedIn('?v=1&e=iraq-2021')).toEqual([])
  })
})

describe('the data the app does not list yet', () => {
  it('loads the 2010, 2021 and 2025 elections whole by id, and keeps the list at 2018', async () => {
    const { catalog, DEFAULT_ELECTION_ID, loadElection } = await freshCatalog()
    expect(catalog.elections.map((e) => e.id)).toEqual(['iraq-2018'])
    expect(DEFAULT_ELECTION_ID).toBe('iraq-2018')
    const sizes = await Promise.all(
      ['iraq-2010', 'iraq-2021', 'iraq-2025'].map(
        async (id) => (await loadElection(id)).chamberSize,
      ),
    )
    expect(sizes).toEqual([325, 329, 329])
    const e2021 = await loadElection('iraq-2021')
    expect(e2021.sources.length).toBeGreaterThan(0)
    expect(e2021.events).toHaveLength(28)
    expect(await loadElection('iraq-2018')).toBe(catalog.elections[0])
    await expect(loadElection('iraq-1999')).rejects.toThrow('iraq-1999')
  })

  it('loads the details of an unlisted election, events included', async () => {
    const { loadElectionDetails } = await freshCatalog()
    const details = await loadElectionDetails('iraq-2021')
    expect(details.events?.find((e) => e.date === '2022-03-26')?.attendance).toBe(202)
    expect(details.parties['ishraqat-kanoon']?.variants).toEqual([
      expect.objectContaining({ seats: 5, versionId: 'certified' }),
    ])
  })

  it('loads the camp map across the four elections', async () => {
    const { loadCampMap } = await freshCatalog()
    const map = await loadCampMap()
    expect(map.elections).toEqual(['iraq-2010', 'iraq-2018', 'iraq-2021', 'iraq-2025'])
    expect(map.lineages.find((l) => l.id === 'kdp')?.byElection['iraq-2010']?.lists).toEqual([
      'kurdistan-list',
    ])
  })

  it('loads every story by id and every challenge file by election', async () => {
    vi.resetModules()
    const { loadStoryById } = await import('../../src/elections/story-catalog')
    const { loadChallengesFor } = await import('../../src/elections/challenge-catalog')
    const story = await loadStoryById('iraq-2022-story')
    expect(story).toMatchObject({ errors: [], story: { electionId: 'iraq-2021' } })
    expect(story.story?.steps).toHaveLength(8)
    expect((await loadStoryById('iraq-2018-story')).story?.electionId).toBe('iraq-2018')
    await expect(loadStoryById('nope')).rejects.toThrow('nope')
    for (const id of ['iraq-2010', 'iraq-2021', 'iraq-2025', 'iraq-2018']) {
      const set = await loadChallengesFor(id)
      expect(set.errors).toEqual([])
      expect(set.electionId).toBe(id)
      expect(set.challenges.length).toBeGreaterThanOrEqual(2)
    }
    await expect(loadChallengesFor('iraq-1999')).rejects.toThrow('iraq-1999')
  })
})

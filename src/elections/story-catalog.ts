/**
 * The guided stories, one per parliament that has one (2018; 2022's about the 2021 parliament;
 * 2010), checked against their election when the app is built (see build-data.ts) and loaded on
 * demand: `loadStory(electionId)`, then `currentStory(electionId)` holds it. A 2018 story that
 * failed its checks (only possible in a benchmark build) is left out, with its problems kept for
 * display. Every shipped story also loads by id with `loadStoryById`.
 */
import { DEFAULT_ELECTION_ID, indexEntry } from './catalog'
import { type LazyData, lazyData, lazyDataByKey } from './lazy-data'
import type { Story } from './parse-story'

export interface StoryCatalog {
  story: Story | undefined
  errors: readonly string[]
}

/** The story shown from the start (2018's), as it loads: `current()` is undefined until it has. */
export const shippedStory = lazyData(() =>
  import('virtual:kutla-data/story').then((m) => m.storyCatalog),
)

const others = lazyDataByKey((storyId) => loadStoryById(storyId))

/**
 * The story told about an election's parliament, as it loads (2018's, 2022's about the 2021
 * parliament, 2010's), or undefined for an election without one.
 */
export function storyData(electionId: string): LazyData<StoryCatalog> | undefined {
  if (electionId === DEFAULT_ELECTION_ID) return shippedStory
  const storyId = indexEntry(electionId)?.storyId
  return storyId === undefined ? undefined : others(storyId)
}

/** The story about an election once loaded; undefined before, or for an election without one. */
export function currentStory(electionId: string): Story | undefined {
  return storyData(electionId)?.current()?.story
}

/**
 * Loads the story about an election (once; later calls share the first); undefined for an
 * election without one. Await it before the first render when the link opens a story step (`st=`).
 *
 * @example await loadStory(); currentStory('iraq-2018')?.steps.length // 7
 * @example (await loadStory('iraq-2021'))?.story?.id // 'iraq-2022-story'
 */
export function loadStory(electionId = DEFAULT_ELECTION_ID): Promise<StoryCatalog | undefined> {
  return storyData(electionId)?.load() ?? Promise.resolve(undefined)
}

/**
 * A shipped story by its id (e.g. 'iraq-2022-story', about the 2021 parliament), checked at build
 * time like the shown one. Rejects for an id the app does not ship.
 *
 * @example (await loadStoryById('iraq-2022-story')).story?.electionId // 'iraq-2021'
 */
export async function loadStoryById(id: string): Promise<StoryCatalog> {
  const { storyLoaders } = await import('virtual:kutla-data/stories')
  if (!Object.hasOwn(storyLoaders, id)) throw new Error(`No shipped story "${id}"`)
  return storyLoaders[id]!()
}

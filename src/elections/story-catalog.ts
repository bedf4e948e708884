/**
 * The guided story the app shows (2018), checked against its election when the app is built (see
 * build-data.ts) and loaded on demand: `loadStory()` once, then `storyCatalog` holds it. A story
 * that failed its checks (only possible in a benchmark build) is left out, with its problems kept
 * for display. Every shipped story, shown or not, also loads by id with `loadStoryById`.
 */
import { lazyData } from './lazy-data'
import type { Story } from './parse-story'

export interface StoryCatalog {
  story: Story | undefined
  errors: readonly string[]
}

const NOT_LOADED: StoryCatalog = { story: undefined, errors: [] }

/** The shipped story once `loadStory()` has resolved; no story before. */
export let storyCatalog: StoryCatalog = NOT_LOADED

/** The story as it loads: `current()` is undefined until it has. */
export const shippedStory = lazyData(() =>
  import('virtual:kutla-data/story').then((m) => {
    storyCatalog = m.storyCatalog
    return m.storyCatalog
  }),
)

/**
 * Loads the shipped story (once; later calls share the first). Await it before the first render
 * when the link opens a story step (`st=`).
 *
 * @example await loadStory(); storyCatalog.story?.steps.length // 7
 */
export function loadStory(): Promise<StoryCatalog> {
  return shippedStory.load()
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

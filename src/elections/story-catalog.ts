/**
 * The guided 2018 story, checked against its election when the app is built (see build-data.ts)
 * and loaded on demand: `loadStory()` once, then `storyCatalog` holds it. A story that failed its
 * checks (only possible in a benchmark build) is left out, with its problems kept for display.
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

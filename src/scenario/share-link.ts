/**
 * The share pages in the address bar and on the clipboard (src/scenario/share-pages.ts): opening
 * a share page's path, and the link Copy link gives. Loaded only where needed (at a share page's
 * path, and with the share panel), so the first load does not carry it.
 */
import { DEFAULT_ELECTION_ID } from '../elections/catalog'
import { challengeData, loadChallenges } from '../elections/challenge-catalog'
import { currentStory, loadStory } from '../elections/story-catalog'
import { type ScenarioState, initialScenario, pickScenario } from './scenario-store'
import {
  LANGUAGE_PATHS,
  sharePageOf,
  sharePageOfPath,
  sharePageQuery,
  sharePageScenario,
} from './share-pages'
import { encodeScenario } from './url-codec'
import { scenarioLink } from './url-sync'

/** A share page's path at the end of an address: `[ar/](story|challenge)/<value>[/]`. */
export const SHARE_PATH = /^(.*?\/)((?:ar\/)?(?:story|challenge)\/[^/]+\/?)$/

/**
 * At a share page's path (`story/3/`, `ar/challenge/no-sairoon/`: src/scenario/share-pages.ts),
 * writes the query link it stands for into the address, on the language's own page
 * (`/?v=1&st=3`, `/ar/?v=1&st=3&l=ar`), before the link is read; then everything goes on as for
 * that link. The address bar holds the scenario as a query link, so that each later change
 * writes a query of its own, and never on a path that says otherwise; Copy link gives the path
 * again while the scenario is exactly the page's. A path naming no step or challenge (an
 * address a host served the app for anyway) opens the opening scenario. Anything else: nothing.
 *
 * @example await openSharePagePath() // at /kutla/story/3/: the address becomes /kutla/?v=1&st=3
 */
export async function openSharePagePath(win: Window = window): Promise<void> {
  const match = SHARE_PATH.exec(win.location.pathname)
  if (!match) return
  const [, base = '/', path = ''] = match
  const page = sharePageOfPath(path)
  let query: string | null = null
  if (page) {
    const [story, challenges] = await Promise.all([
      page.kind === 'story'
        ? loadStory().then(
            (c) => c?.story,
            () => undefined,
          )
        : undefined,
      page.kind === 'challenge'
        ? loadChallenges().then(
            (c) => c?.challenges ?? [],
            () => [],
          )
        : [],
    ])
    query = sharePageQuery(page, story, challenges)
  }
  const locale = page?.locale ?? (path.startsWith(LANGUAGE_PATHS.ar) ? 'ar' : 'en')
  const fallback = encodeScenario({ ...initialScenario(), locale })
  win.history.replaceState(
    win.history.state,
    '',
    `${base}${LANGUAGE_PATHS[locale]}?${query ?? fallback}`,
  )
}

/**
 * The link Copy link gives: where the scenario is exactly a share page's (a story step, a
 * ready-made challenge; src/scenario/share-pages.ts), that page's address, whose preview shows
 * its card; for the opening scenario, its query link on the language's own page; otherwise the
 * scenario's link (`scenarioLink`). The pages' addresses need the app's base as an absolute path
 * (`base` defaults to Vite's); under a relative base, the scenario's link.
 *
 * @example shareLink(storyStepScenario(story, 3, state)) // 'https://example.org/story/3/'
 */
export function shareLink(
  scenario: ScenarioState,
  win: Window | undefined = typeof window === 'undefined' ? undefined : window,
  base: string = import.meta.env.BASE_URL,
): string {
  const link = scenarioLink(scenario, win)
  if (!win || !base.startsWith('/')) return link
  // The share pages are the 2018 parliament's (its story, its challenges, the opening page).
  const page = sharePageOf(
    scenario,
    currentStory(DEFAULT_ELECTION_ID),
    challengeData(DEFAULT_ELECTION_ID)?.current()?.challenges ?? [],
  )
  if (!page) return link
  if (page.kind !== 'opening') return `${win.location.origin}${base}${page.path}`
  const opening = sharePageScenario(page, scenario, undefined, [])
  if (!opening) return link
  return `${win.location.origin}${base}${page.path}?${encodeScenario(pickScenario(opening))}`
}

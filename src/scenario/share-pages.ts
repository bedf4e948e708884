/**
 * The share pages: a page at its own path for the opening scenario, each step of the shipped story
 * and each ready-made challenge, in every language, built with a preview card (src/build-cards.ts).
 * Pure: which pages exist, which scenario each opens, which page (if any) a scenario is exactly.
 *
 * Paths are relative to the app's base, under the language's page (`PAGE_PATHS`, '' or 'ar/'):
 * `story/3/`, `challenge/no-sairoon/`, `ar/story/3/`. A page opens the same scenario as its query
 * link (`?v=1&st=3`); its language is the page's, as the Arabic page's query link carries `l=ar`.
 */
import type { Locale } from '../elections/languages'
import type { Story } from '../elections/parse-story'
import type { ReadyChallenge } from '../elections/parse-challenges'
import { challengeScenario } from './challenge-scenario'
import { LANGUAGE_PATHS } from './language-paths'
import { type ScenarioState, initialScenario, pickScenario, readerSettings } from './scenario-store'
import { storyStepScenario } from './story-scenario'
import { PARAMS, URL_FORMAT_VERSION, encodeScenario } from './url-codec'

/** What a share page shows: the opening scenario, a story step (from 1) or a challenge. */
export type SharePageKind =
  { kind: 'opening' } | { kind: 'story'; step: number } | { kind: 'challenge'; id: string }

export type SharePage = SharePageKind & {
  locale: Locale
  /** Relative to the app's base, ending in '/': '', 'ar/', 'story/3/', 'ar/challenge/four-lists/'. */
  path: string
}

export { LANGUAGE_PATHS }

/** Ids that can sit in a path as they are (the challenge file's ids are written so). */
const PATH_ID = /^[a-z0-9][a-z0-9-]{0,59}$/

/**
 * The path of a page, relative to the app's base.
 *
 * @example sharePagePath({ kind: 'story', step: 3 }, 'ar') // 'ar/story/3/'
 */
export function sharePagePath(page: SharePageKind, locale: Locale): string {
  const prefix = LANGUAGE_PATHS[locale]
  if (page.kind === 'story') return `${prefix}story/${page.step}/`
  if (page.kind === 'challenge') return `${prefix}challenge/${page.id}/`
  return prefix
}

/**
 * Every share page: the opening page, each story step and each ready-made challenge whose id can
 * be a path, in each language.
 *
 * @example sharePages(['en', 'ar'], story, challenges).length // 2 × (1 + 7 + 4) = 24
 */
export function sharePages(
  locales: readonly Locale[],
  story: Story | undefined,
  challenges: readonly ReadyChallenge[],
): SharePage[] {
  const kinds: SharePageKind[] = [
    { kind: 'opening' },
    ...(story?.steps ?? []).map((_, i) => ({ kind: 'story' as const, step: i + 1 })),
    ...challenges
      .filter((c) => PATH_ID.test(c.id))
      .map((c) => ({ kind: 'challenge' as const, id: c.id })),
  ]
  return locales.flatMap((locale) =>
    kinds.map((page) => ({ ...page, locale, path: sharePagePath(page, locale) })),
  )
}

/**
 * The page a path names (relative to the app's base, with or without the trailing '/'), or null
 * for any other path. Only the shape is checked: whether the step or challenge exists is up to
 * `sharePageScenario`.
 *
 * @example sharePageOfPath('ar/story/3/') // { kind: 'story', step: 3, locale: 'ar', path: 'ar/story/3/' }
 * @example sharePageOfPath('story/x/') // null
 */
export function sharePageOfPath(path: string): SharePage | null {
  const match = /^(ar\/)?(story|challenge)\/([^/]{1,60})\/?$/.exec(path)
  if (!match) return null
  const locale: Locale = match[1] ? 'ar' : 'en'
  const [, , kind, value = ''] = match
  let page: SharePageKind
  if (kind === 'story') {
    if (!/^[1-9][0-9]{0,2}$/.test(value)) return null
    page = { kind: 'story', step: Number(value) }
  } else {
    if (!PATH_ID.test(value)) return null
    page = { kind: 'challenge', id: value }
  }
  return { ...page, locale, path: sharePagePath(page, locale) }
}

/**
 * The scenario a page opens, for a reader whose settings are in `reader` (the page's language
 * replaces theirs): the story step's or the challenge's own scenario, else the opening one. Null
 * for a step or challenge that does not exist.
 *
 * @example sharePageScenario({ kind: 'story', step: 3, locale: 'en', path: 'story/3/' }, reader, story, [])?.storyStep // 3
 */
export function sharePageScenario(
  page: SharePage,
  reader: ScenarioState,
  story: Story | undefined,
  challenges: readonly ReadyChallenge[],
): ScenarioState | null {
  const current = { ...reader, locale: page.locale }
  if (page.kind === 'story') {
    if (!story || page.step < 1 || page.step > story.steps.length) return null
    return storyStepScenario(story, page.step, current)
  }
  if (page.kind === 'challenge') {
    const challenge = challenges.find((c) => c.id === page.id)
    if (!challenge) return null
    return challengeScenario(challenge.id, challenge.versionId ?? null, {
      ...initialScenario(story?.electionId),
      ...readerSettings(current),
    })
  }
  return { ...initialScenario(), ...readerSettings(current) }
}

/**
 * The share page that shows exactly `state` (same scenario, in its language; the reader's digits,
 * view, palette and theme are theirs to keep), or null: a scenario changed in any way, another
 * parliament, a custom challenge. The opening page counts only for the opening scenario.
 *
 * @example sharePageOf(storyStepScenario(story, 3, state), story, challenges)?.path // 'story/3/'
 */
export function sharePageOf(
  state: ScenarioState,
  story: Story | undefined,
  challenges: readonly ReadyChallenge[],
): SharePage | null {
  if (state.customParliament !== null) return null
  const kind: SharePageKind =
    state.storyStep !== null
      ? { kind: 'story', step: state.storyStep }
      : state.challengeId !== null
        ? { kind: 'challenge', id: state.challengeId }
        : { kind: 'opening' }
  if (kind.kind === 'challenge' && !PATH_ID.test(kind.id)) return null
  const page: SharePage = {
    ...kind,
    locale: state.locale,
    path: sharePagePath(kind, state.locale),
  }
  const expected = sharePageScenario(page, state, story, challenges)
  if (!expected) return null
  return encodeScenario(pickScenario(expected)) === encodeScenario(pickScenario(state))
    ? page
    : null
}

/**
 * The query link (without `?`) a page stands for: what the app opens at the page's path, and what
 * its tags describe. A story step's is the short form (`v=1&st=3`), which names the step's
 * coalitions in the reader's language; the Arabic pages' carry `l=ar`. Null for a step or
 * challenge that does not exist.
 *
 * @example sharePageQuery(sharePageOfPath('ar/story/3/')!, story, []) // 'v=1&st=3&l=ar'
 */
export function sharePageQuery(
  page: SharePage,
  story: Story | undefined,
  challenges: readonly ReadyChallenge[],
): string | null {
  const opening = initialScenario()
  const scenario = sharePageScenario(page, opening, story, challenges)
  if (!scenario) return null
  if (page.kind !== 'story') return encodeScenario(pickScenario(scenario))
  const query = new URLSearchParams({
    [PARAMS.version]: String(URL_FORMAT_VERSION),
    [PARAMS.storyStep]: String(page.step),
  })
  if (page.locale !== opening.locale) query.set(PARAMS.locale, page.locale)
  return query.toString()
}

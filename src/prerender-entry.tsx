/**
 * The server side of the pages built ahead of time: src/build-prerender.ts builds this module for
 * Node with the app's own Vite config and calls `renderPages()` once per build. Nothing here runs
 * in the browser.
 */
import { StrictMode } from 'react'
import { prerender } from 'react-dom/static'
import { App } from './app'
import { preloadControls } from './components/layout/controls-lazy'
import { picture } from './components/charts/picture-lazy'
import { loadElectionLocale } from './elections/catalog'
import { formatDate, loadNamespaces, translator } from './i18n/i18n'
import { electionTitle, partyShortName } from './i18n/names'
import { verdictWords } from './i18n/use-names'
import { colorFor } from './components/layout/palette'
import { chamberOrder } from './coalition/hemicycle'
import { nonVotingSeats } from './elections/parliament-edits'
import { votingSeatMap } from './coalition/chamber'
import { coalitionLabel, describeResult } from './coalition/format'
import { evaluateCoalition } from './coalition/majority'
import { loadStory } from './elections/story-catalog'
import { loadChallenges } from './elections/challenge-catalog'
import {
  type SharePage,
  sharePageQuery,
  sharePageScenario,
  sharePages,
} from './scenario/share-pages'
import { selectChamber, selectParliament, selectSeats } from './scenario/selectors'
import type { CardInput } from './share-card'
import { loadLocale, registerLocaleLoader } from './i18n/load-locale'
import { LOCALE_INFO } from './i18n/locales'
import {
  PAGE_PATHS,
  antiFlashScript,
  drawFromCurrentState,
  prerenderedScenario,
} from './prerender-page'
import { useScenarioStore } from './scenario/scenario-store'
import { LOCALES, type Locale } from './elections/languages'

export interface PrerenderedPage {
  locale: Locale
  dir: 'ltr' | 'rtl'
  /** Where the page goes, relative to the build's folder: 'index.html', 'ar/index.html'. */
  fileName: string
  title: string
  description: string
  /** The opening screen: what goes inside `#root`. */
  html: string
}

/** The opening page in `locale`, drawn with react-dom/static. */
export async function renderPage(locale: Locale): Promise<PrerenderedPage> {
  // As in main.tsx: the language's messages and the election's names in it, before drawing; and
  // the picture's code, so the picture is drawn in the first pass (a part that suspended would
  // reach the page through an inline script, which the policy refuses).
  await Promise.all([loadLocale(locale), picture.preload(), preloadControls()])
  useScenarioStore.getState().loadScenario(prerenderedScenario(locale))
  drawFromCurrentState(useScenarioStore)
  const t = translator(locale, useScenarioStore.getState().digits, 'common')
  const failures: unknown[] = []
  const { prelude } = await prerender(
    <StrictMode>
      <App />
    </StrictMode>,
    {
      // Lazily loaded panels ask for the browser (`use(browser())`, see lazy-with-retry.tsx): their
      // Suspense fallback goes into the HTML. Anything else that fails is a build error.
      onBrowserBailout: () => {},
      // One document, no part sent later: a boundary sent on its own would need an inline
      // script to take its place, which the policy refuses.
      progressiveChunkSize: Number.POSITIVE_INFINITY,
      onError: (error) => {
        failures.push(error)
      },
    },
  )
  if (failures.length) throw failures[0]
  return {
    locale,
    dir: LOCALE_INFO[locale].dir,
    fileName: `${PAGE_PATHS[locale]}index.html`,
    title: t('app.documentTitle'),
    description: t('app.description'),
    html: await new Response(prelude).text(),
  }
}

/** Every language's opening page, one after the other (they share the store). */
export async function renderPages(): Promise<PrerenderedPage[]> {
  registerLocaleLoader(loadElectionLocale)
  const pages: PrerenderedPage[] = []
  for (const locale of LOCALES) pages.push(await renderPage(locale))
  return pages
}

export { antiFlashScript }

/** A share page: its path, its tags' words and its card, before the card is drawn. */
export interface SharePagePlan {
  page: SharePage
  /** Where the page goes, relative to the build's folder; the opening pages are the ones above. */
  fileName: string
  /** The card's file, relative to the build's folder: 'cards/en-story-3.png'. */
  cardFile: string
  /** The query link the page stands for (without `?`): what the app opens at its path. */
  query: string
  title: string
  description: string
  imageAlt: string
  card: CardInput
}

/**
 * Every share page (src/scenario/share-pages.ts) with what its tags and card say, worded with the
 * app's own messages: the story step's "Step 3 of 7: <title>", the challenge's title, the verdict
 * of the coalition being edited ("101 seats — 64 short of a majority") or, with none to judge,
 * the chamber's line.
 */
export async function planSharePages(): Promise<SharePagePlan[]> {
  registerLocaleLoader(loadElectionLocale)
  const [storyCatalog, challengeCatalog] = await Promise.all([loadStory(), loadChallenges()])
  const story = storyCatalog?.story
  const challenges = challengeCatalog?.challenges ?? []
  await Promise.all(LOCALES.map((locale) => loadNamespaces(locale, ['common', 'classroom'])))
  return sharePages(LOCALES, story, challenges).map((page) => {
    const reader = prerenderedScenario(page.locale)
    const scenario = sharePageScenario(page, reader, story, challenges)
    if (!scenario) throw new Error(`kutla-prerender: no scenario for ${page.path}`)
    const { locale, digits } = scenario
    const t = translator(locale, digits, 'common')
    const tc = translator(locale, digits, 'classroom')
    const election = selectParliament(scenario)
    if (!election) throw new Error(`kutla-prerender: no parliament for ${page.path}`)
    const seats = selectSeats(election, scenario.versionId, scenario.seatEdits)
    const chamber = selectChamber(election, seats, scenario.chamberMode, scenario.chamberSize)
    const voting = votingSeatMap(seats, nonVotingSeats(election))
    const words = verdictWords(t)
    const partiesById = new Map(election.parties.map((p) => [p.id, p]))
    const active = scenario.coalitions.find((c) => c.id === scenario.activeCoalitionId)
    const judged = active && active.partyIds.length > 0 ? active : undefined
    const result = judged && evaluateCoalition(judged, voting, chamber.totalSeats, chamber.majority)
    const heading = judged
      ? coalitionLabel(
          judged.name,
          judged.partyIds.map((id) => {
            const party = partiesById.get(id)
            return party ? partyShortName(party, locale).text : id
          }),
          words,
        )
      : ''
    const challenge =
      page.kind === 'challenge' ? challenges.find((c) => c.id === page.id) : undefined
    // With no coalition to judge, the challenge's task, or what the app is for.
    const verdict = result
      ? describeResult(result, words)
      : challenge
        ? ((locale === 'ar' ? challenge.taskAr : undefined) ?? challenge.task)
        : t('app.description')
    const appTitle = t('app.documentTitle')
    const electionDate = formatDate(election.electionDate, locale, digits)
    let title = appTitle
    let date = electionDate
    if (page.kind === 'story' && story) {
      const step = story.steps[page.step - 1]!
      title = tc('story.announce', {
        step: page.step,
        count: story.steps.length,
        title: (locale === 'ar' ? step.titleAr : undefined) ?? step.title,
      })
      date = formatDate(step.date, locale, digits)
    } else if (challenge) {
      title = `${tc('challenge.current')}: ${(locale === 'ar' ? challenge.titleAr : undefined) ?? challenge.title}`
    }
    const members = new Set(judged?.partyIds ?? [])
    const order = chamberOrder(
      election.parties.map((p) => p.id),
      seats,
      [...members],
    )
    const indexOf = new Map(election.parties.map((p, i) => [p.id, i]))
    const sentence = result ? t('verdict.announce', { name: heading, verdict }) : verdict
    const slug = page.kind === 'opening' ? 'opening' : page.path.replace(/^ar\//, '').slice(0, -1)
    return {
      page,
      fileName: `${page.path}index.html`,
      cardFile: `cards/${locale}-${slug.replaceAll('/', '-')}.png`,
      query: sharePageQuery(page, story, challenges) ?? '',
      title: page.kind === 'opening' ? appTitle : `${title} · ${t('app.name')}`,
      description: page.kind === 'opening' ? t('app.description') : sentence,
      imageAlt: `${title}. ${sentence}`,
      card: {
        dir: LOCALE_INFO[locale].dir,
        brand: appTitle,
        title: page.kind === 'opening' ? electionTitle(election, locale).text : title,
        date,
        heading,
        verdict,
        hasMajority: result ? result.hasMajority : null,
        groups: order.map((id) => {
          const party = partiesById.get(id)
          return {
            seats: seats[id] ?? 0,
            color: party ? colorFor(party, indexOf.get(id) ?? 0, 'standard') : '#9aa0a6',
            member: members.has(id),
          }
        }),
        totalSeats: chamber.totalSeats,
        majority: chamber.majority,
      },
    }
  })
}

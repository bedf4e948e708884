/**
 * The built share pages, read from a real build (made here into a temporary folder, with a site
 * address so that images are absolute): every page carries its Open Graph and Twitter tags, its
 * card is a 1200×630 PNG in the build, and the scenario the page opens (its path read as the app
 * reads it, then the link decoder) is the one its tags describe.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { coalitionLabel, describeResult } from '../src/coalition/format'
import { evaluateCoalition } from '../src/coalition/majority'
import { votingSeatMap } from '../src/coalition/chamber'
import { loadChallenges } from '../src/elections/challenge-catalog'
import { nonVotingSeats } from '../src/elections/parliament-edits'
import { loadStory } from '../src/elections/story-catalog'
import { sharePageOfPath, sharePageQuery, sharePages } from '../src/scenario/share-pages'
import { selectChamber, selectParliament, selectSeats } from '../src/scenario/selectors'
import { decodeScenario } from '../src/scenario/url-codec'

const SITE = 'https://kutla.example'
const dist = mkdtempSync(join(tmpdir(), 'kutla-share-'))
const started = Date.now()
execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'error'], {
  env: { ...process.env, KUTLA_DIST: dist, KUTLA_SITE_URL: `${SITE}/` },
  stdio: 'pipe',
  timeout: 120_000,
})
const buildSeconds = (Date.now() - started) / 1000
afterAll(() => rmSync(dist, { recursive: true, force: true }))

const story = (await loadStory())?.story
const challenges = (await loadChallenges())?.challenges ?? []

/** Every index.html in the build, as its path relative to the build ('' for the top one). */
function builtPages(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('index.html'))
    .map((file) => file.replace(/index\.html$/, ''))
    .sort()
}

function tag(html: string, key: string): string | null {
  const match = new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)">`).exec(html)
  return match ? decodeEntities(match[1]!) : null
}

function decodeEntities(text: string): string {
  return text
    .replaceAll('&quot;', '"')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&#39;', "'")
    .replaceAll('&amp;', '&')
}

/** A PNG's size from its IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file)
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]))
  expect(bytes.toString('latin1', 12, 16)).toBe('IHDR')
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
}

const expected = sharePages(['en', 'ar'], story, challenges)

describe('the built share pages', () => {
  it('are exactly the opening pages, the story steps and the challenges, in both languages', () => {
    expect(builtPages(dist)).toEqual(expected.map((p) => p.path).sort())
    expect(buildSeconds).toBeLessThan(60)
  })

  it.each(expected.map((p) => [p.path || '(opening)', p] as const))(
    '%s has its tags, its card and its scenario',
    (_, page) => {
      const html = readFileSync(join(dist, page.path, 'index.html'), 'utf8')
      const title = tag(html, 'og:title')
      const description = tag(html, 'og:description')
      expect(title).toBeTruthy()
      expect(description).toBeTruthy()
      expect(decodeEntities(/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '')).toBe(title)
      expect(tag(html, 'twitter:card')).toBe('summary_large_image')
      expect(tag(html, 'twitter:title')).toBe(title)
      expect(tag(html, 'twitter:description')).toBe(description)
      expect(tag(html, 'og:locale')).toBe(page.locale === 'ar' ? 'ar_IQ' : 'en_US')
      expect(tag(html, 'og:locale:alternate')).toBe(page.locale === 'ar' ? 'en_US' : 'ar_IQ')
      expect(tag(html, 'og:url')).toBe(`${SITE}/${page.path}`)
      const root = /<html [^>]*>/.exec(html)?.[0] ?? ''
      expect(root).toMatch(new RegExp(`^<html lang="${page.locale}" dir="(ltr|rtl)"`))
      // The policy still comes with the page, without 'unsafe-inline'.
      const policy = decodeEntities(
        /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1] ?? '',
      )
      expect(policy).toMatch(/script-src 'self' 'sha256-[^']+'; style-src 'self';/)
      expect(policy).not.toContain('unsafe-inline')
      expect(policy).toContain("img-src 'self' data: blob:")

      // The card: absolute, in the build, 1200×630 as the tags say.
      const image = tag(html, 'og:image')!
      expect(image.startsWith(`${SITE}/cards/`)).toBe(true)
      expect(tag(html, 'twitter:image')).toBe(image)
      expect(tag(html, 'og:image:alt')).toBeTruthy()
      expect(tag(html, 'twitter:image:alt')).toBe(tag(html, 'og:image:alt'))
      const file = join(dist, relative('/', new URL(image).pathname))
      expect(existsSync(file)).toBe(true)
      const size = pngSize(file)
      expect([size.width, size.height]).toEqual([
        Number(tag(html, 'og:image:width')),
        Number(tag(html, 'og:image:height')),
      ])
      expect(size).toEqual({ width: 1200, height: 630 })
      expect(statSync(file).size).toBeLessThan(300_000)

      // What the page opens: its path, read as the app reads it, through the link decoder.
      if (page.kind === 'opening') {
        expect(root).not.toContain('kutla-pending')
        return
      }
      // Its scenario's parts wait hidden until the app has drawn it: no flash of the opening one.
      expect(root).toContain('class="kutla-pending"')
      const read = sharePageOfPath(page.path)
      expect(read).toEqual(page)
      const decoded = decodeScenario(
        sharePageQuery(read!, story, challenges)!,
        undefined,
        undefined,
        {
          story,
          locale: page.locale,
        },
      )
      if (!decoded.ok) throw new Error(`${page.path} opens no scenario`)
      expect(decoded.warnings).toEqual([])
      const scenario = decoded.scenario
      expect(scenario.locale).toBe(page.locale)
      const election = selectParliament(scenario)!
      const seats = selectSeats(election, scenario.versionId, scenario.seatEdits)
      const chamber = selectChamber(election, seats, scenario.chamberMode, scenario.chamberSize)
      const active = scenario.coalitions.find((c) => c.id === scenario.activeCoalitionId)
      const arabic = page.locale === 'ar'
      if (page.kind === 'story') {
        const step = story!.steps[page.step - 1]!
        expect(scenario.storyStep).toBe(page.step)
        expect(title).toContain(arabic ? step.titleAr : step.title)
        const result = evaluateCoalition(
          active!,
          votingSeatMap(seats, nonVotingSeats(election)),
          chamber.totalSeats,
          chamber.majority,
        )
        // The coalition being edited and its seats, as the page opens them, are what it says.
        const named =
          (arabic
            ? step.scenario.coalitions.find((c) => c.id === active!.id)?.nameAr
            : undefined) ?? active!.name
        expect(description).toContain(String(result.seats))
        expect(description).toContain(String(Math.abs(result.margin)))
        if (named) expect(description).toContain(named)
        if (!arabic) {
          const label = coalitionLabel(
            active!.name,
            active!.partyIds.map((id) => election.parties.find((p) => p.id === id)!.shortName),
          )
          expect(description).toBe(`${label}: ${describeResult(result)}`)
        }
      } else if (page.kind === 'challenge') {
        const challenge = challenges.find((c) => c.id === page.id)!
        expect(scenario.challengeId).toBe(page.id)
        expect(scenario.versionId).toBe(challenge.versionId)
        expect(title).toContain(arabic ? challenge.titleAr : challenge.title)
        expect(description).toBe(arabic ? challenge.taskAr : challenge.task)
      }
    },
  )
})

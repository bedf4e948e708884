/**
 * Ships checked data, not the checker. The data files (the elections, the 2018 story, the
 * challenges) are parsed with their zod schemas here, at build time and by the dev server and
 * Vitest, and reach the app as plain modules, so the page never loads zod for them. A file that
 * fails its schema, or a story or challenge that does not fit its election, stops `vite build`
 * (and the dev server, and every test) with the file and field named.
 *
 * The modules (typed in elections/shipped-data.d.ts):
 * - `virtual:kutla-data/elections`: each election's core (what the first screen shows) and a
 *   loader for its details;
 * - `virtual:kutla-data/elections-ar`: the Arabic names and labels the core leaves out;
 * - `virtual:kutla-data/details/<election id>`: sources, notes, alt names, descriptions;
 * - `virtual:kutla-data/story` and `virtual:kutla-data/challenges`: the checked story and
 *   challenges the app shows, in the shape of their catalogs.
 *
 * Data the app does not show yet (elections not in the election list, other stories and
 * challenges) is checked the same way and loads by id:
 * - `virtual:kutla-data/election/<election id>`: a whole checked election (`loadElection`);
 * - `virtual:kutla-data/stories` and `virtual:kutla-data/story/<story id>`: every story by id;
 * - `virtual:kutla-data/challenge-sets` and `virtual:kutla-data/challenges/<election id>`: every
 *   challenge file by the election it is for;
 * - `virtual:kutla-data/camps`: which lists belong to which camp across the elections.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Plugin } from 'vite'
import { splitElection } from './elections/election-parts.js'
import { parseElection } from './elections/parse-election.js'
import { readChallengeFile } from './elections/parse-challenges.js'
import { readStoryFile } from './elections/parse-story.js'
import { readCampMapFile } from './elections/parse-camps.js'
import type { Confidence, Election, ElectionIndexEntry } from './elections/types'

export const DATA_MODULE_PREFIX = 'virtual:kutla-data/'

/** The files shipped, by the name errors give them (relative to the project root). */
export interface ShippedFiles {
  /** The elections the app lists. */
  elections: readonly string[]
  /** Elections checked and loadable by id that the app does not list (yet). */
  moreElections?: readonly string[]
  /** The story the app shows. */
  story: string
  /** Further stories, checked and loadable by id. */
  moreStories?: readonly string[]
  /** The challenges the app shows. */
  challenges: string
  /** Further challenge files (one per election), checked and loadable by election id. */
  moreChallenges?: readonly string[]
  /** Which lists belong to which camp across the elections (checked against all of them). */
  camps?: string
}

export const SHIPPED_FILES: ShippedFiles = {
  elections: ['data/iraq-2018.json'],
  moreElections: ['data/iraq-2010.json', 'data/iraq-2021.json', 'data/iraq-2025.json'],
  story: 'data/story-2018.json',
  moreStories: ['data/story-2010.json', 'data/story-2022.json'],
  challenges: 'data/challenges/iraq-2018.json',
  moreChallenges: [
    'data/challenges/iraq-2010.json',
    'data/challenges/iraq-2021.json',
    'data/challenges/iraq-2025.json',
  ],
  camps: 'data/mappings/camps.json',
}

/** Every file of `files`, in a fixed order (the watch list, and what `replace` may name). */
export function shippedFileNames(files: ShippedFiles): string[] {
  return [
    ...files.elections,
    ...(files.moreElections ?? []),
    files.story,
    ...(files.moreStories ?? []),
    files.challenges,
    ...(files.moreChallenges ?? []),
    ...(files.camps === undefined ? [] : [files.camps]),
  ]
}

export interface ShippedDataOptions {
  files?: ShippedFiles
  /** Reads a file in place of another, by name (benchmarks build with a synthetic chamber). */
  replace?: Readonly<Record<string, string>>
  /**
   * Keep a story or challenges that do not fit their election out of the app (it says so, as it
   * did before this check moved to the build) instead of failing. Only for a replaced election.
   */
  lenient?: boolean
}

export type CheckedData =
  { ok: true; modules: Map<string, string> } | { ok: false; errors: string[] }

const code = (name: string, value: unknown) => `export const ${name} = ${JSON.stringify(value)}\n`

/** A module exporting `name`: for each id, a function that imports `<prefix>/<id>`'s export. */
function loaderMap(name: string, prefix: string, ids: readonly string[], exported = prefix) {
  const lines = ids.map(
    (id) =>
      `  ${JSON.stringify(id)}: () => import(${JSON.stringify(`${DATA_MODULE_PREFIX}${prefix}/${id}`)}).then((m) => m.${exported}),`,
  )
  return `export const ${name} = {\n${lines.join('\n')}\n}\n`
}

/**
 * Every shipped election in the order of their dates, as the election switcher lists them before
 * any is loaded: a few fields each, with the story and challenges each one has.
 */
function electionIndex(
  all: readonly Election[],
  stories: readonly { id: string; catalog: { story?: { electionId: string } } }[],
  challengeIds: readonly string[],
): ElectionIndexEntry[] {
  return [...all]
    .sort((a, b) => a.electionDate.localeCompare(b.electionDate))
    .map((e) => {
      const story = stories.find((s) => s.catalog.story?.electionId === e.id)
      return {
        id: e.id,
        year: Number(e.electionDate.slice(0, 4)),
        chamberSize: e.chamberSize,
        ...(story ? { storyId: story.id } : {}),
        challenges: challengeIds.includes(e.id),
        confidence: tableConfidence(e),
      }
    })
}

/** The lowest confidence of any row or version in an election's default table ('high' if none is given). */
function tableConfidence(e: Election): Confidence {
  const order: Confidence[] = ['low', 'medium', 'high']
  const levels: Confidence[] = [
    ...e.versions.filter((v) => v.id === e.defaultVersion).flatMap((v) => v.confidence ?? []),
    ...e.parties.flatMap((p) => p.confidence?.[e.defaultVersion] ?? []),
  ]
  return order.find((level) => levels.includes(level)) ?? 'high'
}

/**
 * Parses every shipped file and writes the modules the app imports, by module id; or every
 * problem found, each naming the file and the field. `read` gives a file's text by name.
 *
 * @example checkShippedData(SHIPPED_FILES, (name) => readFileSync(name, 'utf8')).ok // true
 */
export function checkShippedData(
  files: ShippedFiles,
  read: (name: string) => string,
  { lenient = false }: { lenient?: boolean } = {},
): CheckedData {
  const errors: string[] = []
  const json = (name: string): unknown => {
    try {
      return JSON.parse(read(name))
    } catch (error) {
      errors.push(`${name}: (root): ${error instanceof Error ? error.message : String(error)}`)
      return undefined
    }
  }

  const all: Election[] = []
  const listedNames = new Set(files.elections)
  const elections: Election[] = []
  for (const name of [...files.elections, ...(files.moreElections ?? [])]) {
    const input = json(name)
    if (input === undefined) continue
    const parsed = parseElection(input, name)
    if (!parsed.ok) errors.push(...parsed.errors)
    else if (all.some((e) => e.id === parsed.value.id))
      errors.push(`${name}: id: another file has the election "${parsed.value.id}"`)
    else {
      all.push(parsed.value)
      if (listedNames.has(name)) elections.push(parsed.value)
    }
  }
  if (errors.length) return { ok: false, errors }

  // Stories and challenges are checked against every shipped election, listed or not.
  const catalog = { elections: all, errors: [] }
  const story = readStoryFile(json(files.story), files.story, catalog)
  const challenges = readChallengeFile(json(files.challenges), files.challenges, catalog)
  const moreStories = (files.moreStories ?? []).map((name) =>
    readStoryFile(json(name), name, catalog),
  )
  const moreChallenges = (files.moreChallenges ?? []).map((name) =>
    readChallengeFile(json(name), name, catalog),
  )
  const campMap =
    files.camps === undefined ? undefined : readCampMapFile(json(files.camps), files.camps, all)
  const checked = [story, challenges, ...moreStories, ...moreChallenges]
  if (!lenient) errors.push(...checked.flatMap((c) => c.errors), ...(campMap?.errors ?? []))
  // One story per id and one challenge file per election, or a loader would hide a file.
  const storyNames = [files.story, ...(files.moreStories ?? [])]
  const stories = [story, ...moreStories].flatMap((c, i) =>
    c.story ? [{ name: storyNames[i]!, catalog: c, id: c.story.id }] : [],
  )
  const challengeNames = [files.challenges, ...(files.moreChallenges ?? [])]
  const challengeSets = [challenges, ...moreChallenges].flatMap((c, i) =>
    c.electionId === undefined ? [] : [{ name: challengeNames[i]!, catalog: c, id: c.electionId }],
  )
  for (const [list, field, what] of [
    [stories, 'id', 'the story'],
    [challengeSets, 'electionId', 'challenges for'],
  ] as const)
    list.forEach(({ name, id }, i) => {
      if (list.findIndex((other) => other.id === id) !== i)
        errors.push(`${name}: ${field}: another file has ${what} "${id}"`)
    })
  const storyIds = stories.map((s) => s.id)
  const challengeIds = challengeSets.map((c) => c.id)
  if (errors.length) return { ok: false, errors }

  const modules = new Map<string, string>()
  const parts = elections.map(splitElection)
  const loaders = elections.map(
    (e) =>
      `  ${JSON.stringify(e.id)}: () => import(${JSON.stringify(`${DATA_MODULE_PREFIX}details/${e.id}`)}).then((m) => m.details),`,
  )
  modules.set(
    'elections',
    code(
      'elections',
      parts.map((p) => p.core),
    ) +
      `export const detailLoaders = {\n${loaders.join('\n')}\n}\n` +
      code('electionIndex', electionIndex(all, stories, challengeIds)),
  )
  modules.set(
    'elections-ar',
    code('arabic', Object.fromEntries(elections.map((e, i) => [e.id, parts[i]!.arabic]))),
  )
  elections.forEach((e, i) => modules.set(`details/${e.id}`, code('details', parts[i]!.details)))
  modules.set('story', code('storyCatalog', story))
  modules.set('challenges', code('challengeCatalog', challenges))

  const unlisted = all.filter((e) => !elections.includes(e))
  for (const e of unlisted) modules.set(`election/${e.id}`, code('election', e))
  modules.set(
    'more-elections',
    loaderMap(
      'electionLoaders',
      'election',
      unlisted.map((e) => e.id),
    ),
  )
  for (const s of stories) modules.set(`story/${s.id}`, code('storyCatalog', s.catalog))
  modules.set('stories', loaderMap('storyLoaders', 'story', storyIds, 'storyCatalog'))
  for (const c of challengeSets)
    modules.set(`challenges/${c.id}`, code('challengeCatalog', c.catalog))
  modules.set(
    'challenge-sets',
    loaderMap('challengeLoaders', 'challenges', challengeIds, 'challengeCatalog'),
  )
  // A lenient build (a benchmark's synthetic election in place of 2018) may leave the map
  // unreadable against its elections: it then ships an empty one, so the app still builds.
  if (files.camps !== undefined) {
    modules.set(
      'camps',
      code('campMap', campMap?.map ?? { elections: [], camps: [], lineages: [] }),
    )
  }
  return { ok: true, modules }
}

/**
 * The Vite plugin: checks the data when a build or the dev server starts, and serves the
 * modules (checked again when a data file changes, so the dev server reloads with it).
 */
export function shippedDataPlugin(options: ShippedDataOptions = {}): Plugin {
  const shipped = options.files ?? SHIPPED_FILES
  // Errors name the file actually read.
  const named = (name: string) => options.replace?.[name] ?? name
  const files: ShippedFiles = {
    elections: shipped.elections.map(named),
    moreElections: shipped.moreElections?.map(named),
    story: named(shipped.story),
    moreStories: shipped.moreStories?.map(named),
    challenges: named(shipped.challenges),
    moreChallenges: shipped.moreChallenges?.map(named),
    camps: shipped.camps === undefined ? undefined : named(shipped.camps),
  }
  let root = process.cwd()
  const pathOf = (name: string) => resolve(root, name)
  const names = shippedFileNames(files)

  function check(): Map<string, string> {
    const checked = checkShippedData(files, (name) => readFileSync(pathOf(name), 'utf8'), {
      lenient: options.lenient ?? false,
    })
    if (!checked.ok) {
      throw new Error(
        `The data files do not pass their checks:\n${checked.errors.map((e) => `  ${e}`).join('\n')}`,
      )
    }
    return checked.modules
  }

  return {
    name: 'kutla-shipped-data',
    configResolved(config) {
      root = config.root
    },
    buildStart() {
      check()
      for (const name of names) this.addWatchFile(pathOf(name))
    },
    resolveId(id) {
      return id.startsWith(DATA_MODULE_PREFIX) ? `\0${id}` : null
    },
    load(id) {
      if (!id.startsWith(`\0${DATA_MODULE_PREFIX}`)) return null
      for (const name of names) this.addWatchFile(pathOf(name))
      const source = check().get(id.slice(DATA_MODULE_PREFIX.length + 1))
      if (source === undefined) throw new Error(`No data module ${id.slice(1)}`)
      return source
    },
  }
}

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
 *   challenges, in the shape of their catalogs.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Plugin } from 'vite'
import { splitElection } from './elections/election-parts.js'
import { parseElection } from './elections/parse-election.js'
import { readChallengeFile } from './elections/parse-challenges.js'
import { readStoryFile } from './elections/parse-story.js'
import type { Election } from './elections/types'

export const DATA_MODULE_PREFIX = 'virtual:kutla-data/'

/** The files shipped, by the name errors give them (relative to the project root). */
export interface ShippedFiles {
  elections: readonly string[]
  story: string
  challenges: string
}

export const SHIPPED_FILES: ShippedFiles = {
  elections: ['data/iraq-2018.json'],
  story: 'data/story-2018.json',
  challenges: 'data/challenges/iraq-2018.json',
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

  const elections: Election[] = []
  for (const name of files.elections) {
    const input = json(name)
    if (input === undefined) continue
    const parsed = parseElection(input, name)
    if (!parsed.ok) errors.push(...parsed.errors)
    else if (elections.some((e) => e.id === parsed.value.id))
      errors.push(`${name}: id: another file has the election "${parsed.value.id}"`)
    else elections.push(parsed.value)
  }
  if (errors.length) return { ok: false, errors }

  const catalog = { elections, errors: [] }
  const story = readStoryFile(json(files.story), files.story, catalog)
  const challenges = readChallengeFile(json(files.challenges), files.challenges, catalog)
  if (!lenient) errors.push(...story.errors, ...challenges.errors)
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
    ) + `export const detailLoaders = {\n${loaders.join('\n')}\n}\n`,
  )
  modules.set(
    'elections-ar',
    code('arabic', Object.fromEntries(elections.map((e, i) => [e.id, parts[i]!.arabic]))),
  )
  elections.forEach((e, i) => modules.set(`details/${e.id}`, code('details', parts[i]!.details)))
  modules.set('story', code('storyCatalog', story))
  modules.set('challenges', code('challengeCatalog', challenges))
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
    story: named(shipped.story),
    challenges: named(shipped.challenges),
  }
  let root = process.cwd()
  const pathOf = (name: string) => resolve(root, name)
  const names = [...files.elections, files.story, files.challenges]

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

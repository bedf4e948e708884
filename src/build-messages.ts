/**
 * Build time: the message files (i18next JSON, `src/i18n/locales/<language>/<namespace>.json`)
 * become Lingui's compiled catalogs, one language at a time. Each message is rewritten as ICU
 * MessageFormat, then compiled by Lingui's own compiler, so the page ships no parser: only
 * `@lingui/core`'s small runtime, which picks plural forms with `Intl.PluralRules`.
 *
 * The Vite plugin serves `virtual:kutla-messages`, a table of loaders per language and namespace.
 * The first-load namespaces of a language (src/i18n/namespaces.ts) share one chunk; every other
 * namespace has a chunk of its own.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { type CompiledMessage, compileMessageOrThrow } from '@lingui/message-utils/compileMessage'
import type { Plugin } from 'vite'
import { FIRST_LOAD_NAMESPACES } from './i18n/namespaces.js'

/** A message file: nested objects of i18next messages. */
export interface MessageTree {
  [key: string]: string | MessageTree
}

const PLURAL_KEY = /^(.+)_(zero|one|two|few|many|other)$/
const PLACEHOLDER = /\{\{([^}]*)\}\}/g

/** Every message of a file under its dotted key: `{ chart: { heading } }` → `chart.heading`. */
export function flattenMessages(tree: MessageTree, prefix = ''): Record<string, string> {
  const flat: Record<string, string> = {}
  for (const [key, value] of Object.entries(tree)) {
    const id = prefix ? `${prefix}.${key}` : key
    if (typeof value === 'string') flat[id] = value
    else Object.assign(flat, flattenMessages(value, id))
  }
  return flat
}

/** Literal text in ICU: apostrophes doubled; braces (and `#` inside a plural) quoted. */
function escapeIcu(text: string, inPlural: boolean): string {
  return text.replace(inPlural ? /['{}#]/g : /['{}]/g, (c) => (c === "'" ? "''" : `'${c}'`))
}

/**
 * One i18next message in ICU MessageFormat: `{{name}}` → `{name}`, and `{{count, num}}` →
 * `{count, number, num}` (the `num` style is the reader's digits, given when formatting).
 *
 * @example i18nextToIcu("{{name}}'s {{count, num}} seats") // "{name}''s {count, number, num} seats"
 */
export function i18nextToIcu(text: string, inPlural = false): string {
  let icu = ''
  let last = 0
  for (const match of text.matchAll(PLACEHOLDER)) {
    icu += escapeIcu(text.slice(last, match.index), inPlural)
    const [name = '', format, ...rest] = (match[1] ?? '').split(',').map((part) => part.trim())
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) || rest.length > 0) {
      throw new Error(`Cannot read the placeholder ${match[0]} in “${text}”`)
    }
    if (format === undefined) icu += `{${name}}`
    else if (format === 'num') icu += `{${name}, number, num}`
    else throw new Error(`Unknown format “${format}” in ${match[0]}: only “num” is defined`)
    last = match.index + match[0].length
  }
  return icu + escapeIcu(text.slice(last), inPlural)
}

/**
 * A message file in ICU MessageFormat, under dotted keys. i18next's plural keys (`seats_one`,
 * `seats_other`, …) become one message `seats` choosing on `count`; `_zero`, which i18next uses
 * for a count of exactly 0 in every language, becomes the exact match `=0`.
 *
 * @example toIcuMessages({ seats_one: '{{count, num}} seat', seats_other: '{{count, num}} seats' })
 *          // { seats: '{count, plural, one {{count, number, num} seat} other {{count, number, num} seats}}' }
 */
export function toIcuMessages(tree: MessageTree): Record<string, string> {
  const flat = flattenMessages(tree)
  const plurals = new Map<string, Map<string, string>>()
  const icu: Record<string, string> = {}
  for (const [key, text] of Object.entries(flat)) {
    const plural = PLURAL_KEY.exec(key)
    if (!plural) {
      icu[key] = i18nextToIcu(text)
      continue
    }
    const [, base = '', category = ''] = plural
    if (!plurals.has(base)) plurals.set(base, new Map())
    plurals.get(base)?.set(category, text)
  }
  const order = ['zero', 'one', 'two', 'few', 'many', 'other']
  for (const [base, forms] of plurals) {
    if (Object.hasOwn(icu, base)) {
      throw new Error(`“${base}” is both a plain message and a plural one`)
    }
    if (!forms.has('other')) throw new Error(`The plural message “${base}” has no _other form`)
    const cases = order
      .filter((category) => forms.has(category))
      .map((category) => {
        const selector = category === 'zero' ? '=0' : category
        return `${selector} {${i18nextToIcu(forms.get(category) ?? '', true)}}`
      })
    icu[base] = `{count, plural, ${cases.join(' ')}}`
  }
  return icu
}

/**
 * Whether a plural form holds a literal `#` with nothing else between two placeholders: compiled,
 * it is the same token as ICU's `#` (the count), and Lingui would print the count there.
 */
function hasLoneHash(message: CompiledMessage, inPlural = false): boolean {
  if (typeof message === 'string') return inPlural && message === '#'
  return message.some((token) => {
    if (typeof token === 'string') return inPlural && token === '#'
    const [, type, cases] = token
    if (type !== 'plural' || typeof cases !== 'object') return false
    return Object.values(cases as Record<string, unknown>).some(
      (form) => Array.isArray(form) && hasLoneHash(form as CompiledMessage, true),
    )
  })
}

/** A message file compiled for `@lingui/core`: dotted key → compiled message. */
export function compileMessages(tree: MessageTree): Record<string, CompiledMessage> {
  const compiled: Record<string, CompiledMessage> = {}
  for (const [key, icu] of Object.entries(toIcuMessages(tree))) {
    let message: CompiledMessage
    try {
      message = compileMessageOrThrow(icu)
    } catch (error) {
      throw new Error(`Message “${key}” (${icu}) does not compile: ${String(error)}`)
    }
    if (hasLoneHash(message)) {
      throw new Error(`Message “${key}”: a plural form has a “#” alone between placeholders`)
    }
    // Lingui treats a bare string as uncompiled: keep every message an array.
    compiled[key] = typeof message === 'string' ? [message] : message
  }
  return compiled
}

export const MESSAGES_MODULE = 'virtual:kutla-messages'
const RESOLVED_TABLE = '\0kutla-messages.js'
/** `virtual:kutla-messages/en` (the first-load namespaces) or `virtual:kutla-messages/en/analysis`. */
const CHUNK_IMPORT = /^virtual:kutla-messages\/([a-z]+)(?:\/([a-z0-9-]+))?$/
/** Resolved as `\0messages-en.js` or `\0messages-en-analysis.js`, which name their chunks. */
const CHUNK_ID = /^\0messages-([a-z]+)(?:-([a-z0-9-]+))?\.js$/

export interface MessagesPluginOptions {
  /** The folder of the message files, relative to Vite's root. */
  dir?: string
  firstLoad?: readonly string[]
}

/**
 * Serves the compiled catalogs. `virtual:kutla-messages` exports `namespaces` (every namespace)
 * and `loaders[language][namespace]()`, which imports the chunk holding that namespace and
 * resolves to `{ default: { [namespace]: messages } }` for every namespace in the chunk.
 */
export function messagesPlugin({
  dir = 'src/i18n/locales',
  firstLoad = FIRST_LOAD_NAMESPACES,
}: MessagesPluginOptions = {}): Plugin {
  let root = process.cwd()
  const folder = () => resolve(root, dir)
  const languages = () =>
    readdirSync(folder(), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort()
  const namespacesOf = (language: string) =>
    readdirSync(join(folder(), language))
      .filter((name) => name.endsWith('.json'))
      .map((name) => name.slice(0, -'.json'.length))
      .sort()

  return {
    name: 'kutla-messages',
    configResolved(config) {
      root = config.root
    },
    resolveId(id) {
      if (id === MESSAGES_MODULE) return RESOLVED_TABLE
      const chunk = CHUNK_IMPORT.exec(id)
      if (!chunk) return null
      const [, language = '', namespace] = chunk
      return namespace ? `\0messages-${language}-${namespace}.js` : `\0messages-${language}.js`
    },
    load(id) {
      if (id === RESOLVED_TABLE) {
        const all = new Set<string>()
        const table = languages().map((language) => {
          const entries = namespacesOf(language).map((namespace) => {
            all.add(namespace)
            const chunk = firstLoad.includes(namespace)
              ? `${MESSAGES_MODULE}/${language}`
              : `${MESSAGES_MODULE}/${language}/${namespace}`
            return `${JSON.stringify(namespace)}: () => import(${JSON.stringify(chunk)})`
          })
          return `${JSON.stringify(language)}: {\n    ${entries.join(',\n    ')}\n  }`
        })
        this.addWatchFile(folder())
        return [
          `export const namespaces = ${JSON.stringify([...all].sort())}`,
          `export const loaders = {\n  ${table.join(',\n  ')}\n}`,
        ].join('\n')
      }
      const chunk = CHUNK_ID.exec(id)
      if (!chunk) return null
      const [, language = '', single] = chunk
      const namespaces = single
        ? [single]
        : namespacesOf(language).filter((namespace) => firstLoad.includes(namespace))
      const catalog: Record<string, Record<string, CompiledMessage>> = {}
      for (const namespace of namespaces) {
        const file = join(folder(), language, `${namespace}.json`)
        this.addWatchFile(file)
        catalog[namespace] = compileMessages(JSON.parse(readFileSync(file, 'utf8')) as MessageTree)
      }
      return `export default ${JSON.stringify(catalog)}`
    },
  }
}

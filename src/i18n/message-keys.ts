/**
 * Which message keys a language is missing. Pure: used by the test that keeps the languages in step.
 */
/** The message files as read from disk: `{ en: { common: {...}, classroom: {...} }, ar: {...} }`. */
export type Resource = Record<string, Record<string, unknown>>

const PLURAL_SUFFIX = /^(.*)_(zero|one|two|few|many|other)$/

/** Every leaf key of a message tree, dotted: 'chart.heading', 'seats_one'. */
export function leafKeys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix]
  return Object.entries(value).flatMap(([k, v]) => leafKeys(v, prefix ? `${prefix}.${k}` : k))
}

/**
 * For each language and namespace, the keys it lacks: a plain key any language has, or a plural
 * form its own `Intl.PluralRules` uses for a plural key any language has (Arabic: zero, one, two,
 * few, many, other; English: one, other). An extra `_zero` is allowed everywhere (i18next uses it
 * for a count of 0).
 *
 * @example missingMessageKeys({ en: { common: { a_one: '', a_other: '' } }, ar: { common: {} } })
 *          // ['ar/common: a_few', 'ar/common: a_many', ...]
 */
export function missingMessageKeys(resources: Resource): string[] {
  const languages = Object.keys(resources)
  const namespaces = [...new Set(languages.flatMap((l) => Object.keys(resources[l] ?? {})))]
  const missing: string[] = []
  for (const namespace of namespaces) {
    const keys = languages.flatMap((l) => leafKeys(resources[l]?.[namespace] ?? {}))
    for (const language of languages) {
      const have = new Set(leafKeys(resources[language]?.[namespace] ?? {}))
      const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories
      const required = new Set<string>()
      for (const key of keys) {
        const plural = PLURAL_SUFFIX.exec(key)
        if (!plural) required.add(key)
        else for (const c of categories) required.add(`${plural[1]}_${c}`)
      }
      for (const key of [...required].sort()) {
        if (!have.has(key)) missing.push(`${language}/${namespace}: ${key}`)
      }
    }
  }
  return missing
}

/** Plural forms a language never uses (e.g. `_few` in English): a sign of a misplaced message. */
export function unusedPluralForms(resources: Resource): string[] {
  const unused: string[] = []
  for (const [language, byNamespace] of Object.entries(resources)) {
    const categories: string[] = new Intl.PluralRules(language).resolvedOptions().pluralCategories
    for (const [namespace, messages] of Object.entries(byNamespace)) {
      for (const key of leafKeys(messages)) {
        const category = PLURAL_SUFFIX.exec(key)?.[2]
        if (category && category !== 'zero' && !categories.includes(category)) {
          unused.push(`${language}/${namespace}: ${key}`)
        }
      }
    }
  }
  return unused
}

/**
 * The message files from an eager `import.meta.glob` of `locales/<language>/<namespace>.json`.
 *
 * @example collectResources({ './locales/en/common.json': { default: { a: 'A' } } })
 *          // { en: { common: { a: 'A' } } }
 */
export function collectResources(
  modules: Record<string, { default: Record<string, unknown> }>,
): Resource {
  const resources: Resource = {}
  for (const [path, module] of Object.entries(modules)) {
    const match = /\/locales\/([^/]+)\/([^/]+)\.json$/.exec(path)
    if (!match) continue
    const [, language, namespace] = match as unknown as [string, string, string]
    resources[language] = { ...resources[language], [namespace]: module.default }
  }
  return resources
}

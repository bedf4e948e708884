import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

/**
 * Fresh copies of the message modules over fake chunks: `test/setup.ts` has loaded every real
 * message already, so what loads when is checked on a catalog of our own.
 */
const chunkLoads: string[] = []
let failNext = false

function chunk(name: string, catalog: Record<string, Record<string, unknown>>) {
  return () => {
    chunkLoads.push(name)
    if (failNext) {
      failNext = false
      return Promise.reject(new Error(`${name} did not arrive`))
    }
    return Promise.resolve({ default: catalog })
  }
}

const enFirst = chunk('en', {
  common: { hello: ['Hello'], only: ['Only in English'] },
  whatif: { title: ['What if'] },
})
const arFirst = chunk('ar', { common: { hello: ['مرحبا'] }, whatif: { title: ['ماذا لو'] } })
const enAnalysis = chunk('en/analysis', { analysis: { heading: ['Analysis'] } })
const arAnalysis = chunk('ar/analysis', { analysis: { heading: ['تحليل'] } })

async function freshModules() {
  vi.resetModules()
  vi.doMock('virtual:kutla-messages', () => ({
    namespaces: ['analysis', 'common', 'whatif'],
    loaders: {
      en: { common: enFirst, whatif: enFirst, analysis: enAnalysis },
      ar: { common: arFirst, whatif: arFirst, analysis: arAnalysis },
    },
  }))
  vi.doMock('../../src/i18n/namespaces', () => ({
    DEFAULT_NAMESPACE: 'common',
    FIRST_LOAD_NAMESPACES: ['common', 'whatif'],
  }))
  vi.doMock('../../src/i18n/arabic-font.css', () => ({}))
  const i18n = await import('../../src/i18n/i18n')
  const load = await import('../../src/i18n/load-locale')
  const { useScenarioStore } = await import('../../src/scenario/scenario-store')
  return { ...i18n, ...load, useScenarioStore }
}

beforeEach(() => {
  chunkLoads.length = 0
  failNext = false
})

afterEach(() => {
  vi.doUnmock('virtual:kutla-messages')
  vi.doUnmock('../../src/i18n/namespaces')
  vi.doUnmock('../../src/i18n/arabic-font.css')
  vi.resetModules()
})

describe('loadNamespaces', () => {
  it('fetches each chunk once, and a first-load chunk brings all its namespaces', async () => {
    const { loadNamespaces, hasMessages } = await freshModules()
    await Promise.all([loadNamespaces('en', ['common']), loadNamespaces('en', ['whatif'])])
    await loadNamespaces('en', ['common', 'whatif'])
    expect(chunkLoads).toEqual(['en'])
    expect(hasMessages('en', 'whatif')).toBe(true)
    expect(hasMessages('en', 'analysis')).toBe(false)
    expect(hasMessages('ar', 'common')).toBe(false)
  })

  it('tries a chunk that failed again on the next call', async () => {
    const { loadNamespaces, hasMessages } = await freshModules()
    failNext = true
    await expect(loadNamespaces('en', ['analysis'])).rejects.toThrow(/did not arrive/)
    await loadNamespaces('en', ['analysis'])
    expect(chunkLoads).toEqual(['en/analysis', 'en/analysis'])
    expect(hasMessages('en', 'analysis')).toBe(true)
  })

  it('refuses a namespace that has no messages', async () => {
    const { loadNamespaces } = await freshModules()
    await expect(loadNamespaces('en', ['nonsense'])).rejects.toThrow(/en\/nonsense/)
  })

  it('tells subscribers when messages arrive', async () => {
    const { loadNamespaces, subscribeMessages } = await freshModules()
    const heard = vi.fn()
    const stop = subscribeMessages(heard)
    await loadNamespaces('ar', ['analysis'])
    stop()
    await loadNamespaces('en', ['analysis'])
    expect(heard).toHaveBeenCalledTimes(1)
  })
})

describe('translator', () => {
  it('gives nothing, never a key, for a namespace not loaded in any language', async () => {
    const { translator } = await freshModules()
    expect(translator('ar', 'western', 'analysis')('heading')).toBe('')
  })

  it('falls back to English for a namespace or a key the language lacks', async () => {
    const { loadNamespaces, translator } = await freshModules()
    await loadNamespaces('en', ['common', 'analysis'])
    await loadNamespaces('ar', ['common'])
    expect(translator('ar', 'western', 'analysis')('heading')).toBe('Analysis')
    expect(translator('ar', 'western', 'common')('hello')).toBe('مرحبا')
    expect(translator('ar', 'western', 'common')('only')).toBe('Only in English')
  })

  it('gives the default value, else the key, for a key no language has', async () => {
    const { loadNamespaces, translator } = await freshModules()
    await loadNamespaces('en', ['common'])
    const t = translator('en', 'western', 'common')
    expect(t('missing', { defaultValue: 'Other' })).toBe('Other')
    expect(t('missing')).toBe('missing')
  })
})

describe('loadLocale', () => {
  it('loads the first-load namespaces and waits for every registered loader', async () => {
    const { loadLocale, registerLocaleLoader, hasMessages } = await freshModules()
    let release = () => {}
    const names = vi.fn(() => new Promise<void>((resolve) => (release = resolve)))
    registerLocaleLoader(names)
    let done = false
    const loading = loadLocale('ar').then(() => (done = true))
    await vi.waitFor(() => expect(hasMessages('ar', 'whatif')).toBe(true))
    expect(names).toHaveBeenCalledWith('ar')
    expect(done).toBe(false)
    release()
    await loading
    expect(done).toBe(true)
    expect(chunkLoads).toEqual(['ar'])
  })
})

describe('switchLocale', () => {
  it('turns the page only once the language and the namespaces in use have arrived', async () => {
    const { loadLocale, loadNamespaces, switchLocale, useScenarioStore, hasMessages } =
      await freshModules()
    await loadLocale('en')
    await loadNamespaces('en', ['analysis'])
    const switching = switchLocale('ar')
    expect(useScenarioStore.getState().locale).toBe('en')
    await switching
    expect(useScenarioStore.getState().locale).toBe('ar')
    expect(hasMessages('ar', 'analysis')).toBe(true)
  })

  it('turns at once when everything is loaded, and the last choice wins', async () => {
    const { loadLocale, switchLocale, useScenarioStore } = await freshModules()
    await loadLocale('en')
    const toArabic = switchLocale('ar')
    void switchLocale('en')
    expect(useScenarioStore.getState().locale).toBe('en')
    await toArabic
    expect(useScenarioStore.getState().locale).toBe('en')
  })
})

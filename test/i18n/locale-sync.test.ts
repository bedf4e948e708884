import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { bindLocale, startLocaleSync } from '../../src/i18n/locale-sync'
import { LOCALE_STORAGE_KEY } from '../../src/i18n/locales'
import { readStoredLocale, storeLocale } from '../../src/i18n/storage'
import { useScenarioStore } from '../../src/scenario/scenario-store'

function browserLanguages(languages: string[]) {
  vi.spyOn(navigator, 'languages', 'get').mockReturnValue(languages)
}

let stop: (() => void) | undefined

beforeEach(() => {
  localStorage.clear()
})

afterEach(() => {
  stop?.()
  stop = undefined
  vi.restoreAllMocks()
  document.documentElement.lang = 'en'
  document.documentElement.dir = 'ltr'
})

describe('startLocaleSync', () => {
  it('follows an Arabic browser on a first visit', () => {
    browserLanguages(['ar-IQ', 'en'])
    stop = startLocaleSync()
    expect(useScenarioStore.getState().locale).toBe('ar')
    expect(document.documentElement.lang).toBe('ar')
    expect(document.documentElement.dir).toBe('rtl')
    expect(document.title).toBe('كتلة · محاكي مقاعد الائتلافات')
  })

  it('prefers the remembered language to the browser', () => {
    browserLanguages(['ar-IQ'])
    localStorage.setItem(LOCALE_STORAGE_KEY, 'en')
    stop = startLocaleSync()
    expect(useScenarioStore.getState().locale).toBe('en')
    expect(document.documentElement.dir).toBe('ltr')
  })

  it('uses English for browsers in languages Kutla does not speak', () => {
    browserLanguages(['fr-FR', 'de'])
    stop = startLocaleSync()
    expect(useScenarioStore.getState().locale).toBe('en')
  })

  it('still starts when storage throws', () => {
    browserLanguages(['ar'])
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError')
    })
    expect(() => (stop = startLocaleSync())).not.toThrow()
    expect(useScenarioStore.getState().locale).toBe('ar')
  })
})

describe('bindLocale', () => {
  it('turns the page right to left and back as the store’s language changes', () => {
    stop = bindLocale()
    useScenarioStore.getState().setLocale('ar')
    expect(document.documentElement).toHaveAttribute('lang', 'ar')
    expect(document.documentElement).toHaveAttribute('dir', 'rtl')
    useScenarioStore.getState().setLocale('en')
    expect(document.documentElement).toHaveAttribute('lang', 'en')
    expect(document.documentElement).toHaveAttribute('dir', 'ltr')
  })
})

describe('the remembered language', () => {
  it('is read back after being stored', () => {
    storeLocale('ar')
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('ar')
    expect(readStoredLocale()).toBe('ar')
  })

  it('ignores a stored value that is not a language', () => {
    localStorage.setItem(LOCALE_STORAGE_KEY, '<script>')
    expect(readStoredLocale()).toBeNull()
  })

  it('never throws when storage is full or forbidden', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError')
    })
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError')
    })
    expect(() => storeLocale('ar')).not.toThrow()
    expect(readStoredLocale()).toBeNull()
  })
})

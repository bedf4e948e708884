import { describe, expect, it, vi } from 'vitest'
import {
  type KeyValueStorage,
  browserStorage,
  lastSavedQuery,
  sessionTabId,
} from '../../src/scenario/device-storage'
import { MemoryStorage } from '../fixtures/memory-storage'

describe('browserStorage and lastSavedQuery', () => {
  it('give null, not an error, where touching localStorage throws', () => {
    const spy = vi.spyOn(globalThis, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError')
    })
    try {
      expect(browserStorage()).toBeNull()
      expect(lastSavedQuery()).toBeNull()
    } finally {
      spy.mockRestore()
    }
  })

  it('give null where reading throws', () => {
    const broken: KeyValueStorage = {
      getItem: () => {
        throw new Error('broken')
      },
      setItem: () => {},
    }
    expect(lastSavedQuery(broken)).toBeNull()
  })
})
describe('sessionTabId', () => {
  it('keeps one id per tab in session storage, and makes one where there is none', () => {
    const session = new MemoryStorage()
    const first = sessionTabId(session, () => 'fresh1')
    expect(first).toBe('fresh1')
    expect(sessionTabId(session, () => 'fresh2')).toBe('fresh1')
    expect(sessionTabId(null, () => 'fresh3')).toBe('fresh3')
    const broken: KeyValueStorage = {
      getItem: () => {
        throw new Error('denied')
      },
      setItem: () => {},
    }
    expect(sessionTabId(broken, () => 'fresh4')).toBe('fresh4')
  })
})

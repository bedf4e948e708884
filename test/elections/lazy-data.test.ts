import { describe, expect, it } from 'vitest'
import { lazyData, lazyDataByKey } from '../../src/elections/lazy-data'

describe('lazyData', () => {
  it('loads once, tells its listeners, and tries again after a failure', async () => {
    let calls = 0
    const data = lazyData(async () => {
      calls += 1
      if (calls === 1) throw new Error('offline')
      return calls
    })
    await expect(data.load()).rejects.toThrow('offline')
    expect(data.current()).toBeUndefined()
    let heard = 0
    data.subscribe(() => (heard += 1))
    expect(await Promise.all([data.load(), data.load()])).toEqual([2, 2])
    expect([data.current(), calls, heard]).toEqual([2, 2, 1])
  })
})

describe('lazyDataByKey', () => {
  it('gives one shared load per key', async () => {
    const asked: string[] = []
    const byKey = lazyDataByKey(async (key) => {
      asked.push(key)
      return key.toUpperCase()
    })
    expect(byKey('a')).toBe(byKey('a'))
    expect(byKey('a')).not.toBe(byKey('b'))
    expect(await Promise.all([byKey('a').load(), byKey('a').load(), byKey('b').load()])).toEqual([
      'A',
      'A',
      'B',
    ])
    expect(asked).toEqual(['a', 'b'])
  })
})

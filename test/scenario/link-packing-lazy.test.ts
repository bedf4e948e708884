import { describe, expect, it, vi } from 'vitest'

// A fresh copy of the module, before its packing code has loaded (test/setup.ts loads it for
// every other test).
async function freshPacking() {
  vi.resetModules()
  return import('../../src/scenario/link-packing')
}

describe('link packing, loaded when a link needs it', () => {
  const long = `v=1&${'c=sairoon.fatah.nasr*A+long+coalition+name&'.repeat(60)}a=1`

  it('writes a long query as it is until the packing code is here, then packs it', async () => {
    const packing = await freshPacking()
    expect(packing.packingReady()).toBe(false)
    expect(packing.packLink(long)).toEqual({ search: `?${long}`, hash: '' })
    await packing.loadPacking()
    expect(packing.packingReady()).toBe(true)
    const packed = packing.packLink(long)
    expect(packed.search).toBe('?v=1&z=1')
    expect(packing.unpackLink(packed.search, packed.hash)).toEqual({ ok: true, query: long })
  })

  it('reads a short link without it, and says a packed one cannot be read without it', async () => {
    const packing = await freshPacking()
    expect(packing.unpackLink('?v=1&c=nasr', '')).toEqual({ ok: true, query: 'v=1&c=nasr' })
    expect(packing.unpackLink('?v=1&z=1', '#z=abc').ok).toBe(false)
    expect(() => packing.packText('v=1')).toThrow(/loadPacking/)
  })
})

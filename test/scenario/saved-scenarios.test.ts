import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  EMPTY_SAVED,
  MAX_RECENT,
  isBlank,
  openSaved,
  readSaved,
  scenarioQuery,
  withEntry,
  withoutEntry,
  writeSaved,
} from '../../src/scenario/saved-scenarios'
import { catalog } from '../../src/elections/catalog'
import { initialScenario } from '../../src/scenario/scenario-state'
import { decodeScenario } from '../../src/scenario/url-codec'
import { entry } from '../fixtures/saved-entry'

describe('scenarioQuery', () => {
  it('is the link without the reader’s display settings', () => {
    const scenario = {
      ...initialScenario(),
      locale: 'ar' as const,
      digits: 'arabic' as const,
      view: 'projector' as const,
      palette: 'colorblind' as const,
      coalitions: [{ id: 'c1', name: 'Core', partyIds: ['sairoon', 'fatah'] }],
    }
    expect(scenarioQuery(scenario)).toBe('v=1&c=sairoon.fatah*Core')
  })
})

describe('isBlank', () => {
  it('is true for the opening state and for emptied coalitions, false once anything is chosen', () => {
    expect(isBlank(initialScenario())).toBe(true)
    expect(
      isBlank({ ...initialScenario(), coalitions: [{ id: 'c4', name: 'Named', partyIds: [] }] }),
    ).toBe(true)
    expect(
      isBlank({ ...initialScenario(), coalitions: [{ id: 'c1', name: '', partyIds: ['nasr'] }] }),
    ).toBe(false)
    expect(isBlank({ ...initialScenario(), seatEdits: { nasr: 40 } })).toBe(false)
  })
})

describe('readSaved', () => {
  const good = { v: 1, id: 'abc', query: 'v=1&c=nasr', savedAt: 1_780_000_000_000 }

  it.each([
    ['nothing stored', null],
    ['text that is not JSON', '{"recent": ['],
    ['JSON that is not an object', '[1, 2, 3]'],
    ['a number', '42'],
    ['an empty object', '{}'],
    ['an old format (one bare query)', '"v=1&c=nasr"'],
    ['recent that is not a list', '{"recent": {"0": "v=1"}}'],
  ])('reads %s as nothing saved', (_, raw) => {
    expect(readSaved(raw)).toEqual(EMPTY_SAVED)
  })

  it('reads what it wrote', () => {
    const saved = withEntry(
      withEntry(EMPTY_SAVED, entry('v=1&c=nasr', 'a')),
      entry('v=1&c=kdp', 'b'),
    )
    expect(readSaved(writeSaved(saved))).toEqual(saved)
  })

  it('drops entries that fail their checks, keeping the rest', () => {
    const raw = JSON.stringify({
      format: 1,
      last: { ...good, savedAt: 'yesterday' },
      recent: [
        good,
        { ...good, id: 'wrong version', v: 0 },
        { ...good, id: 'BAD ID' },
        { ...good, id: 'no-date', savedAt: undefined },
        { ...good, id: 'far-future', savedAt: 9e15 },
        { ...good, id: 'negative', savedAt: -1 },
        { ...good, id: 'fraction', savedAt: 1.5 },
        { ...good, id: 'link-v9', query: 'v=9&c=nasr' },
        { ...good, id: 'other-election', query: 'v=1&e=narnia-2030' },
        { ...good, id: 'long', query: `v=1&c=${'nasr.'.repeat(5000)}` },
        { ...good, id: 'abc', query: 'v=1&c=kdp' },
        { ...good, id: 'same-query' },
        null,
        'v=1&c=puk',
        ['v', 1],
      ],
      // A key JSON.parse makes an own property, not a prototype: it is simply not looked at.
    }).replace(
      /\]\}$/,
      ',{"__proto__":{"v":2},"v":1,"id":"proto","query":"v=1&c=kdp","savedAt":1}]}',
    )
    const saved = readSaved(raw)
    expect(saved.last).toBeNull()
    expect(saved.recent.map((e) => e.id)).toEqual(['abc', 'proto'])
    expect(saved.recent[0]?.scenario.coalitions).toEqual([
      { id: 'c1', name: '', partyIds: ['nasr'] },
    ])
  })

  it('keeps entries written by a newer version aside, to write them back untouched', () => {
    const newer = { v: 2, id: 'n', payload: { anything: true } }
    const saved = readSaved(JSON.stringify({ format: 2, recent: [newer, good] }))
    expect(saved.newer).toEqual([newer])
    expect(saved.recent.map((e) => e.id)).toEqual(['abc'])
    expect(JSON.parse(writeSaved(saved)).recent).toEqual([good, newer])
  })

  it('keeps aside, unlisted, entries whose parliament is not here yet, and writes them back in their place', () => {
    const pf = { ...good, id: 'big', query: 'v=1&e=custom&pf=0123456789abcdef&c=list-499' }
    const later = {
      ...good,
      id: 'later',
      query: 'v=1&e=iraq-2021&c=kdp',
      savedAt: good.savedAt + 2,
    }
    const junk = { ...good, id: 'junk', query: 'v=1&e=narnia-2030&c=x' }
    const older = { ...good, id: 'older', query: 'v=1&c=kdp', savedAt: good.savedAt - 1 }
    // A catalog of 2018 only: 2021's data has not arrived.
    const only2018 = {
      elections: catalog.elections.filter((e) => e.id === 'iraq-2018'),
      errors: [],
    }
    const saved = readSaved(JSON.stringify({ recent: [later, pf, junk, older] }), only2018)
    expect(saved.recent.map((e) => e.id)).toEqual(['older'])
    expect(saved.waiting.map((e) => e.id)).toEqual(['later', 'big'])
    const next = withEntry(saved, entry('v=1&c=nasr', 'new', good.savedAt + 5))
    expect(JSON.parse(writeSaved(next)).recent.map((e: { id: string }) => e.id)).toEqual([
      'new',
      'later',
      'big',
      'older',
    ])
    expect(withoutEntry(saved, 'big').waiting.map((e) => e.id)).toEqual(['later'])
  })

  it('keeps at most ten recent entries', () => {
    const recent = Array.from({ length: 25 }, (_, i) => ({
      ...good,
      id: `e${i}`,
      query: `v=1&sd=nasr.${i}`,
    }))
    expect(readSaved(JSON.stringify({ recent })).recent).toHaveLength(MAX_RECENT)
  })

  it('never throws, whatever the stored text (2,000 random texts and JSON values)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 200 }),
          fc.json({ maxDepth: 4 }),
          fc
            .record({
              last: fc.anything(),
              recent: fc.array(
                fc.record({
                  v: fc.oneof(fc.constant(1), fc.anything()),
                  id: fc.oneof(fc.stringMatching(/^[a-z0-9-]{1,12}$/), fc.anything()),
                  query: fc.oneof(fc.string(), fc.constant('v=1&c=nasr.fatah*<b>x</b>')),
                  savedAt: fc.oneof(fc.integer(), fc.double(), fc.anything()),
                }),
                { maxLength: 14 },
              ),
            })
            .map((value) => JSON.stringify(value) ?? 'null'),
        ),
        (raw) => {
          const saved = readSaved(raw)
          expect(saved.recent.length).toBeLessThanOrEqual(MAX_RECENT)
          for (const e of saved.recent) expect(decodeScenario(e.query).ok).toBe(true)
        },
      ),
      { numRuns: 2000 },
    )
  })
})

describe('withEntry and withoutEntry', () => {
  it('puts a new entry first, replacing its own id and any entry with the same scenario', () => {
    let saved = withEntry(EMPTY_SAVED, entry('v=1&c=nasr', 'a'))
    saved = withEntry(saved, entry('v=1&c=kdp', 'b'))
    saved = withEntry(saved, entry('v=1&c=nasr', 'c'))
    expect(saved.recent.map((e) => [e.id, e.query])).toEqual([
      ['c', 'v=1&c=nasr'],
      ['b', 'v=1&c=kdp'],
    ])
    saved = withEntry(saved, entry('v=1&c=kdp.puk', 'b'))
    expect(saved.recent.map((e) => e.id)).toEqual(['b', 'c'])
    expect(saved.last?.query).toBe('v=1&c=kdp.puk')
  })

  it('keeps the last ten, and can save the last scenario without listing it', () => {
    let saved = EMPTY_SAVED
    for (let i = 0; i < 14; i++) saved = withEntry(saved, entry(`v=1&sd=nasr.${i}`, `e${i}`))
    expect(saved.recent.map((e) => e.id)).toEqual(
      Array.from({ length: 10 }, (_, i) => `e${13 - i}`),
    )
    const blank = withEntry(saved, entry('v=1', 'last'), false)
    expect(blank.last?.query).toBe('v=1')
    expect(blank.recent).toBe(saved.recent)
    expect(withoutEntry(blank, 'e12').recent.map((e) => e.id)).not.toContain('e12')
  })
})

describe('openSaved', () => {
  it('keeps the reader’s language, digits, view and palette', () => {
    const current = { ...initialScenario(), locale: 'ar' as const, view: 'projector' as const }
    const saved = entry('v=1&c=nasr', 'a').scenario
    expect(openSaved(current, saved)).toMatchObject({
      locale: 'ar',
      view: 'projector',
      coalitions: [{ id: 'c1', name: '', partyIds: ['nasr'] }],
    })
  })
})

import fc from 'fast-check'
import { deflateSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { MAX_COALITIONS } from '../../src/coalition/coalitions'
import { catalog, findElection } from '../../src/elections/catalog'
import { MAX_LIST_NAME_LENGTH } from '../../src/elections/parliament-edits'
import {
  LINK_BUDGET,
  MAX_UNPACKED_QUERY,
  packLink,
  packText,
  unpackLink,
  unpackText,
} from '../../src/scenario/link-packing'
import { type ScenarioState, initialScenario } from '../../src/scenario/scenario-store'
import {
  MAX_QUERY_LENGTH,
  PARAMS,
  URL_FORMAT_VERSION,
  decodeScenario,
  encodeScenario,
} from '../../src/scenario/url-codec'

const election = findElection('iraq-2018', catalog)!
const partyIds = election.parties.map((p) => p.id)
/** Room left of LINK_BUDGET for `?…#…` on a typical address, `https://example.org/kutla/`. */
const BUDGET = LINK_BUDGET - 'https://example.org/kutla/'.length

/** The longest scenario the app can write: every coalition, list, name, edit and setting full. */
function longest(name: string, listName: string): ScenarioState {
  return {
    ...initialScenario(),
    versionId: 'final2018',
    coalitions: Array.from({ length: MAX_COALITIONS }, (_, i) => ({
      id: `c${i + 1}`,
      name,
      partyIds: [...partyIds],
    })),
    activeCoalitionId: 'c1',
    seatEdits: Object.fromEntries(partyIds.map((id) => [id, 9999])),
    listEdits: Object.fromEntries(partyIds.map((id) => [id, { name: listName, color: '#123abc' }])),
    locale: 'ar',
    digits: 'arabic',
    view: 'projector',
    thresholdRule: 'blocking-third',
    storyStep: 999,
    challengeId: 'a'.repeat(60),
    palette: 'colorblind',
  }
}

/** The address as the page writes it, and its length. */
function written(query: string) {
  const { search, hash } = packLink(query, BUDGET)
  return { search, hash, length: search.length + hash.length }
}

describe('packLink', () => {
  it('leaves a short link as it is, readable', () => {
    expect(packLink('v=1&c=sairoon.fatah', BUDGET)).toEqual({
      search: '?v=1&c=sairoon.fatah',
      hash: '',
    })
  })

  it('packs a long link into the fragment, keeping only the version, language and view in the query', () => {
    const query = encodeScenario(longest('💥'.repeat(60), 'Renamed list'))
    expect(query.length).toBeGreaterThan(8000)
    const { search, hash } = written(query)
    // The view stays readable by the server: it frames an embed (vw=embed) and nothing else.
    expect(search).toBe(
      `?${PARAMS.version}=${URL_FORMAT_VERSION}&z=1&${PARAMS.locale}=ar&${PARAMS.view}=projector`,
    )
    expect(hash).toMatch(/^#z=[A-Za-z0-9_-]+$/)
    const back = unpackLink(search, hash)
    expect(back.ok).toBe(true)
    if (!back.ok) return
    expect(decodeScenario(back.query)).toEqual(decodeScenario(query))
  })

  it.each([
    ['60 emoji coalition names and every list renamed in 100 Latin letters', '💥', 'Abcdefghij'],
    ['60-letter Arabic coalition names and Arabic list names', 'ائتلاف', 'قائمة وطنية'],
    ['varied emoji names', '🌿🔥💧🌙⭐🍀', '🦁🐯🐻🐼🐨'],
  ])('keeps the longest scenario the app writes (%s) under the budget', (_, word, listWord) => {
    const name = Array.from(word.repeat(60)).slice(0, 60).join('')
    const listName = Array.from(listWord.repeat(100)).slice(0, MAX_LIST_NAME_LENGTH).join('')
    const scenario = longest(name, listName)
    const query = encodeScenario(scenario)
    const link = written(query)
    expect(link.length).toBeLessThanOrEqual(BUDGET)
    // What a server sees (the request line) is tiny.
    expect(link.search.length).toBeLessThan(40)
    const back = unpackLink(link.search, link.hash)
    expect(back.ok && decodeScenario(back.query)).toEqual({ ok: true, scenario, warnings: [] })
  })

  it('gives back the same parameters for any query (300 random ones)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.constantFrom('v', 'c', 'sd', 'ln', 'l'), fc.string({ unit: 'grapheme' })),
          {
            maxLength: 40,
          },
        ),
        (pairs) => {
          const query = new URLSearchParams(pairs).toString()
          const { search, hash } = packLink(query, 10)
          const back = unpackLink(search, hash)
          expect(back.ok).toBe(true)
          if (!back.ok) return
          expect([...new URLSearchParams(back.query)]).toEqual([...new URLSearchParams(query)])
        },
      ),
      { numRuns: 300 },
    )
  })
})

describe('unpackLink', () => {
  it('reads an address that is not packed as its query, whatever its fragment', () => {
    expect(unpackLink('?v=1&c=nasr', '#lists')).toEqual({ ok: true, query: 'v=1&c=nasr' })
    expect(unpackLink('', '')).toEqual({ ok: true, query: '' })
  })

  it.each<[string, string, string, object]>([
    ['a packed link without its fragment', '?v=1&z=1', '', { code: 'packed-missing', values: {} }],
    ['a fragment of another kind', '?v=1&z=1', '#lists', { code: 'packed-missing', values: {} }],
    ['an empty packed fragment', '?v=1&z=1', '#z=', { code: 'packed-missing', values: {} }],
    [
      'a fragment that is not base64url',
      '?v=1&z=1',
      '#z=ab%20cd',
      { code: 'packed-damaged', values: {} },
    ],
    [
      'a fragment that is not deflate',
      '?v=1&z=1',
      '#z=aGVsbG8gd29ybGQ',
      { code: 'packed-damaged', values: {} },
    ],
    [
      'a packing of a later version',
      '?v=1&z=2',
      '#z=abc',
      { code: 'unknown-version', values: { text: 'z=2' } },
    ],
    [
      'a fragment far too long',
      '?v=1&z=1',
      `#z=${'A'.repeat(50_000)}`,
      { code: 'packed-damaged', values: {} },
    ],
  ])('refuses %s with a reason', (_, search, hash, reason) => {
    expect(unpackLink(search, hash)).toEqual({ ok: false, reason })
  })

  it('refuses a fragment that would unpack to far more than any link (a deflate bomb)', () => {
    const bomb = deflateSync(new TextEncoder().encode('c'.repeat(10_000_000)), { level: 9 })
    let binary = ''
    for (const b of bomb) binary += String.fromCharCode(b)
    const data = btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
    expect(data.length).toBeLessThan(40_000)
    expect(unpackText(data)).toBeNull()
  })

  it('reads text of control characters or invalid UTF-8 as damaged', () => {
    expect(unpackText(packText('v=1\u0000'))).toBeNull()
    const invalid = deflateSync(new Uint8Array([0x76, 0x3d, 0xff, 0xfe]))
    let binary = ''
    for (const b of invalid) binary += String.fromCharCode(b)
    expect(unpackText(btoa(binary).replace(/=+$/, ''))).toBeNull()
  })

  it('agrees with the link format on its names and bounds', () => {
    expect(MAX_UNPACKED_QUERY).toBe(MAX_QUERY_LENGTH)
    expect(
      new URLSearchParams(packLink('l=ar&x='.padEnd(3000, 'x'), 100).search).get(PARAMS.locale),
    ).toBe('ar')
  })
})

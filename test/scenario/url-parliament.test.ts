import fc from 'fast-check'
import { beforeEach, describe, expect, it } from 'vitest'
import { catalog } from '../../src/elections/catalog'
import { buildParliament } from '../../src/elections/own-parliament'
import {
  type ScenarioState,
  initialScenario,
  pickScenario,
  selectParliament,
  useScenarioStore,
} from '../../src/scenario/scenario-store'
import { PARAMS, decodeScenario, encodeScenario } from '../../src/scenario/url-codec'
import { forgetKeptParliaments, rememberParliament } from '../../src/scenario/kept-parliaments'
import { packText } from '../../src/scenario/link-packing'
import {
  MAX_PACKED_PARLIAMENT,
  fitsInLink,
  ownParliamentParams,
  parliamentHash,
} from '../../src/scenario/url-parliament'

const store = useScenarioStore
const actions = () => store.getState()
const scenario = () => pickScenario(store.getState())

/** The scenario a link gives back, opened where nothing was edited (a fresh browser). */
function reopen(s: ScenarioState, from = catalog) {
  const query = encodeScenario(s, from)
  const decoded = decodeScenario(query, from)
  if (!decoded.ok) throw new Error(JSON.stringify(decoded.reason))
  return { query, scenario: decoded.scenario, warnings: decoded.warnings }
}

/** A parliament of n generated lists ("List 0", "List 1"…), as a CSV of `name,seats` gives. */
const generated = (n: number, title = `Generated ${n}`) =>
  buildParliament({
    title,
    date: '2026-01-01',
    lists: Array.from({ length: n }, (_, i) => ({
      id: `list-${i}`,
      name: `List ${i}`,
      seats: (i % 19) + 1,
      color: ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f'][i % 5]!,
      camp: 'unknown',
    })),
  })

describe('links carry a large parliament', () => {
  beforeEach(() => forgetKeptParliaments())

  it.each([61, 100])('sends one of %i lists whole, so the link carries everything', (n) => {
    const own = generated(n)
    expect(fitsInLink(own)).toBe(true)
    actions().loadParliament(own)
    actions().toggleParty(`list-${n - 1}`)
    const { query, scenario: back, warnings } = reopen(scenario())
    expect(query).toContain(`&pp=list-${n - 1}.`)
    expect(query).not.toContain('pf=')
    expect(warnings).toEqual([])
    expect(back).toEqual(scenario())
  })

  it('names a larger one by its title and a hash of its content, and opens it where it is kept', () => {
    const large = generated(300)
    expect(fitsInLink(large)).toBe(false)
    expect(packText(ownParliamentParams(large).toString()).length).toBeGreaterThan(
      MAX_PACKED_PARLIAMENT,
    )
    actions().loadParliament(large)
    actions().toggleParty('list-99')
    const query = encodeScenario(scenario())
    const hash = parliamentHash(large)
    expect(hash).toMatch(/^[0-9a-f]{16}$/)
    expect(query).toBe(`v=1&e=custom&pt=Generated+300&pf=${hash}&c=list-99`)
    expect(decodeScenario(query)).toEqual({
      ok: false,
      reason: { code: 'parliament-elsewhere', values: { text: 'Generated 300' } },
    })
    rememberParliament(hash, large)
    const decoded = decodeScenario(query)
    expect(decoded.ok && decoded.scenario.customParliament).toBe(large)
    expect(decoded.ok && decoded.scenario.coalitions[0]?.partyIds).toEqual(['list-99'])
  })

  it('still opens a link from before the hash, which names the parliament by title', () => {
    const large = generated(300, 'Big house')
    const query = 'v=1&e=custom&pf=Big+house&c=list-100'
    expect(decodeScenario(query)).toEqual({
      ok: false,
      reason: { code: 'parliament-elsewhere', values: { text: 'Big house' } },
    })
    const withIt = { ...catalog, elections: [...catalog.elections, large] }
    const decoded = decodeScenario(query, withIt)
    expect(decoded.ok && decoded.scenario.customParliament).toBe(large)
    expect(decoded.ok && decoded.scenario.coalitions[0]?.partyIds).toEqual(['list-100'])
    rememberParliament(parliamentHash(large), large)
    const kept = decodeScenario(query)
    expect(kept.ok && kept.scenario.customParliament).toBe(large)
  })

  it('hashes what a link would carry, leaving out the date', () => {
    const a = generated(200)
    expect(parliamentHash(buildParliament({ ...toInput(a), date: '2030-05-05' }))).toBe(
      parliamentHash(a),
    )
    expect(parliamentHash(generated(200, 'Other'))).not.toBe(parliamentHash(a))
    expect(parliamentHash(generated(201))).not.toBe(parliamentHash(generated(200, 'Generated 201')))
  })

  it('gives back every generated parliament of 61 to 500 lists, whole or from this device', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 61, max: 500 }),
        fc.array(fc.constantFrom('Al', 'Wataniya', 'قائمة', 'Bloc', '🌿', 'Nasr', 'Fatah'), {
          minLength: 1,
          maxLength: 4,
        }),
        (n, words) => {
          forgetKeptParliaments()
          const own = buildParliament({
            title: words.join(' '),
            date: '2026-01-01',
            lists: Array.from({ length: n }, (_, i) => ({
              id: `l${i}`,
              name: `${words[i % words.length]} ${i}`,
              seats: (i % 7) + 1,
              color: '#336699',
              camp: 'unknown',
            })),
          })
          const state = {
            ...initialScenario('custom'),
            electionId: 'custom',
            customParliament: own,
          }
          const query = encodeScenario({
            ...state,
            versionId: own.defaultVersion,
            coalitions: [{ id: 'c1', name: '', partyIds: [`l${n - 1}`] }],
            activeCoalitionId: 'c1',
          })
          if (!fitsInLink(own)) rememberParliament(parliamentHash(own), own)
          const decoded = decodeScenario(query)
          expect(decoded.ok && decoded.scenario.customParliament).toEqual(own)
          expect(decoded.ok && decoded.scenario.coalitions[0]?.partyIds).toEqual([`l${n - 1}`])
          expect(query.length).toBeLessThan(20_000)
        },
      ),
      { numRuns: 30 },
    )
  })
})

describe('links carry list edits', () => {
  it('carries a merge, a rename, a colour, non-voting seats and a seat edit of the merged list', () => {
    actions().mergeLists('kdp', 'puk', 'Kurdistan Alliance')
    actions().renameList('fatah', 'Conquest')
    actions().recolorList('nasr', '#123abc')
    actions().setNonVoting('sairoon', 1)
    actions().setPartySeats('kdp-puk', 45)
    actions().toggleParty('kdp-puk')
    actions().toggleParty('fatah')
    const { query, scenario: back, warnings } = reopen(scenario())
    expect(query).toBe(
      'v=1&o=m.kdp-puk.kdp.puk*Kurdistan+Alliance&ln=fatah*Conquest&lc=nasr.123abc&nv=sairoon.1' +
        '&c=kdp-puk.fatah&sd=kdp-puk.45',
    )
    expect(warnings).toEqual([])
    expect(back).toEqual(scenario())
  })

  it('carries a split: the new list and the seats taken from the first', () => {
    actions().toggleParty('fatah')
    actions().splitList('fatah', 7, 'Badr')
    const { query, scenario: back } = reopen(scenario())
    expect(query).toContain('o=a.badr.7.')
    expect(query).toContain('sd=fatah.40')
    expect(back).toEqual(scenario())
    expect(back.coalitions[0]?.partyIds).toEqual(['fatah', 'badr'])
  })

  it('carries removed lists and the chamber rule', () => {
    actions().removeList('qarar')
    actions().setChamberMode('sum')
    actions().setChamberSize(330)
    const { query, scenario: back } = reopen(scenario())
    expect(query).toBe('v=1&o=r.qarar&cm=sum&cs=330')
    expect(back).toEqual(scenario())
  })

  it('reads a link against the parliament on screen without applying its edits twice', () => {
    actions().mergeLists('kdp', 'puk')
    actions().toggleParty('kdp-puk')
    const s = scenario()
    const shown = selectParliament(s)!
    const onScreen = { ...catalog, elections: [shown] }
    const decoded = decodeScenario(encodeScenario(s, onScreen), onScreen)
    expect(decoded).toEqual({ ok: true, scenario: s, warnings: [] })
  })

  it('still opens links made before list edits existed, with no edits', () => {
    const decoded = decodeScenario('?v=1&c=sairoon.fatah*Core&sd=fatah.50')
    expect(decoded.ok && decoded.scenario).toMatchObject({
      coalitions: [{ id: 'c1', name: 'Core', partyIds: ['sairoon', 'fatah'] }],
      seatEdits: { fatah: 50 },
      listOps: [],
      listEdits: {},
      chamberMode: 'fixed',
      chamberSize: null,
      customParliament: null,
    })
  })

  it.each([
    ['o=x.kdp', 'bad-list-change', 'x.kdp'],
    ['o=m.new.kdp.nope*X', 'bad-list-change', 'm.new.kdp.nope*X'],
    ['o=r.nope', 'bad-list-change', 'r.nope'],
    ['o=a.fatah.3.000000.x*Clash', 'bad-list-change', 'a.fatah.3.000000.x*Clash'],
    ['o=a.new.-3.000000.x*Neg', 'bad-list-change', 'a.new.-3.000000.x*Neg'],
    ['o=a.new.1e3.000000.x*Exp', 'bad-list-change', 'a.new.1e3.000000.x*Exp'],
    ['lc=fatah.red', 'bad-list-colour', 'fatah.red'],
    ['ln=nope*Name', 'bad-list-name', 'nope*Name'],
    ['nv=fatah.x', 'bad-non-voting', 'fatah.x'],
    ['nv=fatah.1e3', 'bad-non-voting', 'fatah.1e3'],
    ['cm=half', 'unknown-chamber-rule', 'half'],
    ['cs=12345678', 'bad-chamber-size', '12345678'],
    ['cs=1e3', 'bad-chamber-size', '1e3'],
  ])('ignores %s with a warning', (param, code, text) => {
    const decoded = decodeScenario(`?v=1&${param}`)
    expect(decoded).toEqual({
      ok: true,
      scenario: initialScenario(),
      warnings: [{ code, values: { text } }],
    })
  })

  it('reads Arabic-Indic and Persian digits in nv= and cs=, as in sd=', () => {
    const decoded = decodeScenario('?v=1&nv=fatah.٣&cs=۳۳۰&sd=nasr.٤٠')
    expect(decoded.ok && decoded.warnings).toEqual([])
    expect(decoded.ok && decoded.scenario).toMatchObject({
      listEdits: { fatah: { nonVoting: 3 } },
      chamberSize: 330,
      seatEdits: { nasr: 40 },
    })
  })

  it('never throws on any value of its parameters (fast-check, 300 links)', () => {
    const param = fc.constantFrom('o', 'ln', 'lc', 'nv', 'cm', 'cs', 'pp', 'po', 'pc', 'pt', 'pz')
    fc.assert(
      fc.property(
        fc.array(fc.tuple(param, fc.string({ maxLength: 30 })), { maxLength: 8 }),
        fc.boolean(),
        (pairs, own) => {
          const q = new URLSearchParams({ v: '1', ...(own ? { e: 'custom' } : {}) })
          for (const [k, v] of pairs) q.append(k, v)
          const decoded = decodeScenario(q.toString())
          if (decoded.ok) expect(Array.isArray(decoded.scenario.listOps)).toBe(true)
          else expect(decoded.reason.code).toEqual(expect.any(String))
        },
      ),
      { numRuns: 300 },
    )
  })
})

describe('links carry a parliament of one’s own', () => {
  const small = buildParliament({
    title: 'Knesset 2022',
    date: '2026-01-01',
    lists: [
      {
        id: 'likud',
        name: 'Likud',
        otherName: 'הליכוד',
        seats: 32,
        color: '#1f4e9c',
        camp: 'right',
      },
      { id: 'yesh-atid', name: 'Yesh Atid', seats: 24, color: '#00a0dc', camp: 'centre' },
      {
        id: 'others',
        name: 'Others & co',
        seats: 64,
        color: '#999999',
        camp: 'unknown',
        nonVoting: 1,
      },
    ],
  })

  it('sends a small one whole, with its coalitions and edits', () => {
    actions().loadParliament(small)
    actions().toggleParty('likud')
    actions().setPartySeats('yesh-atid', 25)
    actions().renameList('others', 'The rest')
    const { query, scenario: back, warnings } = reopen(scenario())
    expect(query).toContain('e=custom&pt=Knesset+2022&pd=2026-01-01&pp=likud.32.1f4e9c.0*Likud')
    expect(warnings).toEqual([])
    expect(back).toEqual(scenario())
  })

  it('refuses a link to a parliament of one’s own that carries none', () => {
    expect(decodeScenario('?v=1&e=custom')).toEqual({
      ok: false,
      reason: { code: 'own-none', values: {} },
    })
  })

  it('drops broken lists of a carried parliament with a warning', () => {
    const decoded = decodeScenario(
      '?v=1&e=custom&pt=T&pp=a.3.000000.0*A&pp=b.x.000000.0*B&pp=A.1.000000.0*C',
    )
    expect(decoded.ok && selectParliament(decoded.scenario)?.parties.map((p) => p.id)).toEqual([
      'a',
    ])
    expect(decoded.ok && decoded.warnings).toEqual([
      {
        code: 'own-list',
        values: { text: 'b.x.000000.0*B' },
        problem: { field: 'seats', code: 'not-number', values: { value: 'x' } },
      },
      {
        code: 'own-list',
        values: { text: 'A.1.000000.0*C' },
        problem: { field: 'id', code: 'bad-id', values: { id: 'A' } },
      },
    ])
  })
})

describe('link parameters', () => {
  it('are all different', () => {
    const names = Object.values(PARAMS)
    expect(new Set(names).size).toBe(names.length)
  })
})

function toInput(e: ReturnType<typeof buildParliament>) {
  return {
    title: e.title,
    lists: e.parties.map((p) => ({
      id: p.id,
      name: p.name,
      seats: p.seats[e.defaultVersion] ?? 0,
      color: p.color,
      camp: p.camp,
    })),
  }
}

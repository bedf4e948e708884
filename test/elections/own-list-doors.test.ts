/**
 * A list of a user's own parliament comes in by two doors: a link (`e=custom&pp=…`) and a file
 * (CSV or JSON). Both ask own-list-rules.ts, so the same value gets the same answer from each:
 * these tests feed all three the same values and compare what they say.
 */
import { describe, expect, it } from 'vitest'
import { importParliament } from '../../src/elections/import-parliament'
import { FIELD_NAMES } from '../../src/elections/import-rows'
import type { OwnListField } from '../../src/elections/own-list-rules'
import { decodeScenario } from '../../src/scenario/url-codec'

interface Values {
  id: string
  name: string
  seats: string
  /** Without the `#`: a link writes `rrggbb`, a file `#rrggbb`. */
  colour: string
  nonVoting: string
}

const GOOD: Values = { id: 'b', name: 'B', seats: '3', colour: 'ff0000', nonVoting: '0' }

type Answer =
  | { ok: true; seats: number; nonVoting: number; colour: string }
  | { ok: false; problem: [string, string] }

/** What a link says of the list. */
function byLink(v: Values): Answer {
  const entry = `${v.id}.${v.seats}.${v.colour}.${v.nonVoting}*${v.name}`
  const query = new URLSearchParams([
    ['v', '1'],
    ['e', 'custom'],
    ['pp', 'a.1.000000.0*A'],
    ['pp', entry],
  ])
  const decoded = decodeScenario(query.toString())
  if (!decoded.ok) throw new Error(decoded.reason.code)
  const warning = decoded.warnings.find((w) => w.code === 'own-list')
  if (warning?.problem) return { ok: false, problem: [warning.problem.field, warning.problem.code] }
  const list = decoded.scenario.customParliament!.parties.find((p) => p.id === v.id)!
  return { ok: true, seats: list.seats.own!, nonVoting: list.nonVoting ?? 0, colour: list.color }
}

/** What a file says of the list, in CSV or JSON. */
function byFile(v: Values, format: 'csv' | 'json'): Answer {
  const text =
    format === 'csv'
      ? `id,name,seats,colour,non_voting\na,A,1,#000000,0\n${[v.id, v.name, v.seats, `#${v.colour}`, v.nonVoting].map((c) => `"${c}"`).join(',')}\n`
      : JSON.stringify([
          { id: 'a', name: 'A', seats: 1, colour: '#000000' },
          {
            id: v.id,
            name: v.name,
            seats: v.seats,
            colour: `#${v.colour}`,
            nonVoting: v.nonVoting,
          },
        ])
  const result = importParliament(new TextEncoder().encode(text), { today: '2026-01-01' })
  if (!result.ok) {
    const [first] = result.errors
    const names = FIELD_NAMES[format]
    const field = (Object.keys(names) as OwnListField[]).find((f) => names[f] === first!.field)
    return { ok: false, problem: [field ?? first!.field, first!.code] }
  }
  const list = result.election.parties.find((p) => p.id === v.id)!
  return { ok: true, seats: list.seats.own!, nonVoting: list.nonVoting ?? 0, colour: list.color }
}

const CASES: [string, Partial<Values>, Answer][] = [
  [
    'seats in Arabic-Indic digits',
    { seats: '٣٠' },
    { ok: true, seats: 30, nonVoting: 0, colour: '#ff0000' },
  ],
  [
    'seats in Persian digits',
    { seats: '۳۰' },
    { ok: true, seats: 30, nonVoting: 0, colour: '#ff0000' },
  ],
  [
    'seats in scientific notation',
    { seats: '1e3' },
    { ok: false, problem: ['seats', 'not-number'] },
  ],
  ['seats with a plus sign', { seats: '+5' }, { ok: false, problem: ['seats', 'not-number'] }],
  ['seats in hexadecimal', { seats: '0x10' }, { ok: false, problem: ['seats', 'not-number'] }],
  ['seats that are a word', { seats: 'many' }, { ok: false, problem: ['seats', 'not-number'] }],
  ['negative seats', { seats: '-3' }, { ok: false, problem: ['seats', 'negative'] }],
  ['too many seats', { seats: '10001' }, { ok: false, problem: ['seats', 'too-big'] }],
  ['no seats given', { seats: '' }, { ok: false, problem: ['seats', 'required'] }],
  ['an id in capitals', { id: 'B' }, { ok: false, problem: ['id', 'bad-id'] }],
  ['an id with a double hyphen', { id: 'b--c' }, { ok: false, problem: ['id', 'bad-id'] }],
  ['an id of 41 characters', { id: 'b'.repeat(41) }, { ok: false, problem: ['id', 'bad-id'] }],
  ['a colour that is a word', { colour: 'red' }, { ok: false, problem: ['colour', 'colour'] }],
  ['a colour of five digits', { colour: '12345' }, { ok: false, problem: ['colour', 'colour'] }],
  ['a short colour', { colour: 'ABC' }, { ok: true, seats: 3, nonVoting: 0, colour: '#aabbcc' }],
  [
    'non-voting seats in Arabic-Indic digits',
    { nonVoting: '٢' },
    { ok: true, seats: 3, nonVoting: 2, colour: '#ff0000' },
  ],
  [
    'non-voting seats that are a word',
    { nonVoting: 'some' },
    { ok: false, problem: ['nonVoting', 'non-voting'] },
  ],
  [
    'non-voting seats in scientific notation',
    { nonVoting: '1e0' },
    { ok: false, problem: ['nonVoting', 'non-voting'] },
  ],
  [
    'more non-voting seats than seats',
    { nonVoting: '5' },
    { ok: false, problem: ['nonVoting', 'non-voting-too-many'] },
  ],
  [
    'a name of 101 characters',
    { name: 'n'.repeat(101) },
    { ok: false, problem: ['name', 'too-long'] },
  ],
  ['no name', { name: '' }, { ok: false, problem: ['name', 'required'] }],
]

describe('the same list by link, by CSV and by JSON', () => {
  it.each(CASES)('%s: the same answer from every door', (_, change, answer) => {
    const values = { ...GOOD, ...change }
    expect(byLink(values)).toEqual(answer)
    expect(byFile(values, 'csv')).toEqual(answer)
    expect(byFile(values, 'json')).toEqual(answer)
  })

  it('drops noncharacters and lone surrogates from a name, by either door', () => {
    // A link cannot carry a lone surrogate at all (encoding makes it U+FFFD): only a file can.
    const name = 'B\uffff\ufffex'
    const viaLink = decodeScenario(
      new URLSearchParams([
        ['v', '1'],
        ['e', 'custom'],
        ['pp', `b.3.ff0000.0*${name}`],
      ]).toString(),
    )
    const viaFile = importParliament(
      new TextEncoder().encode(JSON.stringify([{ id: 'b', name: `${name}\ud800`, seats: 3 }])),
    )
    expect(viaLink.ok && viaLink.scenario.customParliament!.parties[0]!.name).toBe('Bx')
    expect(viaFile.ok && viaFile.election.parties[0]!.name).toBe('Bx')
  })

  it('refuses a parliament whose seats add up to 0, by either door', () => {
    const viaLink = decodeScenario('?v=1&e=custom&pp=a.0.000000.0*A&pp=b.0.ffffff.0*B')
    expect(viaLink).toEqual({ ok: false, reason: { code: 'own-no-seats', values: {} } })
    const viaFile = importParliament(new TextEncoder().encode('name,seats\nA,0\nB,0\n'))
    expect(viaFile).toEqual({
      ok: false,
      errors: [{ row: 0, field: 'file', code: 'no-seats', values: {} }],
    })
  })
})

describe('a JSON file is read without prototypes', () => {
  it('refuses a __proto__ key as an unknown field: it supplies nothing', () => {
    const text = '[{"name":"A","__proto__":{"seats":5}}]'
    const result = importParliament(new TextEncoder().encode(text))
    expect(result.ok).toBe(false)
    expect(!result.ok && result.errors).toEqual([
      // As for any list without seats: the `__proto__` object did not give it any.
      { row: 1, field: 'seats', code: 'wrong-type', values: { expected: 'number' } },
      { row: 1, field: '__proto__', code: 'unknown-column', values: { column: '__proto__' } },
    ])
  })

  it('refuses a __proto__ key at the top of the file', () => {
    const text = '{"lists":[{"name":"A","seats":1}],"__proto__":{"title":"X"}}'
    const result = importParliament(new TextEncoder().encode(text))
    expect(!result.ok && result.errors).toEqual([
      { row: 0, field: '__proto__', code: 'unknown-column', values: { column: '__proto__' } },
    ])
    expect(({} as Record<string, unknown>).title).toBeUndefined()
  })
})

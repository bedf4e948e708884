import fc from 'fast-check'
import { westernDigits } from '../../src/elections/field-rules'
import { describe, expect, it } from 'vitest'
import { MAX_COALITIONS, cleanCoalitionName } from '../../src/coalition/coalitions'
import type { Coalition } from '../../src/coalition/types'
import { catalog, findElection, versionSeats } from '../../src/elections/catalog'
import { buildCatalog } from '../../src/elections/parse-election'
import {
  type ScenarioState,
  THRESHOLD_RULES,
  initialScenario,
} from '../../src/scenario/scenario-store'
import { LOCALES } from '../../src/elections/languages'
import type { LinkProblem } from '../../src/scenario/link-problems'
import { MAX_QUERY_LENGTH, decodeScenario, encodeScenario } from '../../src/scenario/url-codec'
import { currentStory, loadStory } from '../../src/elections/story-catalog'
import { storyStepScenario } from '../../src/scenario/story-scenario'
import iraq2018 from '../../data/iraq-2018.json'

// Thousands of cases take 1–2 s alone; allow for a machine shared with other work.
const PROPERTY_TIMEOUT = 60_000

const election = findElection('iraq-2018')!
const partyIds = election.parties.map((p) => p.id)

/** The opening state with some fields changed. */
function scenario(changes: Partial<ScenarioState> = {}): ScenarioState {
  return { ...initialScenario(), ...changes }
}

function coalition(n: number, name: string, ...members: string[]): Coalition {
  return { id: `c${n}`, name, partyIds: members }
}

/** The full 2018 scenario of the format's length budget: four named coalitions, five seat edits. */
const fullScenario = scenario({
  versionId: 'final2018',
  coalitions: [
    coalition(1, 'Sadr + Amiri', 'sairoon', 'fatah'),
    coalition(2, 'Islah', 'sairoon', 'nasr', 'hikma', 'wataniya'),
    coalition(3, 'Binaa', 'fatah', 'sol', 'qarar'),
    coalition(4, 'Core', 'sairoon', 'fatah', 'nasr'),
  ],
  activeCoalitionId: 'c2',
  seatEdits: { sairoon: 55, fatah: 50, nasr: 40, kdp: 26, 'new-generation': 3 },
})

function ok(query: string) {
  const result = decodeScenario(query)
  if (!result.ok)
    throw new Error(`expected ${query} to decode, got: ${JSON.stringify(result.reason)}`)
  return result
}

/** A problem as the decoder reports it: a code and the values its message mentions. */
function problem(code: LinkProblem['code'], values: LinkProblem['values'] = {}): LinkProblem {
  return { code, values }
}

/** The values naming a list in warnings: its short name in English and in Arabic. */
const SAIROON = { list: 'Sairoon', listAr: 'سائرون' }
const FATAH = { list: 'Fatah', listAr: 'الفتح' }
const NASR = { list: 'Nasr', listAr: 'النصر' }
/** The values naming the seat figures shown instead of unknown ones. */
const ANNOUNCED = { version: 'Announced results', versionAr: 'النتائج المعلنة' }

describe('encodeScenario', () => {
  it('writes only the version for the opening state', () => {
    expect(encodeScenario(initialScenario())).toBe('v=1')
  })

  it('writes members joined by dots and the name after a star, percent-encoded', () => {
    expect(
      encodeScenario(scenario({ coalitions: [coalition(1, 'Sadr + Amiri', 'sairoon', 'fatah')] })),
    ).toBe('v=1&c=sairoon.fatah*Sadr+%2B+Amiri')
  })

  it('writes the full four-coalition scenario in under 200 characters', () => {
    const query = encodeScenario(fullScenario)
    expect(query).toBe(
      'v=1&s=final2018&c=sairoon.fatah*Sadr+%2B+Amiri&c=sairoon.nasr.hikma.wataniya*Islah' +
        '&c=fatah.sol.qarar*Binaa&c=sairoon.fatah.nasr*Core&a=2' +
        '&sd=sairoon.55_fatah.50_nasr.40_kdp.26_new-generation.3',
    )
    expect(query.length).toBe(191)
  })

  it('writes even the longest possible scenario well under the length the decoder reads', () => {
    const longest = scenario({
      versionId: 'final2018',
      coalitions: Array.from({ length: MAX_COALITIONS }, (_, i) =>
        coalition(i + 1, '💥'.repeat(60), ...partyIds),
      ),
      activeCoalitionId: 'c1',
      seatEdits: Object.fromEntries(partyIds.map((id) => [id, 9999])),
      locale: 'ar',
      digits: 'arabic',
      view: 'projector',
      thresholdRule: 'blocking-third',
      storyStep: 999,
      challengeId: 'a'.repeat(60),
      palette: 'colorblind',
    })
    const query = encodeScenario(longest)
    expect(query.length).toBe(14_382)
    expect(query.length).toBeLessThan(MAX_QUERY_LENGTH)
    expect(decodeScenario(query)).toEqual({ ok: true, scenario: longest, warnings: [] })
  })

  it('leaves out seat edits equal to the shipped figure', () => {
    expect(encodeScenario(scenario({ seatEdits: { sairoon: 54, fatah: 50 } }))).toBe(
      'v=1&sd=fatah.50',
    )
  })

  it('writes "c=-" when every coalition was deleted', () => {
    const query = encodeScenario(scenario({ coalitions: [], activeCoalitionId: null }))
    expect(query).toBe('v=1&c=-')
    expect(ok(query).scenario.coalitions).toEqual([])
  })

  it('writes a=0 when coalitions exist but none is being edited', () => {
    const query = encodeScenario(scenario({ activeCoalitionId: null }))
    expect(query).toBe('v=1&a=0')
    expect(ok(query).scenario.activeCoalitionId).toBeNull()
  })

  it('round-trips the embed view with the theme and language it is shown in', () => {
    const embedded = scenario({ view: 'embed', theme: 'dark', locale: 'ar' })
    const query = encodeScenario(embedded)
    expect(query).toBe('v=1&l=ar&vw=embed&th=dark')
    expect(decodeScenario(query)).toEqual({ ok: true, scenario: embedded, warnings: [] })
  })

  it('writes every reader setting that differs from the opening state', () => {
    const query = encodeScenario(
      scenario({
        locale: 'ar',
        digits: 'arabic',
        view: 'projector',
        thresholdRule: 'two-thirds',
        storyStep: 3,
        challengeId: 'find-165',
        palette: 'colorblind',
      }),
    )
    // In the story the coalitions are always written (here the opening empty one, `c=`): a
    // story link without them opens the step's own.
    expect(query).toBe(
      'v=1&c=&l=ar&dg=arabic&vw=projector&t=two-thirds&st=3&ch=find-165&pl=colorblind',
    )
  })
})

describe('theme in links', () => {
  it('writes `th=light` or `th=dark`, and nothing for System', () => {
    expect(encodeScenario(scenario({ theme: 'dark' }))).toBe('v=1&th=dark')
    expect(encodeScenario(scenario({ theme: 'light' }))).toBe('v=1&th=light')
    expect(encodeScenario(scenario({ theme: 'system' }))).toBe('v=1')
  })

  it('reads light and dark, and ignores anything else with a note', () => {
    expect(ok('?v=1&th=dark').scenario.theme).toBe('dark')
    expect(ok('?v=1').scenario.theme).toBe('system')
    expect(decodeScenario('?v=1&th=neon')).toEqual({
      ok: true,
      scenario: initialScenario(),
      warnings: [problem('unknown-theme', { text: 'neon' })],
    })
  })
})

describe('alliance mode in links', () => {
  it('writes `al=1` when the analysed coalition votes as one bloc, and nothing when it does not', () => {
    expect(encodeScenario(scenario({ allianceMode: true }))).toBe('v=1&al=1')
    expect(encodeScenario(scenario({ allianceMode: false }))).toBe('v=1')
  })

  it('reads `al=1` and `al=0`, and links without `al` as today (off)', () => {
    expect(ok('?v=1&c=sairoon.fatah&al=1').scenario.allianceMode).toBe(true)
    expect(ok('?v=1&al=0').scenario.allianceMode).toBe(false)
    expect(ok('?v=1&c=sairoon.fatah').scenario.allianceMode).toBe(false)
  })

  it('ignores an unknown value and says so', () => {
    expect(decodeScenario('?v=1&al=yes')).toEqual({
      ok: true,
      scenario: initialScenario(),
      warnings: [problem('unknown-alliance', { text: 'yes' })],
    })
  })
})

// The story loads on demand in the app (main.tsx waits for it when a link opens a step).
await loadStory()

describe('decodeScenario: story steps', () => {
  const story = currentStory('iraq-2018')!

  it('opens a bare story link (`st=3`) on the step with its coalitions and figures', () => {
    expect(decodeScenario('?v=1&st=3')).toEqual({
      ok: true,
      scenario: storyStepScenario(story, 3, initialScenario()),
      warnings: [],
    })
    const six = ok('?v=1&st=6').scenario
    expect(six.versionId).toBe('final2018')
    expect(six.coalitions.map((c) => c.name)).toEqual([
      'Islah (Reform and Reconstruction)',
      'Binaa (Construction)',
    ])
    expect(six.activeCoalitionId).toBe('c1')
  })

  it('names the step’s coalitions in the link’s language, else the reader’s', () => {
    expect(ok('?v=1&st=3&l=ar').scenario.coalitions[0]?.name).toBe('تحالف الصدر والعامري')
    const forReader = decodeScenario('?v=1&st=3', catalog, undefined, { locale: 'ar' })
    expect(forReader.ok && forReader.scenario.coalitions[0]?.name).toBe('تحالف الصدر والعامري')
  })

  it('keeps the link’s own coalitions, figures and choice of coalition over the step’s', () => {
    expect(ok('?v=1&st=6&c=kdp.puk*Kurdistan').scenario).toEqual(
      scenario({ coalitions: [coalition(1, 'Kurdistan', 'kdp', 'puk')], storyStep: 6 }),
    )
    expect(ok('?v=1&st=6&c=-').scenario.coalitions).toEqual([])
    expect(ok('?v=1&st=6&c=').scenario.coalitions).toEqual([coalition(1, '')])
    const bare = ok('?v=1&st=6&s=may2018&a=2').scenario
    expect(bare.versionId).toBe('may2018')
    expect(bare.activeCoalitionId).toBe('c2')
    expect(bare.coalitions).toHaveLength(2)
  })

  it('gives back a story step whose coalitions were emptied or changed', () => {
    for (const s of [
      scenario({ storyStep: 6 }),
      scenario({ storyStep: 6, versionId: 'final2018', coalitions: [], activeCoalitionId: null }),
      { ...storyStepScenario(story, 4, initialScenario()), activeCoalitionId: 'c3' },
    ]) {
      expect(decodeScenario(encodeScenario(s))).toEqual({ ok: true, scenario: s, warnings: [] })
    }
  })

  it('opens a story link of another election, or without a story, as before', () => {
    expect(decodeScenario('?v=1&st=3', catalog, undefined, { story: undefined })).toEqual({
      ok: true,
      scenario: scenario({ storyStep: 3 }),
      warnings: [],
    })
  })
})

describe('decodeScenario: round trips', () => {
  it.each<[string, ScenarioState]>([
    ['the opening state', initialScenario()],
    ['the full four-coalition scenario', fullScenario],
    [
      'names with HTML, quotes, emoji, right-to-left text and separators',
      scenario({
        coalitions: [
          coalition(1, '<script>alert("x")</script>', 'kdp'),
          coalition(2, `It's "Core" 🇮🇶 👩🏽‍🏫`, 'puk'),
          coalition(3, 'سائرون + الفتح', 'sairoon', 'fatah'),
          coalition(4, 'a*b.c_d&e=f+g%20h?i#j'),
          coalition(5, '   '),
        ],
        activeCoalitionId: 'c3',
      }),
    ],
    ['no coalitions', scenario({ coalitions: [], activeCoalitionId: null })],
    [
      'an edited chamber on the final figures in Arabic',
      scenario({
        versionId: 'final2018',
        seatEdits: { 'independents-quota': 0, sol: 10_000 },
        locale: 'ar',
        digits: 'arabic',
        storyStep: 0,
      }),
    ],
  ])('gives back %s exactly', (_, s) => {
    expect(decodeScenario(encodeScenario(s))).toEqual({ ok: true, scenario: s, warnings: [] })
  })

  it('carries a non-default election by id', () => {
    const other = { ...iraq2018, id: 'iraq-2018-copy' }
    const two = buildCatalog({ a: iraq2018, b: other })
    const s = scenario({ electionId: 'iraq-2018-copy', coalitions: [coalition(1, '', 'kdp')] })
    const query = encodeScenario(s, two)
    expect(query).toBe('v=1&e=iraq-2018-copy&c=kdp')
    expect(decodeScenario(query, two)).toEqual({ ok: true, scenario: s, warnings: [] })
  })

  it(
    'gives back any valid scenario (fast-check, 2,000 generated scenarios)',
    () => {
      fc.assert(
        fc.property(validScenario(), (s) => {
          expect(decodeScenario(encodeScenario(s))).toEqual({ ok: true, scenario: s, warnings: [] })
        }),
        { numRuns: 2000 },
      )
    },
    PROPERTY_TIMEOUT,
  )
})

describe('decodeScenario: links made by format v1 still decode', () => {
  // Literal links as written by the app today. If the format changes, these must keep opening.
  it.each<[string, Partial<ScenarioState>]>([
    ['', {}],
    ['?v=1', {}],
    ['?v=1&c=sairoon.fatah.nasr', { coalitions: [coalition(1, '', 'sairoon', 'fatah', 'nasr')] }],
    [
      '?v=1&s=final2018&c=sairoon.fatah*Sadr+%2B+Amiri&c=sairoon.nasr.hikma.wataniya*Islah' +
        '&c=fatah.sol.qarar*Binaa&c=sairoon.fatah.nasr*Core&a=2' +
        '&sd=sairoon.55_fatah.50_nasr.40_kdp.26_new-generation.3',
      fullScenario,
    ],
    [
      '?v=1&c=kdp.puk*Kurdistan&c=*%D8%A7%D9%84%D9%81%D8%AA%D8%AD&a=1&sd=fatah.60',
      {
        coalitions: [coalition(1, 'Kurdistan', 'kdp', 'puk'), coalition(2, 'الفتح')],
        activeCoalitionId: 'c1',
        seatEdits: { fatah: 60 },
      },
    ],
    ['?v=1&c=-', { coalitions: [], activeCoalitionId: null }],
    [
      // A story link without coalitions opens the step's (the step has one, and `a=0` applies).
      '?v=1&a=0&l=ar&dg=arabic&vw=projector&t=blocking-third&st=2&ch=find-165&pl=colorblind',
      {
        coalitions: [coalition(1, 'الاتفاق الثلاثي', 'sairoon', 'hikma', 'wataniya')],
        activeCoalitionId: null,
        locale: 'ar',
        digits: 'arabic',
        view: 'projector',
        thresholdRule: 'blocking-third',
        storyStep: 2,
        challengeId: 'find-165',
        palette: 'colorblind',
      },
    ],
  ])('%s', (link, changes) => {
    expect(decodeScenario(link)).toEqual({ ok: true, scenario: scenario(changes), warnings: [] })
  })
})

describe('decodeScenario: bad links', () => {
  it.each<[string, string, LinkProblem]>([
    ['no version', '?c=sairoon', problem('no-version')],
    ['a newer version', '?v=2&c=sairoon', problem('unknown-version', { text: '2' })],
    ['a version that is not a number', '?v=one', problem('unknown-version', { text: 'one' })],
    [
      'an unknown election',
      '?v=1&e=narnia-2030',
      problem('unknown-election', { text: 'narnia-2030' }),
    ],
    [
      'an unknown election with a long, hostile id, cut and without control characters',
      '?v=1&e=%3Cscript%3E%0Aalert(document.cookie)%3C/script%3E',
      problem('unknown-election', { text: '<script>alert(document.c…' }),
    ],
  ])('refuses %s', (_, link, reason) => {
    expect(decodeScenario(link)).toEqual({ ok: false, reason })
  })

  it('opens a plain address, or one with only tracking parameters, as the opening state', () => {
    expect(decodeScenario('?fbclid=IwAR0abc&utm_source=chat')).toEqual({
      ok: true,
      scenario: initialScenario(),
      warnings: [],
    })
  })

  it('drops unknown list ids and says where they were', () => {
    expect(decodeScenario('?v=1&c=sairoon.foo.fatah&c=nasr.Bar')).toEqual({
      ok: true,
      scenario: scenario({
        coalitions: [coalition(1, '', 'sairoon', 'fatah'), coalition(2, '', 'nasr')],
        activeCoalitionId: 'c2',
      }),
      warnings: [
        problem('unknown-list', { text: 'foo', coalition: 1 }),
        problem('unknown-list', { text: 'Bar', coalition: 2 }),
      ],
    })
  })

  it('matches list ids ignoring case and skips empty entries', () => {
    expect(ok('?v=1&c=SAIROON..Fatah.').scenario.coalitions).toEqual([
      coalition(1, '', 'sairoon', 'fatah'),
    ])
  })

  it('removes a list repeated within a coalition but keeps repeated coalitions', () => {
    expect(decodeScenario('?v=1&c=sairoon.sairoon.fatah&c=sairoon.fatah')).toEqual({
      ok: true,
      scenario: scenario({
        coalitions: [coalition(1, '', 'sairoon', 'fatah'), coalition(2, '', 'sairoon', 'fatah')],
        activeCoalitionId: 'c2',
      }),
      warnings: [problem('repeated-list', { ...SAIROON, coalition: 1 })],
    })
  })

  it('keeps empty coalitions', () => {
    expect(decodeScenario('?v=1&c=&c=*Core&c=')).toEqual({
      ok: true,
      scenario: scenario({
        coalitions: [coalition(1, ''), coalition(2, 'Core'), coalition(3, '')],
        activeCoalitionId: 'c3',
      }),
      warnings: [],
    })
  })

  it('keeps the first 12 of hundreds of coalitions', () => {
    const link = `?v=1${'&c=sairoon.fatah'.repeat(300)}`
    const result = ok(link)
    expect(result.scenario.coalitions).toHaveLength(MAX_COALITIONS)
    expect(result.scenario.coalitions[11]).toEqual(coalition(12, '', 'sairoon', 'fatah'))
    expect(result.scenario.activeCoalitionId).toBe('c12')
    expect(result.warnings).toEqual([problem('too-many-coalitions', { max: 12, count: 288 })])
  })

  it.each<[string, string]>([
    ['-3', '-3'],
    ['2.5', '2.5'],
    ['1e3', '1e3'],
    ['10001', '10001'],
    ['99999999999999999999', '99999999999999999999'],
    ['abc', 'abc'],
    ['', ''],
    ['+5', ' 5'],
    ['0x10', '0x10'],
  ])('ignores the seat count "sairoon.%s"', (count, text) => {
    expect(decodeScenario(`?v=1&sd=sairoon.${count}_fatah.60`)).toEqual({
      ok: true,
      scenario: scenario({ seatEdits: { fatah: 60 } }),
      warnings: [problem('bad-seat-count', { text, ...SAIROON, min: 0, max: 10_000 })],
    })
  })

  it('reads Arabic-Indic digits as ASCII digits, on purpose', () => {
    // ٦٠ is 60 and ۳ (Persian) is 3, as a reader in Baghdad or Tehran would type them.
    expect(decodeScenario('?v=١&sd=sairoon.٦٠_fatah.۳&c=kdp&c=puk&a=١&st=٢')).toEqual({
      ok: true,
      scenario: scenario({
        seatEdits: { sairoon: 60, fatah: 3 },
        coalitions: [coalition(1, '', 'kdp'), coalition(2, '', 'puk')],
        activeCoalitionId: 'c1',
        storyStep: 2,
      }),
      warnings: [],
    })
    expect(westernDigits('٠١٢٣٤٥٦٧٨٩ ۰۱۲۳۴۵۶۷۸۹')).toBe('0123456789 0123456789')
  })

  it('ignores malformed, unknown and repeated seat entries', () => {
    expect(decodeScenario('?v=1&sd=fatah_x.-3_nasr.40_nasr.41&sd=kdp.30')).toEqual({
      ok: true,
      scenario: scenario({ seatEdits: { nasr: 40, kdp: 30 } }),
      warnings: [
        problem('bad-seat-entry', { text: 'fatah' }),
        problem('seats-unknown-list', { text: 'x' }),
        problem('repeated-seat-count', NASR),
      ],
    })
  })

  it('keeps names with HTML, quotes, emoji and right-to-left text as plain text', () => {
    const names = [
      '<img src=x onerror=alert(1)>',
      `"quoted" & 'single'`,
      '🏛️ كتلة 🇮🇶',
      '\u202eevil',
    ]
    const link = `?v=1&${names.map((n) => new URLSearchParams({ c: `*${n}` })).join('&')}`
    expect(ok(link).scenario.coalitions.map((c) => c.name)).toEqual(names)
    expect(ok(link).warnings).toEqual([])
  })

  it('shortens a 10,000-character name to 60 characters', () => {
    const result = ok(`?v=1&c=sairoon*${'ب'.repeat(10_000)}`)
    expect(result.scenario.coalitions).toEqual([coalition(1, 'ب'.repeat(60), 'sairoon')])
    expect(result.warnings).toEqual([problem('name-shortened', { coalition: 1, count: 60 })])
  })

  it('replaces control characters in names', () => {
    expect(decodeScenario('?v=1&c=*Core%0A%00line')).toEqual({
      ok: true,
      scenario: scenario({ coalitions: [coalition(1, 'Core  line')] }),
      warnings: [problem('name-control', { coalition: 1 })],
    })
  })

  it('treats prototype keys as unknown text and pollutes nothing', () => {
    const link =
      '?v=1&c=__proto__.constructor.toString.sairoon&sd=constructor.3_hasOwnProperty.1_sairoon.60' +
      '&__proto__=x&constructor=y&toString=z&s=__proto__&l=constructor'
    expect(decodeScenario(link)).toEqual({
      ok: true,
      scenario: scenario({ coalitions: [coalition(1, '', 'sairoon')], seatEdits: { sairoon: 60 } }),
      warnings: [
        problem('unknown-seat-version', { text: '__proto__', ...ANNOUNCED }),
        problem('unknown-list', { text: '__proto__', coalition: 1 }),
        problem('unknown-list', { text: 'constructor', coalition: 1 }),
        problem('unknown-list', { text: 'toString', coalition: 1 }),
        problem('seats-unknown-list', { text: 'constructor' }),
        problem('seats-unknown-list', { text: 'hasOwnProperty' }),
        problem('unknown-language', { text: 'constructor' }),
      ],
    })
    expect(Object.getPrototypeOf(ok(link).scenario.seatEdits)).toBe(Object.prototype)
    expect(({} as Record<string, unknown>).x).toBeUndefined()
  })

  it('splits "__proto__" in seat edits at its underscores, which list ids never contain', () => {
    expect(decodeScenario('?v=1&sd=__proto__.5')).toEqual({
      ok: true,
      scenario: initialScenario(),
      warnings: [
        problem('bad-seat-entry', { text: 'proto' }),
        problem('bad-seat-entry', { text: '.5' }),
      ],
    })
  })

  it('lists at most eight problems and counts the rest', () => {
    const link = `?v=1&c=${Array.from({ length: 12 }, (_, i) => `x${i}`).join('.')}`
    expect(ok(link).warnings).toEqual([
      ...Array.from({ length: 8 }, (_, i) =>
        problem('unknown-list', { text: `x${i}`, coalition: 1 }),
      ),
      problem('more', { count: 4 }),
    ])
  })

  it('reads a percent-encoding that does not decode as text instead of failing', () => {
    expect(decodeScenario('?v=1&c=sairoon*%E0%A4%A%&sd=%ZZ.4&c=%ZZ')).toEqual({
      ok: true,
      scenario: scenario({
        coalitions: [coalition(1, '\ufffd%A%', 'sairoon'), coalition(2, '')],
        activeCoalitionId: 'c2',
      }),
      warnings: [
        problem('unknown-list', { text: '%ZZ', coalition: 2 }),
        problem('seats-unknown-list', { text: '%ZZ' }),
      ],
    })
  })

  it('reads only the first part of a 100 KB query', () => {
    const link = `?v=1&c=kdp.puk*Kurds&sd=${'x'.repeat(100_000)}&c=sairoon`
    expect(decodeScenario(link)).toEqual({
      ok: true,
      scenario: scenario({ coalitions: [coalition(1, 'Kurds', 'kdp', 'puk')] }),
      warnings: [problem('too-long', { count: MAX_QUERY_LENGTH })],
    })
    // 100 KB of coalitions: the first 12 of those read are kept.
    expect(ok(`?v=1${'&c=fatah'.repeat(12_500)}`).scenario.coalitions).toHaveLength(12)
  })

  it('falls back to the default seat figures when the link names unknown ones', () => {
    expect(decodeScenario('?v=1&s=march2019&c=sairoon')).toEqual({
      ok: true,
      scenario: scenario({ coalitions: [coalition(1, '', 'sairoon')] }),
      warnings: [problem('unknown-seat-version', { text: 'march2019', ...ANNOUNCED })],
    })
  })

  it('ignores a coalition position that does not exist', () => {
    expect(decodeScenario('?v=1&c=kdp&c=puk&a=3')).toEqual({
      ok: true,
      scenario: scenario({
        coalitions: [coalition(1, '', 'kdp'), coalition(2, '', 'puk')],
        activeCoalitionId: 'c2',
      }),
      warnings: [problem('bad-active', { text: 'a=3', count: 2 })],
    })
    expect(ok('?v=1&a=-1').warnings).toEqual([problem('bad-active', { text: 'a=-1', count: 1 })])
  })

  it('ignores unknown settings and keeps their defaults', () => {
    expect(
      decodeScenario('?v=1&l=fr&dg=roman&vw=huge&t=all&pl=neon&st=x&ch=%3Cb%3E&extra=1'),
    ).toEqual({
      ok: true,
      scenario: initialScenario(),
      warnings: [
        problem('unknown-language', { text: 'fr' }),
        problem('unknown-digits', { text: 'roman' }),
        problem('unknown-view', { text: 'huge' }),
        problem('unknown-threshold', { text: 'all' }),
        problem('unknown-palette', { text: 'neon' }),
        problem('bad-story-step', { text: 'x', min: 0, max: 999 }),
        problem('bad-challenge', { text: '<b>' }),
      ],
    })
  })

  it('uses the first value of a repeated single-valued parameter', () => {
    expect(decodeScenario('?v=1&l=ar&l=en')).toEqual({
      ok: true,
      scenario: scenario({ locale: 'ar' }),
      warnings: [problem('repeated-param', { param: 'l', count: 2 })],
    })
  })

  it('says when a seat edit in the link has become the shipped figure', () => {
    // Fatah has 48 seats in the final figures: a link that set 48 was made before that correction.
    expect(decodeScenario('?v=1&s=final2018&sd=fatah.48_nasr.40')).toEqual({
      ok: true,
      scenario: scenario({ versionId: 'final2018', seatEdits: { nasr: 40 } }),
      warnings: [problem('seats-now-shipped', { ...FATAH, count: 48 })],
    })
  })

  it('maps renamed list ids forward and says so', () => {
    const aliases = new Map([['state-of-law', 'sol']])
    expect(
      decodeScenario('?v=1&c=sairoon.state-of-law&sd=state-of-law.30', catalog, aliases),
    ).toEqual({
      ok: true,
      scenario: scenario({
        coalitions: [coalition(1, '', 'sairoon', 'sol')],
        seatEdits: { sol: 30 },
      }),
      warnings: [
        problem('renamed-list', {
          from: 'state-of-law',
          to: 'sol',
          list: 'State of Law',
          listAr: 'دولة القانون',
        }),
      ],
    })
    expect(decodeScenario('?v=1&c=__proto__', catalog, aliases)).toMatchObject({
      warnings: [problem('unknown-list', { text: '__proto__', coalition: 1 })],
    })
  })
})

describe('decodeScenario: any input (fast-check)', () => {
  it(
    'never throws and always gives a valid scenario on arbitrary text (3,000 strings)',
    () => {
      fc.assert(
        fc.property(
          fc.oneof(
            fc.string({ unit: 'binary', maxLength: 200 }),
            fc.string({ unit: linkChar, maxLength: 200 }),
            fc.string({ unit: linkChar, maxLength: 200 }).map((s) => `v=1&${s}`),
          ),
          (query) => expectValidResult(decodeScenario(query)),
        ),
        { numRuns: 3000 },
      )
    },
    PROPERTY_TIMEOUT,
  )

  it(
    'never throws on near-miss links and opens what it can (3,000 mutated links)',
    () => {
      fc.assert(
        fc.property(
          validScenario(),
          fc.array(fc.tuple(fc.nat(), fc.nat(2), fc.string({ unit: linkChar, maxLength: 12 })), {
            minLength: 1,
            maxLength: 4,
          }),
          (s, edits) => {
            let link = encodeScenario(s)
            for (const [at, kind, text] of edits) {
              const i = at % (link.length + 1)
              if (kind === 0) link = link.slice(0, i) + text + link.slice(i)
              else if (kind === 1) link = link.slice(0, i) + link.slice(i + text.length + 1)
              else link = link.slice(0, i) + text + link.slice(i + text.length)
            }
            const result = decodeScenario(link)
            expectValidResult(result)
            if (result.ok) {
              // What was opened is itself a clean link.
              expect(decodeScenario(encodeScenario(result.scenario))).toEqual({
                ok: true,
                scenario: result.scenario,
                warnings: [],
              })
            }
          },
        ),
        { numRuns: 3000 },
      )
    },
    PROPERTY_TIMEOUT,
  )
})

/** Characters that matter in links, to make generated queries near real ones. */
const linkChar = fc.constantFrom(
  ...'v=1&c=s.e_a*-%+٣0123456789'.split(''),
  'sairoon',
  'fatah',
  'sd=',
  '%E0',
  '%2B',
  '__proto__',
  'constructor',
  '&c=',
  '&a=',
  'final2018',
  '💥',
  'ب',
)

/** Every field of a decoded scenario is one the app can hold. */
function expectValidResult(result: ReturnType<typeof decodeScenario>) {
  if (!result.ok) {
    expect(['no-version', 'unknown-version', 'unknown-election']).toContain(
      typeof result.reason === 'string' ? result.reason : result.reason.code,
    )
    return
  }
  const s = result.scenario
  expect(s.electionId).toBe('iraq-2018')
  expect(election.versions.map((v) => v.id)).toContain(s.versionId)
  expect(s.coalitions.length).toBeLessThanOrEqual(MAX_COALITIONS)
  s.coalitions.forEach((c, i) => {
    expect(c.id).toBe(`c${i + 1}`)
    expect(cleanCoalitionName(c.name)).toBe(c.name)
    expect(new Set(c.partyIds).size).toBe(c.partyIds.length)
    for (const id of c.partyIds) expect(partyIds).toContain(id)
  })
  if (s.activeCoalitionId !== null) {
    expect(s.coalitions.map((c) => c.id)).toContain(s.activeCoalitionId)
  }
  for (const [id, n] of Object.entries(s.seatEdits)) {
    expect(partyIds).toContain(id)
    expect(Number.isInteger(n) && n >= 0 && n <= 10_000).toBe(true)
  }
  expect(result.warnings.length).toBeLessThanOrEqual(9)
}

/** Scenarios the app can hold, with coalition ids numbered in order as links carry them. */
function validScenario(): fc.Arbitrary<ScenarioState> {
  return fc
    .record({
      versionId: fc.constantFrom(...election.versions.map((v) => v.id)),
      coalitions: fc.array(
        fc.record({
          name: fc.string({ unit: 'binary', maxLength: 70 }).map(cleanCoalitionName),
          partyIds: fc.uniqueArray(fc.constantFrom(...partyIds), { maxLength: 8 }),
        }),
        { maxLength: MAX_COALITIONS },
      ),
      active: fc.option(fc.nat()),
      seatEdits: fc.dictionary(fc.constantFrom(...partyIds), fc.integer({ min: 0, max: 10_000 }), {
        maxKeys: 8,
      }),
      locale: fc.constantFrom(...LOCALES),
      digits: fc.constantFrom('western' as const, 'arabic' as const),
      view: fc.constantFrom('standard' as const, 'projector' as const, 'embed' as const),
      thresholdRule: fc.constantFrom(...THRESHOLD_RULES),
      allianceMode: fc.boolean(),
      storyStep: fc.option(fc.integer({ min: 0, max: 999 })),
      challengeId: fc.option(fc.stringMatching(/^[a-z0-9]{1,10}(-[a-z0-9]{1,10})?$/)),
      palette: fc.constantFrom('standard' as const, 'colorblind' as const),
      theme: fc.constantFrom('system' as const, 'light' as const, 'dark' as const),
    })
    .map(({ coalitions, active, seatEdits, ...rest }) => {
      const withIds = coalitions.map((c, i) => ({ id: `c${i + 1}`, ...c }))
      const shipped = versionSeats(election, rest.versionId)
      return {
        ...initialScenario(),
        ...rest,
        coalitions: withIds,
        activeCoalitionId:
          active === null || !withIds.length ? null : withIds[active % withIds.length]!.id,
        // An edit equal to the shipped figure changes nothing, and links leave it out.
        seatEdits: Object.fromEntries(
          Object.entries(seatEdits).filter(([id, n]) => n !== shipped[id]),
        ),
      }
    })
}

describe('a coalition name with a noncharacter', () => {
  it('opens without it, so the name can be exported as SVG', () => {
    const decoded = decodeScenario('?v=1&c=sairoon.fatah*A%EF%BF%BFB')
    expect(decoded.ok && decoded.scenario.coalitions[0]?.name).toBe('AB')
  })
})

describe('links to the other parliaments (e=)', () => {
  it('open 2021 once it is loaded: Save the Homeland is 155 seats of 329', async () => {
    const { ensureElection, catalog: live } = await import('../../src/elections/catalog')
    await ensureElection('iraq-2021')
    const decoded = decodeScenario(
      '?v=1&e=iraq-2021&c=sadrist-movement.kdp.taqaddum.azm*Save+the+Homeland',
      live,
    )
    if (!decoded.ok) throw new Error(decoded.reason.code)
    expect(decoded.warnings).toEqual([])
    const { scenario: s } = decoded
    expect(s.electionId).toBe('iraq-2021')
    expect(s.versionId).toBe('certified')
    const seats = versionSeats(findElection('iraq-2021', live)!, s.versionId)
    const held = s.coalitions[0]!.partyIds.reduce((sum, id) => sum + (seats[id] ?? 0), 0)
    expect(held).toBe(155)
    expect(decodeScenario(`?${encodeScenario(s)}`, live)).toMatchObject({ ok: true, scenario: s })
  })

  it('refuse an election the app does not ship, naming it', () => {
    expect(decodeScenario('?v=1&e=iraq-1999')).toMatchObject({
      ok: false,
      reason: { code: 'unknown-election', values: { text: 'iraq-1999' } },
    })
  })

  it("open a 2022 story step that edits the chamber with the step's edits", async () => {
    const { ensureElection, catalog: live } = await import('../../src/elections/catalog')
    await ensureElection('iraq-2021')
    const story = (await loadStory('iraq-2021'))!.story!
    const decoded = decodeScenario('?v=1&e=iraq-2021&st=7', live)
    if (!decoded.ok) throw new Error(decoded.reason.code)
    const told = storyStepScenario(story, 7, decoded.scenario)
    expect(decoded.scenario.seatEdits).toEqual({ 'sadrist-movement': 0 })
    expect(decoded.scenario.listOps).toEqual(told.listOps)
    expect(decoded.scenario.coalitions.map((c) => c.partyIds)).toEqual(
      told.coalitions.map((c) => c.partyIds),
    )
    // Its own link, made from the store, opens the same step.
    const again = decodeScenario(`?${encodeScenario(decoded.scenario)}`, live)
    expect(again).toMatchObject({
      ok: true,
      scenario: { storyStep: 7, seatEdits: { 'sadrist-movement': 0 } },
    })
  })
})

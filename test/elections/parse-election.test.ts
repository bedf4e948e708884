import { describe, expect, it } from 'vitest'
import { catalog, findElection, versionSeats } from '../../src/elections/catalog'
import { buildCatalog, parseElection } from '../../src/elections/parse-election'
import iraq2018 from '../../data/iraq-2018.json'
import { fixtureElection } from '../fixtures/elections'

const dataFiles = import.meta.glob('../../data/*.json', { eager: true, import: 'default' })

describe('the shipped data files', () => {
  it('include the 2018 election', () => {
    expect(Object.keys(dataFiles)).toContain('../../data/iraq-2018.json')
  })

  it.each(Object.entries(dataFiles).filter(([f]) => !f.includes('story')))(
    '%s passes the election schema',
    (file, json) => {
      const result = parseElection(json, file)
      expect(result.ok ? [] : result.errors).toEqual([])
    },
  )
})

describe('parseElection', () => {
  it('accepts a well-formed election', () => {
    expect(parseElection(fixtureElection()).ok).toBe(true)
  })

  it.each<[string, (e: ReturnType<typeof fixtureElection>) => unknown, string]>([
    [
      'a negative seat count',
      (e) => ((e.parties[0]!.seats.v1 = -1), e),
      'elections.json: parties[0].seats.v1: must not be negative',
    ],
    [
      'a fractional seat count',
      (e) => ((e.parties[1]!.seats.v2 = 2.5), e),
      'elections.json: parties[1].seats.v2: must be a whole number',
    ],
    [
      'a list id that is not a slug',
      (e) => ((e.parties[2]!.id = 'Green Party'), e),
      'elections.json: parties[2].id: must be a lowercase slug of a-z, 0-9 and -',
    ],
    [
      'a duplicate list id',
      (e) => ((e.parties[1]!.id = 'lab'), e),
      'elections.json: parties[1].id: duplicate list id "lab"',
    ],
    [
      'an unknown source',
      (e) => ((e.parties[0]!.sourceIds = ['nope']), e),
      'elections.json: parties[0].sourceIds[0]: unknown source "nope"',
    ],
    [
      'a version that does not sum to the chamber',
      (e) => ((e.chamberSize = 151), e),
      'elections.json: versions[0]: seats of version "v1" sum to 150, not the chamber size 151',
    ],
    [
      'a missing colour',
      (e) => ((e.parties[0]!.color = 'red'), e),
      'elections.json: parties[0].color: must be a colour #rrggbb',
    ],
    [
      'Arabic uncertainties that do not pair one for one with the English',
      (e) => ((e.uncertainties = ['One.', 'Two.']), (e.uncertaintiesAr = ['واحد.']), e),
      'elections.json: uncertaintiesAr: has 1 items, not the 2 of uncertainties',
    ],
    [
      'Arabic uncertainties where there are none in English',
      (e) => ((e.uncertaintiesAr = ['واحد.']), e),
      'elections.json: uncertaintiesAr: has 1 items, not the 0 of uncertainties',
    ],
    [
      "Arabic notes that do not pair one for one with a list's notes",
      (e) => ((e.parties[3]!.notes = ['One.']), (e.parties[3]!.notesAr = ['واحد.', 'اثنان.']), e),
      'elections.json: parties[3].notesAr: has 2 items, not the 1 of notes',
    ],
    [
      'an empty Arabic description',
      (e) => ((e.versions[1]!.descriptionAr = ''), e),
      'elections.json: versions[1].descriptionAr: Too small: expected string to have >=1 characters',
    ],
  ])('rejects %s, naming the field', (_, mutate, message) => {
    const result = parseElection(mutate(fixtureElection()), 'elections.json')
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.errors).toContain(message)
  })

  it('accepts Arabic prose beside the English and keeps it', () => {
    const e = fixtureElection()
    e.chamberNote = 'All seats are elected.'
    e.chamberNoteAr = 'جميع المقاعد منتخبة.'
    e.versions[0]!.descriptionAr = 'الأول.'
    e.uncertainties = ['One.', 'Two.']
    e.uncertaintiesAr = ['واحد.', 'اثنان.']
    e.parties[0]!.notes = ['A note.']
    e.parties[0]!.notesAr = ['ملاحظة.']
    const result = parseElection(e)
    expect(result.ok && result.value).toMatchObject({
      chamberNoteAr: 'جميع المقاعد منتخبة.',
      versions: [{ descriptionAr: 'الأول.' }, { description: 'Second.' }],
      uncertaintiesAr: ['واحد.', 'اثنان.'],
      parties: [{ notesAr: ['ملاحظة.'] }, {}, {}, {}, {}],
    })
    expect(result.ok && result.value.versions[1]).not.toHaveProperty('descriptionAr')
  })

  it('never throws on junk', () => {
    for (const junk of [null, 42, 'text', [], { parties: 'x' }, { __proto__: { id: 'x' } }]) {
      expect(parseElection(junk).ok).toBe(false)
    }
  })
})

describe('parseElection, the fields of later elections', () => {
  /** The fixture with thresholds and events, as the 2021 file has them. */
  function withRungs() {
    const e = fixtureElection()
    return {
      ...e,
      thresholds: [
        {
          id: 'majority',
          kind: 'majority',
          seats: 76,
          label: 'Majority',
          rule: 'Half.',
          sourceIds: ['src'],
        },
        {
          id: 'quorum',
          kind: 'two-thirds',
          seats: 100,
          label: 'Two-thirds',
          rule: 'Quorum.',
          from: '2020-03-01',
          sourceIds: ['src'],
        },
      ],
      events: [
        {
          date: '2020-04',
          text: 'A session.',
          attendance: 90,
          attendanceVariants: [90, 80],
          thresholdId: 'quorum',
          sourceIds: ['src'],
        },
        {
          date: '2020-05-01',
          dateEnd: '2020-05-03',
          text: 'A pact.',
          claims: [
            { bloc: 'Lab+Grn', seats: 78 },
            { bloc: 'Con', seatsText: '>40' },
          ],
          sourceIds: ['src'],
        },
      ],
    }
  }
  type Rungs = ReturnType<typeof withRungs>

  it('accepts thresholds, events, variants, confidence, individual members and Arabic name status', () => {
    const e = withRungs()
    const [lab, con, , , ind] = e.parties
    Object.assign(lab!, {
      confidence: { v1: 'high', v2: 'medium' },
      variants: [{ seats: 40, versionId: 'v1', reportedBy: 'A paper', sourceIds: ['src'] }],
    })
    Object.assign(con!, { nameArStatus: 'missing' })
    Object.assign(ind!, { individual: true, seats: { v1: 1, v2: 1 } })
    e.parties.push({ ...ind!, id: 'ind-2', seats: { v1: 13, v2: 13 } })
    Object.assign(e.parties[e.parties.length - 1]!, { individual: false })
    const result = parseElection(e)
    expect(result.ok ? [] : result.errors).toEqual([])
    expect(result.ok && result.value.events?.[0]).toMatchObject({ thresholdId: 'quorum' })
  })

  it.each<[string, (e: Rungs) => unknown, string]>([
    [
      'a threshold whose seats do not follow from the chamber',
      (e) => ((e.thresholds[1]!.seats = 99), e),
      'elections.json: thresholds[1].seats: is 99 but two-thirds of 150 seats is 100',
    ],
    [
      'an event naming an unknown threshold',
      (e) => ((e.events[0]!.thresholdId = 'nope'), e),
      'elections.json: events[0].thresholdId: unknown threshold "nope"',
    ],
    [
      'attendance variants that leave out the attendance',
      (e) => ((e.events[0]!.attendanceVariants = [80]), e),
      'elections.json: events[0].attendanceVariants: does not include the attendance 90',
    ],
    [
      'an attendance above the chamber size',
      (e) => ((e.events[0]!.attendance = 151), e),
      'elections.json: events[0].attendance: is 151, more than the chamber size 150',
    ],
    [
      'a claim with no figure',
      (e) => ((e.events[1]!.claims = [{ bloc: 'Lab' }] as never), e),
      'elections.json: events[1].claims[0]: needs seats or seatsText',
    ],
    [
      'an event ending before it starts',
      (e) => ((e.events[1]!.dateEnd = '2020-04-30'), e),
      'elections.json: events[1].dateEnd: is before the date',
    ],
    [
      'an individual member with more than one seat',
      (e) => (Object.assign(e.parties[0]!, { individual: true }), e),
      'elections.json: parties[0].seats: an individual member holds at most one seat',
    ],
    [
      'an Arabic name marked missing that is not the English name',
      (e) => (Object.assign(e.parties[0]!, { nameArStatus: 'missing', nameAr: 'العمال' }), e),
      'elections.json: parties[0].nameAr: must repeat the English name when nameArStatus is "missing"',
    ],
    [
      'a variant of an unknown version',
      (e) => (
        Object.assign(e.parties[0]!, {
          variants: [{ seats: 1, versionId: 'v9', reportedBy: 'X', sourceIds: ['src'] }],
        }),
        e
      ),
      'elections.json: parties[0].variants[0].versionId: unknown seat version "v9"',
    ],
    [
      'a confidence for an unknown version',
      (e) => (Object.assign(e.parties[0]!, { confidence: { v9: 'high' } }), e),
      'elections.json: parties[0].confidence.v9: names no version',
    ],
  ])('rejects %s, naming the field', (_, mutate, message) => {
    const result = parseElection(mutate(withRungs()), 'elections.json')
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.errors).toContain(message)
  })
})

describe('the 2018 election', () => {
  const parsed = parseElection(iraq2018, 'data/iraq-2018.json')
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'))
  const election = parsed.value

  it('has 329 seats and 37 lists', () => {
    expect(election.chamberSize).toBe(329)
    expect(election.parties).toHaveLength(37)
  })

  it.each(['may2018', 'final2018'])('version %s sums to 329', (version) => {
    const seats = versionSeats(election, version)
    expect(Object.values(seats).reduce((a, b) => a + b, 0)).toBe(329)
  })

  it('matches the reference figures of the three largest lists and the recount', () => {
    const may = versionSeats(election, 'may2018')
    const final = versionSeats(election, 'final2018')
    expect([may.sairoon, may.fatah, may.nasr]).toEqual([54, 47, 42])
    expect([final.sairoon, final.fatah, final.nasr]).toEqual([54, 48, 42])
    expect([may['baghdad-alliance'], final['baghdad-alliance']]).toEqual([4, 3])
    const changed = election.parties.filter((p) => p.seats.may2018 !== p.seats.final2018)
    expect(changed.map((p) => p.id).sort()).toEqual(['baghdad-alliance', 'fatah'])
  })

  it('gives every version at least one source with a URL and a date', () => {
    const byId = new Map(election.sources.map((s) => [s.id, s]))
    for (const v of election.versions) {
      const dated = v.sourceIds.map((id) => byId.get(id)).filter((s) => s?.date && s.url)
      expect(dated.length).toBeGreaterThan(0)
    }
  })

  it('has its prose in Arabic too, one for one with the English', () => {
    expect(election.chamberNoteAr).toMatch(/^320 مقعدًا/)
    for (const v of election.versions) expect(v.descriptionAr).toMatch(/[\u0600-\u06ff]/)
    expect(election.uncertaintiesAr).toHaveLength(election.uncertainties.length)
    for (const p of election.parties) {
      expect(p.notesAr?.length ?? 0).toBe(p.notes?.length ?? 0)
    }
  })

  it('is in the catalog with no data errors, with the same lists and seats', () => {
    expect(catalog.errors).toEqual([])
    const shipped = findElection('iraq-2018')!
    expect(shipped.parties.map((p) => [p.id, p.seats])).toEqual(
      election.parties.map((p) => [p.id, p.seats]),
    )
  })
})

describe('buildCatalog', () => {
  it('keeps good files and reports bad ones by file name', () => {
    const bad = { ...fixtureElection(), chamberSize: 'many' }
    const result = buildCatalog({ 'good.json': fixtureElection(), 'bad.json': bad })
    expect(result.elections.map((e) => e.id)).toEqual(['fixture'])
    expect(result.errors[0]).toMatch(/^bad\.json: chamberSize: /)
  })
})

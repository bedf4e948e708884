/**
 * The shipped elections against their reference figures. The figures below were copied by hand
 * from the project's checked reference tables for each election (seats per list, chamber sizes,
 * thresholds, dated events); the test reads only the data files, so a changed seat, a lost row or
 * a table that no longer adds up fails here with the list named.
 */
import { describe, expect, it } from 'vitest'
import { parseElection } from '../../src/elections/parse-election'
import type { Election } from '../../src/elections/types'
import iraq2010 from '../../data/iraq-2010.json'
import iraq2018 from '../../data/iraq-2018.json'
import iraq2021 from '../../data/iraq-2021.json'
import iraq2025 from '../../data/iraq-2025.json'

function parsed(json: unknown, name: string): Election {
  const result = parseElection(json, name)
  if (!result.ok) throw new Error(result.errors.join('\n'))
  return result.value
}

const elections = {
  'iraq-2010': parsed(iraq2010, 'data/iraq-2010.json'),
  'iraq-2018': parsed(iraq2018, 'data/iraq-2018.json'),
  'iraq-2021': parsed(iraq2021, 'data/iraq-2021.json'),
  'iraq-2025': parsed(iraq2025, 'data/iraq-2025.json'),
}

/** Seats by list id in one version, individual members left out (they are counted apart). */
function listSeats(e: Election, versionId: string): Record<string, number> {
  return Object.fromEntries(
    e.parties.filter((p) => !p.individual).map((p) => [p.id, p.seats[versionId] ?? -1]),
  )
}

const individualSeats = (e: Election, versionId: string, camp: string) =>
  e.parties
    .filter((p) => p.individual && p.camp === camp)
    .reduce((sum, p) => sum + (p.seats[versionId] ?? 0), 0)

describe('every seat table', () => {
  const tables = Object.values(elections).flatMap((e) =>
    e.versions.map((v) => [e.id, v.id, e, v.id] as const),
  )

  it.each(tables)('%s, version %s, sums to the chamber size', (_, __, e, versionId) => {
    const sum = e.parties.reduce((total, p) => total + (p.seats[versionId] ?? 0), 0)
    expect(sum).toBe(e.chamberSize)
  })

  it.each([
    ['iraq-2010', 325],
    ['iraq-2018', 329],
    ['iraq-2021', 329],
    ['iraq-2025', 329],
  ] as const)('%s has a chamber of %i seats', (id, size) => {
    expect(elections[id].chamberSize).toBe(size)
  })
})

describe('iraq-2010 against its reference', () => {
  const e = elections['iraq-2010']

  it('gives each list the seats of the reference table', () => {
    expect(listSeats(e, 'certified')).toEqual({
      iraqiya: 91,
      'state-of-law': 89,
      ina: 70,
      'kurdistan-list': 43,
      gorran: 8,
      tawafuq: 6,
      'unity-alliance': 4,
      kiu: 4,
      kig: 2,
    })
  })

  it('shows the 8 minority quota seats one by one (Christian 5, Sabean, Shabak, Yazidi)', () => {
    expect(individualSeats(e, 'certified', 'minority')).toBe(8)
    expect(e.parties.filter((p) => p.quotaSeats).every((p) => p.seats.certified === 1)).toBe(true)
  })

  it('has a majority of 163 and two-thirds of 217', () => {
    expect(e.thresholds?.map((t) => [t.id, t.seats])).toEqual([
      ['majority', 163],
      ['two-thirds', 217],
    ])
  })

  it('keeps the seven dated events', () => {
    expect(e.events?.map((ev) => ev.date)).toEqual([
      '2010-03-07',
      '2010-03-25',
      '2010-03-26',
      '2010-05',
      '2010-06-01',
      '2010-11-11',
      '2010-12-21',
    ])
    expect(e.events?.[3]?.claims).toEqual([{ bloc: 'SoL + INA', seats: 159 }])
  })
})

describe('iraq-2021 against its reference', () => {
  const e = elections['iraq-2021']
  // [certified, preliminary (derived)]; bold rows of the reference are the five appeal changes.
  const reference: Record<string, [number, number]> = {
    'sadrist-movement': [73, 73],
    taqaddum: [37, 37],
    'state-of-law': [33, 33],
    kdp: [31, 33],
    fatah: [17, 15],
    'kurdistan-coalition': [17, 15],
    azm: [14, 13],
    imtidad: [9, 9],
    'new-generation': [9, 9],
    'ishraqat-kanoon': [6, 6],
    tasmim: [5, 5],
    'state-forces': [4, 4],
    'national-contract': [4, 5],
    babylon: [4, 4],
    'identity-alliance': [3, 3],
    hasm: [3, 3],
    'national-approach': [1, 1],
    huquq: [1, 1],
    'eqtadar-watan': [1, 1],
    kdk: [1, 1],
    'masses-party': [1, 1],
    'turkmen-front': [1, 2],
    'iraqi-national-project': [1, 1],
    'al-furatain': [1, 1],
    'national-product': [1, 1],
    'wasit-independents': [1, 1],
    'arabs-of-kirkuk': [1, 1],
    'loyalty-and-change': [1, 1],
    'national-hopes': [1, 1],
    'nations-party': [1, 1],
    biladi: [1, 1],
    'national-support': [1, 1],
    ymrp: [1, 1],
  }

  it('gives each list the certified and preliminary seats of the reference table', () => {
    expect(listSeats(e, 'certified')).toEqual(
      Object.fromEntries(Object.entries(reference).map(([id, [c]]) => [id, c])),
    )
    expect(listSeats(e, 'preliminary')).toEqual(
      Object.fromEntries(Object.entries(reference).map(([id, [, p]]) => [id, p])),
    )
  })

  it('changes exactly five seats between the preliminary and certified tables', () => {
    const moved = e.parties.reduce(
      (sum, p) => sum + Math.max(0, (p.seats.certified ?? 0) - (p.seats.preliminary ?? 0)),
      0,
    )
    expect(moved).toBe(5)
  })

  it('has 43 independents certified and 44 preliminary, each a one-seat member, never a bloc', () => {
    expect(individualSeats(e, 'certified', 'independent')).toBe(43)
    expect(individualSeats(e, 'preliminary', 'independent')).toBe(44)
    const independents = e.parties.filter((p) => p.camp === 'independent')
    expect(independents.every((p) => p.individual)).toBe(true)
    expect(Math.max(...independents.flatMap((p) => Object.values(p.seats)))).toBe(1)
  })

  it('marks the preliminary table derived and of low confidence, the certified one high', () => {
    expect(e.versions.map((v) => [v.id, v.confidence, v.derived ?? false])).toEqual([
      ['preliminary', 'low', true],
      ['certified', 'high', false],
    ])
  })

  it('keeps the reported variants where outlets disagree', () => {
    const variants = (id: string) =>
      e.parties.find((p) => p.id === id)?.variants?.map((v) => [v.versionId, v.seats])
    expect(variants('ishraqat-kanoon')).toEqual([['certified', 5]])
    expect(variants('kdp')).toEqual([
      ['preliminary', 32],
      ['preliminary', 34],
      ['preliminary', 32],
    ])
  })

  it('has a majority of 165 and the two-thirds rung as the quorum to elect the President', () => {
    expect(e.thresholds?.map((t) => [t.id, t.kind, t.seats, t.from])).toEqual([
      ['majority', 'majority', 165, undefined],
      ['president-quorum', 'two-thirds', 220, '2022-02-03'],
    ])
    expect(e.thresholds?.[1]?.rule).toMatch(/^Quorum to elect the President \(FSC 16\/2022\)/)
  })

  it('keeps the 28 dated events with their attendance', () => {
    const events = e.events ?? []
    expect(events).toHaveLength(28)
    const on = (date: string) => events.find((ev) => ev.date === date)
    expect(on('2022-02-07')).toMatchObject({ attendance: 58, thresholdId: 'president-quorum' })
    expect(on('2022-03-26')).toMatchObject({ attendance: 202, thresholdId: 'president-quorum' })
    expect(on('2022-03-30')).toMatchObject({
      attendance: 178,
      attendanceVariants: [178, 200, 120],
      thresholdId: 'president-quorum',
    })
    expect(on('2022-06-12')?.text).toMatch(/73 Sadrist MPs resign/)
    expect(on('2022-06-23')?.claims?.map((c) => c.seats)).toEqual([130, 122])
    expect(on('2022-10-13')).toMatchObject({ attendance: 277 })
    expect(on('2022-10-13')?.text).toMatch(/Abdul Latif Rashid/)
    expect(on('2022-10-27')?.text).toMatch(/Sudani government confirmed/)
    // In order by month (an event known only to the month sits among that month's days).
    const months = events.map((ev) => ev.date.slice(0, 7))
    expect(months).toEqual([...months].sort())
  })
})

describe('the Arabic of the events of 2010, 2021 and 2025', () => {
  /** The figures of a text, in order of size ("Round 1" is written out in Arabic). */
  const figures = (text: string) =>
    (
      text
        .replace(/Round [0-9]/g, '')
        .replaceAll(',', '')
        .match(/[0-9]+/g) ?? []
    ).sort()

  const events = (['iraq-2010', 'iraq-2021', 'iraq-2025'] as const).flatMap((id) =>
    (elections[id].events ?? []).map((ev) => [id, ev.date, ev] as const),
  )

  it.each(events)(
    '%s: the event of %s quotes in Arabic the figures it quotes in English',
    (_, __, ev) => {
      expect(ev.textAr).toMatch(/[\u0600-\u06ff]/)
      expect(figures(ev.textAr ?? '')).toEqual(figures(ev.text))
    },
  )
})

describe('iraq-2025 against its reference', () => {
  const e = elections['iraq-2025']
  const reference: Record<string, number> = {
    rdc: 46,
    'state-of-law': 29,
    taqaddum: 27,
    sadiqoun: 27,
    kdp: 26,
    badr: 18,
    nsf: 18,
    puk: 15,
    azm: 15,
    siyada: 9,
    asas: 8,
    'ishraqat-kanoon': 8,
    huquq: 6,
    tasmim: 6,
    hasm: 5,
    khadamat: 5,
    halwest: 5,
    abshir: 4,
    kiu: 4,
    'wasit-ajmal': 4,
    'new-generation': 3,
    'al-anbar': 3,
    nfip: 3,
    npm: 3,
    qimam: 3,
    tafawq: 2,
    sumerian: 2,
    uitf: 2,
    npu: 2,
    'al-faw-zakho': 1,
    saladin: 1,
    'ap-khanjar': 1,
    'dfc-maliki': 1,
    aak: 1,
    spa: 1,
    'ni-kildani': 1,
    kdk: 1,
    yca: 1,
    thabitun: 1,
    idraak: 1,
    'state-support': 1,
  }

  it("gives each list the seats of Wikipedia's table", () => {
    expect(listSeats(e, 'results')).toEqual(reference)
  })

  it('shows the 9 minority quota seats one by one', () => {
    expect(individualSeats(e, 'results', 'minority')).toBe(9)
  })

  it('is of medium confidence for the largest twelve lists and low for the rest', () => {
    const ranked = e.parties.filter((p) => !p.individual)
    expect(ranked.slice(0, 12).every((p) => p.confidence?.results === 'medium')).toBe(true)
    expect(e.parties.slice(12).every((p) => p.confidence?.results === 'low')).toBe(true)
  })

  it('keeps the counts outlets reported for the big lists as variants', () => {
    const variants = (id: string) =>
      e.parties
        .find((p) => p.id === id)
        ?.variants?.map((v) => v.seats)
        .sort((a, b) => a - b)
    expect(variants('taqaddum')).toEqual([29, 36])
    expect(variants('kdp')).toEqual([27, 27, 27])
    expect(variants('puk')).toEqual([17, 18, 18, 18])
    expect(variants('badr')).toEqual([19, 21])
    expect(variants('sadiqoun')).toEqual([26, 28])
    expect(variants('state-of-law')).toEqual([30, 30])
  })

  it('has a majority of 165 and the two-thirds quorum of 220', () => {
    expect(e.thresholds?.map((t) => [t.id, t.seats])).toEqual([
      ['majority', 165],
      ['president-quorum', 220],
    ])
  })

  it('keeps the ten dated events', () => {
    expect(e.events).toHaveLength(10)
    expect(e.events?.find((ev) => ev.date === '2025-12-29')?.attendance).toBe(292)
    expect(e.events?.find((ev) => ev.date === '2026-04-11')?.attendance).toBe(249)
  })
})

describe('the Arabic names', () => {
  it.each(Object.values(elections).map((e) => [e.id, e] as const))(
    '%s either has an Arabic name for a list or says it has none',
    (_, e) => {
      for (const p of e.parties) {
        if (p.nameArStatus === 'missing') expect(p.nameAr).toBe(p.name)
        else expect(p.nameAr, p.id).toMatch(/[\u0600-\u06ff]/)
      }
    },
  )
})

describe('the Arabic prose of 2010, 2021 and 2025', () => {
  it.each((['iraq-2010', 'iraq-2021', 'iraq-2025'] as const).map((id) => [id, elections[id]]))(
    '%s has its notes, uncertainties, version descriptions and threshold rules in Arabic',
    (_, e) => {
      const arabic = /[\u0600-\u06ff]/
      for (const p of e.parties) {
        expect(p.notesAr?.length ?? 0, p.id).toBe(p.notes?.length ?? 0)
        for (const note of p.notesAr ?? []) expect(note, p.id).toMatch(arabic)
      }
      expect(e.uncertaintiesAr).toHaveLength(e.uncertainties.length)
      for (const v of e.versions) expect(v.descriptionAr).toMatch(arabic)
      for (const t of e.thresholds ?? []) expect(t.ruleAr).toMatch(arabic)
      expect(e.chamberNoteAr).toMatch(arabic)
    },
  )
})

describe('the sources', () => {
  it.each(Object.values(elections).map((e) => [e.id, e] as const))(
    '%s: every new source has a date or says why it has none',
    (id, e) => {
      if (id === 'iraq-2018') return
      for (const s of e.sources) expect(s.date ?? s.dateNote, s.id).toBeDefined()
    },
  )
})

/**
 * The cross-election camp map against the election files: each camp holds exactly the lists its
 * election gives that camp, lineages name real lists, and every gap is said, not left out.
 */
import { describe, expect, it } from 'vitest'
import campFile from '../../data/mappings/camps.json'
import iraq2010 from '../../data/iraq-2010.json'
import iraq2018 from '../../data/iraq-2018.json'
import iraq2021 from '../../data/iraq-2021.json'
import iraq2025 from '../../data/iraq-2025.json'
import { type CampMap, campProblems, parseCampMap } from '../../src/elections/parse-camps'
import { parseElection } from '../../src/elections/parse-election'
import type { Election } from '../../src/elections/types'

const elections: Election[] = [iraq2010, iraq2018, iraq2021, iraq2025].map((json) => {
  const parsed = parseElection(json)
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'))
  return parsed.value
})

function map(): CampMap {
  const parsed = parseCampMap(structuredClone(campFile))
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'))
  return parsed.value
}

describe('data/mappings/camps.json', () => {
  it('fits the four elections', () => {
    expect(map().elections).toEqual(['iraq-2010', 'iraq-2018', 'iraq-2021', 'iraq-2025'])
    expect(campProblems(map(), elections)).toEqual([])
  })

  it("covers each election's chamber: its camps' lists add up to the chamber size", () => {
    for (const e of elections) {
      const ids = map().camps.flatMap((c) => c.byElection[e.id]?.lists ?? [])
      const seats = ids.reduce(
        (sum, id) => sum + (e.parties.find((p) => p.id === id)?.seats[e.defaultVersion] ?? 0),
        0,
      )
      expect([e.id, seats]).toEqual([e.id, e.chamberSize])
    }
  })

  it('says where there is no mapping', () => {
    const camp = (id: string) => map().camps.find((c) => c.id === id)!
    expect(camp('cross-sectarian').byElection['iraq-2021']?.noMapping).toMatch(/No list/)
    expect(camp('reformist-protest').byElection['iraq-2025']?.noMapping).toMatch(/Imtidad/)
    const turkmen = map().lineages.find((l) => l.id === 'turkmen-front')!
    expect(turkmen.byElection['iraq-2025']).toEqual({
      lists: [],
      noMapping: expect.stringMatching(/^No mapping/),
      noMappingAr: expect.stringMatching(/^لا ربط/),
    })
  })

  it('follows State of Law through all four elections', () => {
    const sol = map().lineages.find((l) => l.id === 'state-of-law')!
    expect(Object.values(sol.byElection).map((entry) => entry.lists)).toEqual([
      ['state-of-law'],
      ['sol'],
      ['state-of-law'],
      ['state-of-law', 'dfc-maliki'],
    ])
  })

  it.each<[string, (m: CampMap) => void, string]>([
    [
      'a camp that leaves out a list',
      (m) => void m.camps[0]!.byElection['iraq-2021']!.lists.pop(),
      'camps: camps[0].byElection.iraq-2021.lists: are not the lists iraq-2021 gives camp "shia-islamist" (missing: al-furatain; not in it: none)',
    ],
    [
      'a lineage naming an unknown list',
      (m) => void m.lineages[0]!.byElection['iraq-2018']!.lists.push('ghost'),
      'camps: lineages[0].byElection.iraq-2018.lists[1]: unknown list "ghost"',
    ],
    [
      'an election left out of a camp',
      (m) => void delete m.camps[1]!.byElection['iraq-2010'],
      'camps: camps[1].byElection.iraq-2010: is missing (give the lists, or noMapping)',
    ],
    [
      'a camp an election uses that the map lacks',
      (m) =>
        void m.camps.splice(
          m.camps.findIndex((c) => c.id === 'independent'),
          1,
        ),
      'camps: camps: has no camp "independent", which iraq-2021 uses',
    ],
  ])('reports %s', (_, change, message) => {
    const m = map()
    change(m)
    expect(campProblems(m, elections)).toContain(message)
  })

  it('refuses an empty entry that does not say why', () => {
    const json = structuredClone(campFile) as { camps: { byElection: Record<string, object> }[] }
    json.camps[0]!.byElection['iraq-2010'] = { lists: [] }
    const parsed = parseCampMap(json, 'data/mappings/camps.json')
    expect(parsed.ok ? [] : parsed.errors).toEqual([
      'data/mappings/camps.json: camps[0].byElection.iraq-2010.noMapping: must say why there is no list',
    ])
  })

  it('refuses a note, a reason or a basis given in one language only', () => {
    const json = structuredClone(campFile) as {
      camps: { byElection: Record<string, object> }[]
      lineages: { basisAr?: string; byElection: Record<string, object> }[]
    }
    json.camps[0]!.byElection['iraq-2010'] = { lists: [], noMapping: 'Why not.' }
    json.lineages[0]!.byElection['iraq-2018'] = { lists: ['sairoon'], noteAr: 'ملاحظة.' }
    delete json.lineages[1]!.basisAr
    const parsed = parseCampMap(json, 'camps')
    expect(parsed.ok ? [] : parsed.errors).toEqual([
      'camps: camps[0].byElection.iraq-2010.noMappingAr: must give noMapping in Arabic',
      'camps: lineages[0].byElection.iraq-2018.note: must give noteAr in English',
      'camps: lineages[1].basisAr: Invalid input: expected string, received undefined',
    ])
  })

  it('gives every note, reason and basis in Arabic', () => {
    for (const g of [...map().camps, ...map().lineages]) {
      if (g.basis !== undefined) expect(g.basisAr, g.id).toMatch(/[\u0600-\u06ff]/)
      for (const entry of Object.values(g.byElection)) {
        if (entry.note !== undefined) expect(entry.noteAr, g.id).toMatch(/[\u0600-\u06ff]/)
        if (entry.noMapping !== undefined)
          expect(entry.noMappingAr, g.id).toMatch(/[\u0600-\u06ff]/)
      }
    }
  })
})

import { describe, expect, it } from 'vitest'
import { acrossElections } from '../../src/elections/across-elections'
import { electionIndex, loadCampMap, loadElection } from '../../src/elections/catalog'

const map = await loadCampMap()
const elections = await Promise.all(electionIndex.map((e) => loadElection(e.id)))

describe('acrossElections', () => {
  const across = acrossElections(map, elections)

  it('compares the four elections, oldest first', () => {
    expect(across.elections.map((e) => e.id)).toEqual([
      'iraq-2010',
      'iraq-2018',
      'iraq-2021',
      'iraq-2025',
    ])
  })

  it("puts Sairoon's 54 seats of 2018 beside the Sadrist Movement's 73 of 2021, each under its own name", () => {
    const sadrists = across.lineages.find((l) => l.id === 'sadrists')!
    expect(sadrists.cells['iraq-2018']).toMatchObject({ seats: 54, listIds: ['sairoon'] })
    expect(sadrists.cells['iraq-2021']).toMatchObject({ seats: 73, listIds: ['sadrist-movement'] })
  })

  it('shows a missing mapping as a gap with its reason, never as zero', () => {
    const sadrists = across.lineages.find((l) => l.id === 'sadrists')!
    expect(sadrists.cells['iraq-2010']?.seats).toBeNull()
    expect(sadrists.cells['iraq-2010']?.noMapping).toMatch(/does not say/)
  })

  it("adds every election's camps up to its whole chamber", () => {
    for (const election of across.elections) {
      const total = across.camps.reduce((sum, c) => sum + (c.cells[election.id]?.seats ?? 0), 0)
      expect(total, election.id).toBe(election.chamberSize)
    }
  })

  it('leaves out elections not given', () => {
    const two = acrossElections(map, elections.slice(1, 3))
    expect(two.elections.map((e) => e.id)).toEqual(['iraq-2018', 'iraq-2021'])
    expect(Object.keys(two.camps[0]!.cells)).toEqual(['iraq-2018', 'iraq-2021'])
  })
})

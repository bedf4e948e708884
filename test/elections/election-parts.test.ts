import { describe, expect, it } from 'vitest'
import iraq2018 from '../../data/iraq-2018.json'
import { electionDetails, splitElection, withArabic } from '../../src/elections/election-parts'
import { parseElection } from '../../src/elections/parse-election'
import type { Election } from '../../src/elections/types'

function election(): Election {
  const parsed = parseElection(iraq2018)
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'))
  return parsed.value
}

describe('splitElection', () => {
  const whole = election()
  const { core, arabic, details } = splitElection(whole)

  it('leaves the Arabic-only names and the details out of the core', () => {
    const json = JSON.stringify(core)
    for (const field of [
      'titleAr',
      'shortNameAr',
      'labelAr',
      'notes',
      'descriptionAr',
      'chamberNote',
    ])
      expect(json).not.toContain(`"${field}"`)
    expect(core.sources).toEqual([])
    expect(core.uncertainties).toEqual([])
    expect(core.parties.every((p) => p.altNames.length === 0 && p.sourceIds.length === 0)).toBe(
      true,
    )
    expect(core.versions.every((v) => v.description === '' && v.sourceIds.length === 0)).toBe(true)
  })

  it('keeps in the core what both languages show on the first screen', () => {
    expect(
      core.parties.map((p) => [p.id, p.name, p.shortName, p.nameAr, p.leader, p.camp]),
    ).toEqual(whole.parties.map((p) => [p.id, p.name, p.shortName, p.nameAr, p.leader, p.camp]))
    expect(core.parties.map((p) => p.seats)).toEqual(whole.parties.map((p) => p.seats))
    expect(core.versions.map((v) => [v.id, v.label, v.date])).toEqual(
      whole.versions.map((v) => [v.id, v.label, v.date]),
    )
  })

  it('gives the election back, joined again', () => {
    const joined = withArabic(core, arabic)
    expect({
      ...joined,
      ...details,
      versions: joined.versions.map((v) => ({ ...v, ...details.versions[v.id] })),
      parties: joined.parties.map((p) => ({ ...p, ...details.parties[p.id] })),
    }).toEqual(whole)
  })

  it('is much smaller in the core than the whole', () => {
    expect(JSON.stringify(core).length).toBeLessThan(JSON.stringify(whole).length / 3)
  })
})

describe('withArabic', () => {
  it('makes new objects and keeps the core as it was', () => {
    const { core, arabic } = splitElection(election())
    const joined = withArabic(core, arabic)
    expect(joined).not.toBe(core)
    expect(joined.parties[0]).not.toBe(core.parties[0])
    expect(joined.parties[0]?.shortNameAr).toBe('سائرون')
    expect(core.parties[0]).not.toHaveProperty('shortNameAr')
  })
})

describe('electionDetails', () => {
  it('reads the details of a whole election, leaving out absent fields', () => {
    const details = electionDetails(election())
    expect(details.sources.length).toBeGreaterThan(0)
    expect(details.versions.may2018?.sourceIds.length).toBeGreaterThan(0)
    expect(details.parties.sairoon?.altNames).toContain('Sairun')
    expect(Object.keys(details.parties.nasr ?? {})).not.toContain('undefined')
  })
})

import { describe, expect, it } from 'vitest'
import { findElection, loadElection } from '../../src/elections/catalog'
import { presidentQuorum, tableTrust } from '../../src/elections/thresholds'

const [e2010, e2021, e2025] = await Promise.all(
  ['iraq-2010', 'iraq-2021', 'iraq-2025'].map((id) => loadElection(id)),
)
const e2018 = findElection('iraq-2018')!

describe('presidentQuorum', () => {
  it('is the 220 of FSC 16/2022 in 2021 and 2025, and absent in 2010 and 2018', () => {
    expect(presidentQuorum(e2021)).toMatchObject({ seats: 220, kind: 'two-thirds' })
    expect(presidentQuorum(e2025)?.seats).toBe(220)
    expect(presidentQuorum(e2010)).toBeUndefined()
    expect(presidentQuorum(e2018)).toBeUndefined()
    expect(presidentQuorum(undefined)).toBeUndefined()
  })
})

describe('tableTrust', () => {
  it('names the lists of low confidence in 2025 and says 2018 is fully trusted', () => {
    const t2025 = tableTrust(e2025!, e2025!.defaultVersion)
    expect(t2025.level).not.toBe('high')
    expect(t2025.low.length + t2025.medium.length).toBeGreaterThan(0)
    expect(tableTrust(e2018, 'may2018')).toMatchObject({ level: 'high', low: [], medium: [] })
  })

  it("marks 2021's preliminary table as worked out from other figures", () => {
    expect(tableTrust(e2021!, 'preliminary').derived).toBe(true)
    expect(tableTrust(e2021!, 'certified').derived).toBe(false)
  })
})

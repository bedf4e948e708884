import { render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { AcrossElections } from '../../../src/components/analysis/across-elections'
import { useScenarioStore } from '../../../src/scenario/scenario-store'

describe('AcrossElections', { timeout: 30_000 }, () => {
  it('gives the camps of the four parliaments as a table, each chamber with its majority', async () => {
    render(<AcrossElections />)
    const table = await screen.findByRole(
      'table',
      { name: 'Seats by camp in each election' },
      // The first render loads the four parliaments' modules, which can take seconds under load.
      { timeout: 15_000 },
    )
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent)
    expect(headers).toEqual(['Camp', '2010', '2018', '2021', '2025'])
    const chamber = within(table).getByRole('row', { name: /Whole chamber/ })
    expect(
      within(chamber)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['325 (163)', '329 (165)', '329 (165)', '329 (165)'])
    expect(screen.getByRole('img', { name: /Stacked columns/ })).toBeInTheDocument()
  })

  it('puts each lineage under the names its lists ran with, and a reason where there is none', async () => {
    render(<AcrossElections />)
    const table = await screen.findByRole(
      'table',
      { name: 'Lists that continue one another, with their seats' },
      { timeout: 15_000 },
    )
    const sadrists = within(table).getByRole('row', { name: /^Sadrist movement/ })
    const cells = within(sadrists).getAllByRole('cell')
    expect(cells[0]).toHaveTextContent(/no list.*does not say/)
    expect(cells[1]).toHaveTextContent('Sairoon: 54')
    expect(cells[2]).toHaveTextContent(/: 73$/)
  })

  it('gives a cell its caveat: the KDP ran inside the 2010 Kurdistan List', async () => {
    render(<AcrossElections />)
    const table = await screen.findByRole(
      'table',
      { name: 'Lists that continue one another, with their seats' },
      { timeout: 15_000 },
    )
    const kdp = within(table).getByRole('row', { name: /^Kurdistan Democratic Party/ })
    expect(within(kdp).getAllByRole('cell')[0]).toHaveTextContent(
      /Kurdistan List: 43.*KDP's share of its 43 seats is not in the reference/,
    )
  })

  it('in Arabic, words every basis, caveat and reason in Arabic', async () => {
    useScenarioStore.getState().setLocale('ar')
    render(<AcrossElections />)
    const table = await screen.findByRole(
      'table',
      { name: 'القوائم التي تمتد إحداها من الأخرى، بمقاعدها' },
      { timeout: 15_000 },
    )
    const sadrists = within(table).getAllByRole('row')[1]!
    expect(within(sadrists).getByRole('rowheader')).toHaveTextContent(/خليفة سائرون/)
    const cells = within(sadrists).getAllByRole('cell')
    expect(cells[0]).toHaveTextContent(/لا قائمة.*لا يذكر مرجع 2010/)
    expect(cells[1]).toHaveTextContent(/سائرون: 54.*مع الحزب الشيوعي/)
    expect(table.querySelector('.across-basis[lang="en"]')).toBeNull()
  })
})

import { render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { AcrossElections } from '../../../src/components/analysis/across-elections'

describe('AcrossElections', () => {
  it('gives the camps of the four parliaments as a table, each chamber with its majority', async () => {
    render(<AcrossElections />)
    const table = await screen.findByRole('table', { name: 'Seats by camp in each election' })
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
    const table = await screen.findByRole('table', {
      name: 'Lists that continue one another, with their seats',
    })
    const sadrists = within(table).getByRole('row', { name: /^Sadrist movement/ })
    const cells = within(sadrists).getAllByRole('cell')
    expect(cells[0]).toHaveTextContent(/no list.*does not say/)
    expect(cells[1]).toHaveTextContent('Sairoon: 54')
    expect(cells[2]).toHaveTextContent(/: 73$/)
  })
})

import { render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { CoalitionTable } from '../../../src/components/charts/coalition-table'
import { useScenarioStore } from '../../../src/scenario/scenario-store'

describe('CoalitionTable', () => {
  it('gives each coalition a row: its members with their seats, and its verdict', () => {
    for (const id of ['sairoon', 'fatah', 'nasr']) useScenarioStore.getState().toggleParty(id)
    render(<CoalitionTable className="chart-table" caption="Coalitions" />)
    const table = screen.getByRole('table', { name: 'Coalitions' })
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((c) => c.textContent),
    ).toEqual(['Coalition', 'Members (seats)', 'Seats and margin'])
    expect(within(table).getByRole('row', { name: /Sairoon \+ Fatah \+ Nasr/ })).toHaveTextContent(
      'Sairoon 54, Fatah 47, Nasr 42143 seats — 22 short of a majority',
    )
  })

  it('shows a dash for a coalition with no members', () => {
    render(<CoalitionTable className="print-table" caption="Coalitions" />)
    const [, row] = screen.getAllByRole('row')
    expect(within(row!).getByRole('cell', { name: '—' })).toBeInTheDocument()
  })

  it('names its caption for the figure it describes', () => {
    render(<CoalitionTable className="chart-table" captionId="table-caption" caption="Seats" />)
    expect(screen.getByText('Seats')).toHaveAttribute('id', 'table-caption')
  })

  it('joins members with the Arabic comma in Arabic', () => {
    useScenarioStore.setState({ locale: 'ar' })
    for (const id of ['sairoon', 'fatah']) useScenarioStore.getState().toggleParty(id)
    render(<CoalitionTable className="chart-table" caption="الائتلافات" />)
    const [, row] = screen.getAllByRole('row')
    expect(within(row!).getAllByRole('cell')[0]).toHaveTextContent('، ')
  })
})

import { render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { PrintSheet } from '../../../src/components/classroom/print-sheet'
import { useScenarioStore } from '../../../src/scenario/scenario-store'

describe('PrintSheet', () => {
  it('prints the scenario, its hemicycle and verdicts, and the link', () => {
    for (const id of ['sairoon', 'fatah']) useScenarioStore.getState().toggleParty(id)
    render(<PrintSheet />)
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Kutla · Iraq, Council of Representatives election, 12 May 2018',
    )
    expect(
      screen.getByText(
        /Seat figures: Announced results \(19 May 2018\)\. 165 of 329 seats make a majority\./,
      ),
    ).toBeInTheDocument()
    expect(screen.getByRole('img', { name: /^Hemicycle of 329 seats/ })).toBeInTheDocument()
    const coalitions = screen.getByRole('table', { name: 'Coalitions' })
    expect(within(coalitions).getByRole('row', { name: /Sairoon \+ Fatah/ })).toHaveTextContent(
      'Sairoon 54, Fatah 47101 seats — 64 short of a majority',
    )
    expect(screen.getByText(/\?v=1&c=sairoon\.fatah/)).toBeInTheDocument()
  })

  it('gives students a worksheet: every list with its seats and blank columns to tick', () => {
    render(<PrintSheet />)
    const sheet = screen.getByRole('region', { name: 'Worksheet' })
    const rows = within(sheet).getAllByRole('row')
    // Header, 37 lists, total.
    expect(rows).toHaveLength(39)
    expect(rows[0]).toHaveTextContent('ListSeatsCoalition 1Coalition 2Coalition 3')
    expect(rows[1]).toHaveTextContent('Sairoon54')
    expect(rows.at(-1)).toHaveTextContent('Total329')
    expect(
      within(rows[1]!)
        .getAllByRole('cell')
        .slice(1)
        .map((c) => c.textContent),
    ).toEqual(['', '', ''])
  })

  it('prints the story step being shown', () => {
    useScenarioStore.setState({ storyStep: 2 })
    render(<PrintSheet />)
    expect(
      screen.getByRole('heading', {
        name: 'Sairoon, Hikma and Wataniya sign a tripartite agreement',
      }),
    ).toBeInTheDocument()
  })
})

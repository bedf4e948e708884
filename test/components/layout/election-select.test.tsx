import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { ElectionSelect } from '../../../src/components/layout/election-select'
import { buildParliament } from '../../../src/elections/own-parliament'
import { useScenarioStore } from '../../../src/scenario/scenario-store'

const own = buildParliament({
  title: 'Knesset 2022',
  date: '2026-01-01',
  lists: [{ id: 'likud', name: 'Likud', seats: 32, color: '#000000', camp: 'x' }],
})

describe('ElectionSelect', () => {
  it('offers every shipped parliament by its year and size, 2018 chosen', () => {
    render(<ElectionSelect />)
    const select = screen.getByRole('combobox', { name: 'Parliament' })
    expect(select).toHaveDisplayValue('2018')
    expect(screen.getAllByRole('option').map((o) => [o.textContent, o.title])).toEqual([
      ['2010', '2010 · 325 seats'],
      ['2018', '2018 · 329 seats'],
      ['2021', '2021 · 329 seats'],
      ['2025', '2025 · 329 seats'],
    ])
  })

  it('loads another parliament when chosen, then shows it afresh', async () => {
    const user = userEvent.setup()
    render(<ElectionSelect />)
    useScenarioStore.getState().toggleParty('sairoon')
    await user.selectOptions(screen.getByRole('combobox', { name: 'Parliament' }), '2010')
    await waitFor(() => expect(useScenarioStore.getState().electionId).toBe('iraq-2010'))
    expect(useScenarioStore.getState().coalitions).toEqual([{ id: 'c1', name: '', partyIds: [] }])
    expect(screen.getByRole('combobox', { name: 'Parliament' })).toHaveDisplayValue('2010')
    expect(screen.getByRole('status')).toHaveTextContent('')
  })

  it('switches between 2018 and a parliament of one’s own', async () => {
    useScenarioStore.getState().loadParliament(own)
    const user = userEvent.setup()
    render(<ElectionSelect />)
    const select = screen.getByRole('combobox', { name: 'Parliament' })
    expect(select).toHaveDisplayValue('Your own: Knesset 2022')
    await user.selectOptions(select, '2018')
    await waitFor(() => expect(useScenarioStore.getState().electionId).toBe('iraq-2018'))
    await user.selectOptions(select, 'Your own: Knesset 2022')
    expect(useScenarioStore.getState().electionId).toBe('custom')
  })
})

import { render, screen } from '@testing-library/react'
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
  it('is hidden while there is only one parliament to show', () => {
    render(<ElectionSelect />)
    expect(screen.queryByRole('combobox', { name: 'Parliament' })).toBeNull()
  })

  it('switches between 2018 and a parliament of one’s own', async () => {
    useScenarioStore.getState().loadParliament(own)
    const user = userEvent.setup()
    render(<ElectionSelect />)
    const select = screen.getByRole('combobox', { name: 'Parliament' })
    expect(select).toHaveDisplayValue('Your own: Knesset 2022')
    await user.selectOptions(select, 'Iraq, Council of Representatives election, 12 May 2018')
    expect(useScenarioStore.getState().electionId).toBe('iraq-2018')
    await user.selectOptions(select, 'Your own: Knesset 2022')
    expect(useScenarioStore.getState().electionId).toBe('custom')
  })
})

import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { ProjectorToggle } from '../../../src/components/classroom/projector-toggle'
import { ProjectorView } from '../../../src/components/classroom/projector-view'
import { useScenarioStore } from '../../../src/scenario/scenario-store'

describe('ProjectorToggle', () => {
  it('enters and leaves the projector view', async () => {
    const user = userEvent.setup()
    render(<ProjectorToggle />)
    await user.click(screen.getByRole('button', { name: 'Projector view' }))
    expect(useScenarioStore.getState().view).toBe('projector')
    await user.click(screen.getByRole('button', { name: 'Leave projector view' }))
    expect(useScenarioStore.getState().view).toBe('standard')
  })
})

describe('ProjectorView', () => {
  it('shows the chamber, the verdict, the story and the controls', async () => {
    const user = userEvent.setup()
    useScenarioStore.setState({ view: 'projector' })
    for (const id of ['sairoon', 'fatah']) useScenarioStore.getState().toggleParty(id)
    render(<ProjectorView />)

    expect(screen.getByRole('img', { name: /^Hemicycle of 329 seats/ })).toBeInTheDocument()
    const main = screen.getByRole('main')
    expect(main).toHaveTextContent('Sairoon + Fatah ✖ 101 seats — 64 short of a majority')
    expect(screen.getByRole('button', { name: 'Leave projector view' })).toBeInTheDocument()
    expect(screen.getByRole('region', { name: 'Lists and coalitions' })).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Start the story' }))
    expect(
      within(screen.getByRole('main')).getByText('54 seats — 111 short of a majority'),
    ).toBeInTheDocument()
    expect(useScenarioStore.getState().view).toBe('projector')
  })
})

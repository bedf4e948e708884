import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import {
  ProjectorTitleBar,
  ProjectorVerdict,
} from '../../../src/components/classroom/projector-fallback'
import { useScenarioStore } from '../../../src/scenario/scenario-store'

function ProjectorFrame() {
  return (
    <>
      <ProjectorTitleBar />
      <main>
        <ProjectorVerdict />
      </main>
    </>
  )
}

describe('the projector view’s title bar and verdict', () => {
  it('show the title and the verdict in the largest type', () => {
    for (const id of ['sairoon', 'fatah', 'nasr']) useScenarioStore.getState().toggleParty(id)
    render(<ProjectorFrame />)
    expect(screen.getByText('Kutla')).toBeInTheDocument()
    expect(screen.getByRole('main')).toHaveTextContent(
      'Sairoon + Fatah + Nasr ✖ 143 seats — 22 short of a majority',
    )
  })

  it('says so when no coalition is being edited', () => {
    useScenarioStore.setState({ activeCoalitionId: null })
    render(<ProjectorFrame />)
    expect(screen.getByRole('main')).toHaveTextContent(/No coalition is being edited/)
  })

  it('compares several coalitions side by side, each with its seats and margin', () => {
    const { addCoalition } = useScenarioStore.getState()
    addCoalition(['sairoon', 'nasr'], 'Islah')
    addCoalition(['fatah', 'sol'], 'Binaa')
    render(<ProjectorFrame />)
    const rows = screen
      .getByRole('list', { name: 'Every coalition, side by side' })
      .querySelectorAll('li')
    expect([...rows].map((li) => li.textContent)).toEqual([
      'Empty coalition ✖ 0 seats — 165 short of a majority',
      'Islah ✖ 96 seats — 69 short of a majority',
      'Binaa ✖ 72 seats — 93 short of a majority',
    ])
    // The one being edited is marked.
    expect(rows[2]).toHaveAttribute('aria-current', 'true')
  })
})

import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { PanelBoundary } from '../../../src/components/layout/panel-boundary'
import { useScenarioStore } from '../../../src/scenario/scenario-store'

let broken = true

/** Throws while `broken` is set, as a panel with a bug does. */
function FragilePanel() {
  if (broken) throw new Error('the panel broke')
  return <p>Chart drawn</p>
}

function Page() {
  return (
    <>
      <PanelBoundary name="chart">
        <FragilePanel />
      </PanelBoundary>
      <PanelBoundary name="lists">
        <button type="button">Sairoon, 54 seats</button>
      </PanelBoundary>
    </>
  )
}

beforeEach(() => {
  broken = true
  // React reports every caught render error on the console; the test expects exactly that.
  vi.spyOn(console, 'error').mockImplementation(() => {})
})
afterEach(() => vi.restoreAllMocks())

describe('PanelBoundary', () => {
  it('shows a note in place of the broken panel while the rest of the page works', async () => {
    render(<Page />)
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Something went wrong in the chart. The rest of the page still works.',
    )
    expect(screen.queryByText('Chart drawn')).not.toBeInTheDocument()
    await userEvent.click(screen.getByRole('button', { name: 'Sairoon, 54 seats' }))
    expect(screen.getByRole('button', { name: 'Sairoon, 54 seats' })).toBeInTheDocument()
  })

  it('offers the link to the scenario that broke it, to report', () => {
    useScenarioStore.getState().toggleParty('sairoon')
    render(<Page />)
    const field = screen.getByRole('textbox', {
      name: 'Link to the scenario that broke the chart',
    })
    expect(field).toHaveValue('http://localhost:3000/?v=1&c=sairoon')
  })

  it('draws the panel again on “Try again” once it works', async () => {
    render(<Page />)
    broken = false
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }))
    expect(screen.getByText('Chart drawn')).toBeInTheDocument()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })

  it('shows the note again if the panel still fails', async () => {
    render(<Page />)
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }))
    expect(screen.getByRole('alert')).toBeInTheDocument()
  })

  it('speaks Arabic, and names a panel it does not know as part of the page', () => {
    useScenarioStore.getState().setLocale('ar')
    render(
      <PanelBoundary name="something-new">
        <FragilePanel />
      </PanelBoundary>,
    )
    expect(screen.getByRole('alert')).toHaveTextContent(
      'حدث خطأ في هذا الجزء من الصفحة. بقية الصفحة تعمل كما هي.',
    )
    expect(screen.getByRole('button', { name: 'حاول مرة أخرى' })).toBeInTheDocument()
  })
})

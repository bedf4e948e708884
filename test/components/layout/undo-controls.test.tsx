import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { UndoControls } from '../../../src/components/layout/undo-controls'
import { useScenarioStore } from '../../../src/scenario/scenario-store'
import { type UndoHistory, createUndoHistory } from '../../../src/scenario/undo-history'

const store = useScenarioStore
let history: UndoHistory
let clock = 0

beforeEach(() => {
  clock = 0
  history = createUndoHistory(store, { now: () => (clock += 5000) })
})
afterEach(() => history.stop())

function setup() {
  const user = userEvent.setup()
  render(
    <>
      <UndoControls history={history} />
      <label>
        Note
        <input type="text" />
      </label>
    </>,
  )
  return user
}

const members = () => store.getState().coalitions[0]?.partyIds

describe('UndoControls', () => {
  it('says so when undo has reached the oldest step it keeps', async () => {
    history.stop()
    history = createUndoHistory(store, { now: () => (clock += 5000), limit: 2 })
    const user = setup()
    for (const id of ['kdp', 'puk', 'nasr']) store.getState().toggleParty(id)
    const undo = await screen.findByRole('button', { name: 'Undo' })
    expect(screen.queryByText(/only the last 2 steps/i)).toBeNull()
    await user.click(undo)
    await user.click(undo)
    expect(members()).toEqual(['kdp'])
    expect(undo).toBeDisabled()
    expect(screen.getByRole('status')).toHaveTextContent(
      'No more undo: Kutla keeps only the last 2 steps.',
    )
    expect(undo).toHaveAccessibleDescription('No more undo: Kutla keeps only the last 2 steps.')
  })

  it('offers nothing to undo or redo at first', () => {
    setup()
    expect(screen.getByRole('button', { name: 'Undo' })).toBeDisabled()
    expect(screen.getByRole('button', { name: 'Redo' })).toBeDisabled()
  })

  it('undoes and redoes a coalition change with the buttons', async () => {
    const user = setup()
    store.getState().toggleParty('sairoon')
    await user.click(screen.getByRole('button', { name: 'Undo' }))
    expect(members()).toEqual([])
    expect(screen.getByRole('button', { name: 'Undo' })).toBeDisabled()
    await user.click(screen.getByRole('button', { name: 'Redo' }))
    expect(members()).toEqual(['sairoon'])
  })

  it('undoes with Ctrl+Z and Cmd+Z, redoes with Shift+Ctrl+Z and Ctrl+Y', async () => {
    const user = setup()
    store.getState().toggleParty('sairoon')
    store.getState().toggleParty('fatah')
    await user.keyboard('{Control>}z{/Control}')
    expect(members()).toEqual(['sairoon'])
    await user.keyboard('{Meta>}z{/Meta}')
    expect(members()).toEqual([])
    await user.keyboard('{Control>}{Shift>}Z{/Shift}{/Control}')
    expect(members()).toEqual(['sairoon'])
    await user.keyboard('{Control>}y{/Control}')
    expect(members()).toEqual(['sairoon', 'fatah'])
  })

  it('leaves Ctrl+Z in a text field to the field', async () => {
    const user = setup()
    store.getState().toggleParty('sairoon')
    await user.click(screen.getByRole('textbox', { name: 'Note' }))
    await user.keyboard('{Control>}z{/Control}')
    expect(members()).toEqual(['sairoon'])
  })

  it('says which keys do it', () => {
    setup()
    expect(screen.getByRole('button', { name: 'Undo' })).toHaveAttribute(
      'aria-keyshortcuts',
      'Control+Z Meta+Z',
    )
  })
})

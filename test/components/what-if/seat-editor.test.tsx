import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { ChamberOptions } from '../../../src/components/what-if/chamber-options'
import { SeatEditor } from '../../../src/components/what-if/seat-editor'
import { useScenarioStore } from '../../../src/scenario/scenario-store'
import { fixtureElection } from '../../fixtures/elections'

const store = useScenarioStore

/** Most tests edit the small fixture parliament: 150 seats, lab 41, con 38, grn 37, lib 20, ind 14. */
const useFixture = () => store.getState().loadParliament(fixtureElection())

function renderEditor() {
  const user = userEvent.setup()
  render(
    <>
      <ChamberOptions />
      <SeatEditor initiallyOpen />
    </>,
  )
  return user
}

const edits = () => screen.getByRole('list', { name: 'Your edits' })

describe('SeatEditor', { timeout: 20_000 }, () => {
  it('marks Fatah 50 against its source figure, and the chamber as 3 seats over', async () => {
    const user = renderEditor()
    const seats = screen.getByRole('spinbutton', { name: 'Seats of Fatah' })
    await user.clear(seats)
    await user.type(seats, '50')
    expect(within(edits()).getByText('Fatah 50 (source: 47)')).toBeInTheDocument()
    expect(screen.getByText('source: 47')).toBeInTheDocument()
    expect(screen.getByRole('status')).toHaveTextContent('Seats add up to 332 of 329: 3 too many.')
    expect(store.getState().seatEdits).toEqual({ fatah: 50 })
  })

  it('builds the table of lists only once it is opened', async () => {
    useFixture()
    const user = userEvent.setup()
    render(<SeatEditor />)
    expect(screen.queryByRole('spinbutton', { name: 'Seats of Labour' })).toBeNull()
    await user.click(screen.getByText('Edit each list (5 lists)'))
    expect(screen.getByRole('spinbutton', { name: 'Seats of Labour' })).toHaveValue(41)
  })

  it('steps seats with buttons that work from the keyboard', async () => {
    useFixture()
    const user = renderEditor()
    screen.getByRole('button', { name: 'One seat more for Labour' }).focus()
    await user.keyboard('{Enter}')
    await user.keyboard(' ')
    expect(screen.getByRole('spinbutton', { name: 'Seats of Labour' })).toHaveValue(43)
    await user.click(screen.getByRole('button', { name: 'One seat fewer for Labour' }))
    expect(store.getState().seatEdits).toEqual({ lab: 42 })
  })

  it('drops an edit stepped back to the source figure', async () => {
    useFixture()
    const user = renderEditor()
    await user.click(screen.getByRole('button', { name: 'One seat more for Greens' }))
    await user.click(screen.getByRole('button', { name: 'One seat fewer for Greens' }))
    expect(store.getState().seatEdits).toEqual({})
    expect(screen.getByText('No figures changed yet.')).toBeInTheDocument()
  })

  it('resets one list, then all edits', async () => {
    useFixture()
    const user = renderEditor()
    await user.click(screen.getByRole('button', { name: 'One seat more for Greens' }))
    await user.click(screen.getByRole('button', { name: 'One seat more for Liberals' }))
    await user.click(screen.getByRole('button', { name: 'Reset Greens' }))
    expect(store.getState().seatEdits).toEqual({ lib: 21 })
    await user.click(screen.getByRole('button', { name: 'Reset all edits' }))
    expect(store.getState().seatEdits).toEqual({})
    expect(screen.getByRole('button', { name: 'Reset all edits' })).toBeDisabled()
  })

  it('renames a list', async () => {
    useFixture()
    const user = renderEditor()
    const name = screen.getByRole('textbox', { name: 'Name of Greens' })
    await user.clear(name)
    await user.type(name, 'Ecology')
    expect(screen.getByRole('textbox', { name: 'Name of Ecology' })).toHaveValue('Ecology')
    expect(store.getState().listEdits.grn?.name).toBe('Ecology')
  })

  it('merges two lists into one that takes their place in coalitions', async () => {
    useFixture()
    store.getState().toggleParty('con')
    store.getState().toggleParty('ind')
    const user = renderEditor()
    await user.selectOptions(screen.getByRole('combobox', { name: 'First list' }), 'con')
    await user.selectOptions(screen.getByRole('combobox', { name: 'Second list' }), 'lib')
    await user.type(screen.getByRole('textbox', { name: /Name of the merged list/ }), 'Right')
    await user.click(screen.getByRole('button', { name: 'Merge' }))
    expect(screen.getByRole('spinbutton', { name: 'Seats of Right' })).toHaveValue(58)
    expect(screen.queryByRole('spinbutton', { name: 'Seats of Liberals' })).toBeNull()
    expect(
      within(edits()).getByText('Right (merged from Conservative and Liberals)'),
    ).toBeInTheDocument()
    expect(store.getState().coalitions[0]?.partyIds).toEqual(['con-lib', 'ind'])
  })

  it('splits seats off a list into a new one', async () => {
    useFixture()
    const user = renderEditor()
    await user.selectOptions(screen.getByRole('combobox', { name: 'List to split' }), 'lab')
    const moved = screen.getByRole('spinbutton', { name: 'Seats to move' })
    await user.clear(moved)
    await user.type(moved, '7')
    await user.type(screen.getByRole('textbox', { name: 'Name of the new list' }), 'Left')
    await user.click(screen.getByRole('button', { name: 'Split' }))
    expect(screen.getByRole('spinbutton', { name: 'Seats of Labour' })).toHaveValue(34)
    expect(screen.getByRole('spinbutton', { name: 'Seats of Left' })).toHaveValue(7)
    expect(within(edits()).getByText('Left 7 (new list)')).toBeInTheDocument()
    expect(screen.getByRole('status')).toHaveTextContent('Seats add up to 150 of 150.')
  })

  it('adds a list and removes another; removed seats fall vacant', async () => {
    useFixture()
    const user = renderEditor()
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Pirates')
    await user.click(screen.getByRole('button', { name: 'Add list' }))
    expect(screen.getByRole('spinbutton', { name: 'Seats of Pirates' })).toHaveValue(1)
    await user.click(screen.getByRole('button', { name: 'Remove Greens' }))
    expect(screen.queryByRole('textbox', { name: 'Name of Greens' })).toBeNull()
    expect(within(edits()).getByText('Greens removed')).toBeInTheDocument()
    expect(screen.getByRole('status')).toHaveTextContent('Seats add up to 114 of 150: 36 vacant.')
  })

  it('takes a non-voting seat off the majority', async () => {
    useFixture()
    const user = renderEditor()
    const field = screen.getByRole('spinbutton', { name: 'Independents: seats not voting' })
    await user.clear(field)
    await user.type(field, '2')
    expect(screen.getByRole('status')).toHaveTextContent('2 seats do not vote.')
    expect(screen.getByRole('status')).toHaveTextContent('Majority: 75 of 148 voting seats.')
  })

  it('lets the chamber follow the sum of the seats', async () => {
    useFixture()
    const user = renderEditor()
    await user.click(screen.getByRole('button', { name: 'One seat more for Labour' }))
    await user.click(screen.getByRole('radio', { name: 'Follows the sum of the lists’ seats' }))
    expect(screen.getByRole('status')).toHaveTextContent('Seats add up to 151 of 151.')
    expect(screen.getByRole('status')).toHaveTextContent('Majority: 76 of 151 voting seats.')
  })

  it('shows every edit in Arabic too', async () => {
    store.getState().setLocale('ar')
    store.getState().setPartySeats('fatah', 50)
    renderEditor()
    const arabicEdits = screen.getByRole('list', { name: 'تعديلاتك' })
    expect(within(arabicEdits).getByText('الفتح 50 (المصدر: 47)')).toBeInTheDocument()
    expect(screen.getByRole('spinbutton', { name: 'مقاعد الفتح' })).toHaveValue(50)
  })
})

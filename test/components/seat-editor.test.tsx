import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { ChamberOptions } from '../../src/components/chamber-options'
import { SeatEditor } from '../../src/components/seat-editor'
import { useScenarioStore } from '../../src/scenario/scenario-store'

const store = useScenarioStore

function renderEditor() {
  const user = userEvent.setup()
  render(
    <>
      <ChamberOptions />
      <SeatEditor />
    </>,
  )
  return user
}

const edits = () => screen.getByRole('list', { name: 'Your edits' })

describe('SeatEditor', () => {
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

  it('steps seats with buttons that work from the keyboard', async () => {
    const user = renderEditor()
    screen.getByRole('button', { name: 'One seat more for Nasr' }).focus()
    await user.keyboard('{Enter}')
    await user.keyboard(' ')
    expect(screen.getByRole('spinbutton', { name: 'Seats of Nasr' })).toHaveValue(44)
    await user.click(screen.getByRole('button', { name: 'One seat fewer for Nasr' }))
    expect(store.getState().seatEdits).toEqual({ nasr: 43 })
  })

  it('drops an edit stepped back to the source figure', async () => {
    const user = renderEditor()
    await user.click(screen.getByRole('button', { name: 'One seat more for Nasr' }))
    await user.click(screen.getByRole('button', { name: 'One seat fewer for Nasr' }))
    expect(store.getState().seatEdits).toEqual({})
    expect(screen.getByText('No figures changed yet.')).toBeInTheDocument()
  })

  it('resets one list, then all edits', async () => {
    const user = renderEditor()
    await user.click(screen.getByRole('button', { name: 'One seat more for Nasr' }))
    await user.click(screen.getByRole('button', { name: 'One seat more for KDP' }))
    await user.click(screen.getByRole('button', { name: 'Reset Nasr' }))
    expect(store.getState().seatEdits).toEqual({ kdp: 26 })
    await user.click(screen.getByRole('button', { name: 'Reset all edits' }))
    expect(store.getState().seatEdits).toEqual({})
    expect(screen.getByRole('button', { name: 'Reset all edits' })).toBeDisabled()
  })

  it('renames and recolours a list', async () => {
    const user = renderEditor()
    const name = screen.getByRole('textbox', { name: 'Name of Gorran' })
    await user.clear(name)
    await user.type(name, 'Change')
    expect(screen.getByRole('textbox', { name: 'Name of Change' })).toHaveValue('Change')
    expect(store.getState().listEdits.gorran?.name).toBe('Change')
  })

  it('merges two lists into one that takes their place in coalitions', async () => {
    store.getState().addCoalition(['sairoon', 'kdp'], 'North')
    const user = renderEditor()
    await user.selectOptions(screen.getByRole('combobox', { name: 'First list' }), 'kdp')
    await user.selectOptions(screen.getByRole('combobox', { name: 'Second list' }), 'puk')
    await user.type(screen.getByRole('textbox', { name: /Name of the merged list/ }), 'Kurdistan')
    await user.click(screen.getByRole('button', { name: 'Merge' }))
    expect(screen.getByRole('spinbutton', { name: 'Seats of Kurdistan' })).toHaveValue(43)
    expect(screen.queryByRole('spinbutton', { name: 'Seats of KDP' })).toBeNull()
    expect(within(edits()).getByText('Kurdistan (merged from KDP and PUK)')).toBeInTheDocument()
    expect(store.getState().coalitions[1]?.partyIds).toEqual(['sairoon', 'kdp-puk'])
  })

  it('splits seats off a list into a new one', async () => {
    const user = renderEditor()
    await user.selectOptions(screen.getByRole('combobox', { name: 'List to split' }), 'fatah')
    const moved = screen.getByRole('spinbutton', { name: 'Seats to move' })
    await user.clear(moved)
    await user.type(moved, '7')
    await user.type(screen.getByRole('textbox', { name: 'Name of the new list' }), 'Badr')
    await user.click(screen.getByRole('button', { name: 'Split' }))
    expect(screen.getByRole('spinbutton', { name: 'Seats of Fatah' })).toHaveValue(40)
    expect(screen.getByRole('spinbutton', { name: 'Seats of Badr' })).toHaveValue(7)
    expect(within(edits()).getByText('Badr 7 (new list)')).toBeInTheDocument()
    expect(screen.getByRole('status')).toHaveTextContent('Seats add up to 329 of 329.')
  })

  it('adds a list and removes another; removed seats fall vacant', async () => {
    const user = renderEditor()
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Pirates')
    await user.click(screen.getByRole('button', { name: 'Add list' }))
    expect(screen.getByRole('spinbutton', { name: 'Seats of Pirates' })).toHaveValue(1)
    await user.click(screen.getByRole('button', { name: 'Remove Qarar' }))
    expect(screen.queryByRole('textbox', { name: 'Name of Qarar' })).toBeNull()
    expect(within(edits()).getByText('Qarar removed')).toBeInTheDocument()
    expect(screen.getByRole('status')).toHaveTextContent('Seats add up to 316 of 329: 13 vacant.')
  })

  it('takes a non-voting seat off the majority', async () => {
    const user = renderEditor()
    const field = screen.getByRole('spinbutton', { name: 'Kafaat: seats not voting' })
    await user.clear(field)
    await user.type(field, '2')
    expect(screen.getByRole('status')).toHaveTextContent('2 seats do not vote.')
    expect(screen.getByRole('status')).toHaveTextContent('Majority: 164 of 327 voting seats.')
  })

  it('lets the chamber follow the sum of the seats', async () => {
    const user = renderEditor()
    await user.click(screen.getByRole('button', { name: 'One seat more for Fatah' }))
    await user.click(screen.getByRole('radio', { name: 'Follows the sum of the lists’ seats' }))
    expect(screen.getByRole('status')).toHaveTextContent('Seats add up to 330 of 330.')
    expect(screen.getByRole('status')).toHaveTextContent('Majority: 166 of 330 voting seats.')
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

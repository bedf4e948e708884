import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { CoalitionPanel } from '../../../src/components/builder/coalition-panel'
import { useScenarioStore } from '../../../src/scenario/scenario-store'

function buildCoalition(ids: string[]) {
  for (const id of ids) useScenarioStore.getState().toggleParty(id)
}

describe('CoalitionPanel', () => {
  it('shows the verdict, the members and a named coalition', async () => {
    const user = userEvent.setup()
    buildCoalition(['sairoon', 'fatah', 'nasr', 'kdp'])
    render(<CoalitionPanel />)
    expect(screen.getByText('168 seats — majority with 3 to spare')).toBeInTheDocument()
    await user.type(screen.getByRole('textbox', { name: 'Name of coalition 1' }), 'Islah')
    expect(screen.getByRole('heading', { name: 'Coalition 1: Islah' })).toBeInTheDocument()
    const members = screen.getByRole('list', { name: 'Members of Islah' })
    await user.click(within(members).getByRole('button', { name: 'Remove KDP from Islah' }))
    expect(screen.getByText('143 seats — 22 short of a majority')).toBeInTheDocument()
  })

  it('speaks Arabic: labels from Arabic names, verdicts and controls translated', async () => {
    const user = userEvent.setup()
    useScenarioStore.getState().setLocale('ar')
    buildCoalition(['sairoon', 'fatah'])
    render(<CoalitionPanel />)
    expect(screen.getByRole('heading', { name: 'تعديل الائتلافات' })).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: 'الائتلاف 1: سائرون + الفتح' })).toBeInTheDocument()
    expect(screen.getByText('101 مقعد — ينقصه 64 مقعدًا لبلوغ الأغلبية المطلقة')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'قيد التعديل سائرون + الفتح' })).toHaveAttribute(
      'aria-pressed',
      'true',
    )
    expect(
      screen.getByRole('img', { name: '101 من 329 مقعدًا؛ خط الأغلبية عند 165' }),
    ).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'إخراج الفتح من سائرون + الفتح' }))
    expect(
      screen.getByText('54 مقعدًا — ينقصه 111 مقعدًا لبلوغ الأغلبية المطلقة'),
    ).toBeInTheDocument()
    // A new coalition (made from the overview above the picture) gets its card here.
    act(() => useScenarioStore.getState().addCoalition())
    expect(screen.getByRole('heading', { name: 'الائتلاف 2: ائتلاف فارغ' })).toBeInTheDocument()
  })
})

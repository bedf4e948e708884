import { render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { ChartPanel } from '../../../src/components/charts/chart-panel'
import { MajorityBarChart } from '../../../src/components/charts/majority-bar-chart'
import { useScenarioStore } from '../../../src/scenario/scenario-store'

function buildCoalition(ids: string[]) {
  for (const id of ids) useScenarioStore.getState().toggleParty(id)
}

const data = {
  rows: [
    { coalitionId: 'c1', label: 'سائرون + الفتح', total: 101, seats: { sairoon: 54, fatah: 47 } },
  ],
  series: [
    { partyId: 'sairoon', name: 'سائرون', color: '#316caf' },
    { partyId: 'fatah', name: 'الفتح', color: '#b8860b' },
  ],
}

describe('ChartPanel', () => {
  it('gives the chart a table with the same figures', () => {
    buildCoalition(['sairoon', 'fatah'])
    render(<ChartPanel />)
    const table = screen.getByRole('table', { name: /165 of 329 seats make a majority/ })
    const row = within(table).getByRole('row', { name: /Sairoon \+ Fatah/ })
    expect(row).toHaveTextContent('Sairoon 54, Fatah 47')
    expect(row).toHaveTextContent('101 seats — 64 short of a majority')
  })

  it('says the same in Arabic, with the chosen digits', () => {
    useScenarioStore.getState().setLocale('ar')
    useScenarioStore.getState().setDigits('arabic')
    buildCoalition(['sairoon', 'fatah'])
    render(<ChartPanel />)
    expect(
      screen.getByRole('heading', { name: 'الائتلافات مقابل خط الأغلبية' }),
    ).toBeInTheDocument()
    const table = screen.getByRole('table', {
      name: /تتحقق الأغلبية المطلقة بـ١٦٥ من أصل ٣٢٩ مقعدًا/,
    })
    const row = within(table).getByRole('row', { name: /سائرون \+ الفتح/ })
    expect(row).toHaveTextContent('سائرون ٥٤، الفتح ٤٧')
    expect(row).toHaveTextContent('١٠١ مقعد — ينقصه ٦٤ مقعدًا لبلوغ الأغلبية المطلقة')
    expect(row.textContent).not.toMatch(/[0-9]/)
  })
})

describe('MajorityBarChart', () => {
  it('labels the majority line in the words it is given', () => {
    const { container } = render(
      <MajorityBarChart
        data={data}
        majority={165}
        totalSeats={329}
        width={600}
        rtl
        words={{ majority: (n) => `الأغلبية: ${n}`, total: (n) => `${n}`, number: String }}
      />,
    )
    expect(within(container).getByText('الأغلبية: 165')).toBeInTheDocument()
  })

  it('is mirrored in a right-to-left language: names on the right, seats counted from the right', () => {
    const { container } = render(
      <MajorityBarChart data={data} majority={165} totalSeats={329} width={600} rtl />,
    )
    const yAxis = container.querySelector('.recharts-yAxis')
    expect(yAxis).toHaveClass('yAxis')
    const name = within(container).getByText('سائرون + الفتح')
    expect(Number(name.closest('text')?.getAttribute('x'))).toBeGreaterThan(300)
    const zero = within(container).getByText('0')
    const end = within(container).getByText('329')
    expect(Number(zero.closest('text')?.getAttribute('x'))).toBeGreaterThan(
      Number(end.closest('text')?.getAttribute('x')),
    )
  })

  it('keeps names on the left in a left-to-right language', () => {
    const { container } = render(
      <MajorityBarChart data={data} majority={165} totalSeats={329} width={600} />,
    )
    const name = within(container).getByText('سائرون + الفتح')
    expect(Number(name.closest('text')?.getAttribute('x'))).toBeLessThan(300)
    expect(within(container).getByText('Majority: 165')).toBeInTheDocument()
  })
})

import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { Hemicycle } from '../../../src/components/charts/hemicycle'
import { useScenarioStore } from '../../../src/scenario/scenario-store'

function buildCoalition(ids: string[]) {
  for (const id of ids) useScenarioStore.getState().toggleParty(id)
}

/** The drawn seats. The picture has no roles inside (it is one image), so its circles are counted. */
function seatDots(container: HTMLElement, kind = '') {
  return container.querySelectorAll(`circle.seat${kind}`)
}

describe('Hemicycle', () => {
  it('draws one dot per seat and says what it shows in words', () => {
    buildCoalition(['sairoon', 'fatah', 'nasr'])
    const { container } = render(<Hemicycle />)
    expect(
      screen.getByRole('img', {
        name: /^Hemicycle of 329 seats, one dot per seat: the lists of “Sairoon \+ Fatah \+ Nasr” from the left/,
      }),
    ).toBeInTheDocument()
    expect(
      screen.getByText(
        'Sairoon + Fatah + Nasr hold 143 of 329 seats; the majority line is seat 165.',
      ),
    ).toBeInTheDocument()
    expect(seatDots(container)).toHaveLength(329)
    expect(seatDots(container, '.is-member')).toHaveLength(143)
  })

  it('lists the chamber from the left: the coalition first, then the rest by size', () => {
    buildCoalition(['nasr', 'hikma'])
    render(<Hemicycle />)
    const items = screen.getAllByRole('listitem').map((li) => li.textContent)
    expect(items.slice(0, 4)).toEqual([
      'Nasr: 42 seats, in the coalition',
      'Hikma: 19 seats, in the coalition',
      'Sairoon: 54 seats',
      'Fatah: 47 seats',
    ])
  })

  it('updates on every click', () => {
    buildCoalition(['sairoon', 'fatah', 'nasr'])
    const { container } = render(<Hemicycle />)
    act(() => useScenarioStore.getState().toggleParty('kdp'))
    expect(
      screen.getByText(
        'Sairoon + Fatah + Nasr + KDP hold 168 of 329 seats; the majority line is seat 165.',
      ),
    ).toBeInTheDocument()
    expect(seatDots(container, '.is-member')).toHaveLength(168)
    act(() => useScenarioStore.getState().toggleParty('sairoon'))
    expect(seatDots(container, '.is-member')).toHaveLength(114)
  })

  it('names a one-list coalition in the singular and an empty chamber plainly', () => {
    buildCoalition(['sairoon'])
    const { unmount } = render(<Hemicycle />)
    expect(
      screen.getByText('Sairoon holds 54 of 329 seats; the majority line is seat 165.'),
    ).toBeInTheDocument()
    unmount()
    useScenarioStore.setState({ activeCoalitionId: null })
    render(<Hemicycle />)
    expect(
      screen.getByText('No coalition is being edited; the majority line is seat 165 of 329.'),
    ).toBeInTheDocument()
  })

  it('says a named coalition holds its seats, in the singular', () => {
    useScenarioStore.getState().addCoalition(['fatah', 'sol', 'qarar'], 'Binaa')
    render(<Hemicycle />)
    expect(
      screen.getByText('Binaa holds 86 of 329 seats; the majority line is seat 165.'),
    ).toBeInTheDocument()
  })

  it('fills the coalition from the right in Arabic, as the bar chart grows', () => {
    buildCoalition(['sairoon', 'fatah'])
    const { container, unmount } = render(<Hemicycle />)
    const firstMember = () => container.querySelector('circle.seat.is-member')!
    expect(Number(firstMember().getAttribute('cx'))).toBeLessThan(-0.8)
    unmount()
    useScenarioStore.setState({ locale: 'ar' })
    const arabic = render(<Hemicycle />)
    expect(
      Number(arabic.container.querySelector('circle.seat.is-member')!.getAttribute('cx')),
    ).toBeGreaterThan(0.8)
    expect(screen.getByText('القوائم من يمين المجلس')).toBeInTheDocument()
    expect(screen.getByRole('img', { name: /«سائرون \+ الفتح» من اليمين/ })).toBeInTheDocument()
  })

  it('speaks Arabic with the reader’s digits', () => {
    useScenarioStore.setState({ locale: 'ar', digits: 'arabic' })
    buildCoalition(['sairoon', 'fatah'])
    render(<Hemicycle />)
    expect(
      screen.getByRole('img', { name: /^رسم نصف دائري لمقاعد المجلس البالغة ٣٢٩/ }),
    ).toBeInTheDocument()
    expect(screen.getByText(/خط الأغلبية عند المقعد رقم ١٦٥/)).toBeInTheDocument()
  })
})

describe('Hemicycle downloads', () => {
  const original = { create: URL.createObjectURL, revoke: URL.revokeObjectURL }
  afterEach(() => {
    URL.createObjectURL = original.create
    URL.revokeObjectURL = original.revoke
  })

  it('saves the arc as an SVG file with the scenario, the data, its sources and the link', async () => {
    const user = userEvent.setup()
    const saved: Blob[] = []
    URL.createObjectURL = (blob: Blob) => {
      saved.push(blob)
      return 'blob:kutla'
    }
    URL.revokeObjectURL = () => {}
    buildCoalition(['sairoon', 'fatah'])
    render(<Hemicycle />)
    await user.click(screen.getByRole('button', { name: 'Download SVG' }))
    // The export code loads on the first press.
    await vi.waitFor(() => expect(saved).toHaveLength(1))
    expect(saved[0]!.type).toBe('image/svg+xml')
    const svg = await saved[0]!.text()
    expect(svg).toContain('Sairoon + Fatah: 101 seats — 64 short of a majority')
    expect(svg).toContain('Announced results (19 May 2018)')
    expect(svg).toMatch(/Sources: Wikipedia.*, Rudaw, Mehr News Agency/)
    expect(svg).toMatch(/\?v=1&amp;c=sairoon\.fatah/)
  })
})
